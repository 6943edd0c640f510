import { analyse, reviewPeriod } from "../../src/engine";
import { figuresText } from "../../src/dashboard";
import { actualAgainstTarget } from "../../src/documents/partnership-data";
import { performanceNote, performanceRow } from "../../src/documents/performance-table";
import { indicatorChart } from "../../src/documents/charts";
import { trendSentence } from "../../src/documents/trends";
import { reasonSentence } from "../../src/documents/exception-words";
import { rateIndicator } from "../../src/status";
import { planRefresh } from "../../src/refresh";
import { saysCumulative } from "../../src/profile";
import { book, sheet } from "../read/grids";
import { figures, indicator, p, settings } from "./factory";

// Worked examples of rule 2 for a cumulative count with only an annual target (docs/rules.md):
// at Q1 to Q3 it is rated against a straight-line profile of the year's target, labelled profiled
// wherever it is shown, and its quarters are compared with the same point of the year before.

const jobs = (actuals: Record<string, number | null>, targets: Record<string, number | null> = { "2009/10": 1000 }) =>
  indicator({ ref: "L7", title: "Jobs created (cumulative)", cumulative: true, polarity: "higher", unit: "number", actuals: figures(actuals), targets: figures(targets) });

describe("the rating against a profile", () => {
  test("at Q1, 240 against a quarter of 1,000 is Amber (within 5% of 250), not Red against the whole year", () => {
    const r = rateIndicator(jobs({ "Q1 2009/10": 240 }), settings(), p("Q1 2009/10"));
    expect(r.status).toBe("Amber");
    expect(r.target).toMatchObject({ period: p("Q1 2009/10"), value: 250, profileOf: { period: p("2009/10"), value: 1000 } });
  });

  test.each([["Q1 2009/10", 250, "Green"], ["Q2 2009/10", 500, "Green"], ["Q3 2009/10", 750, "Red"], ["Q4 2009/10", 1000, "Red"]])(
    "at %s a running total of 700 is held to %d: %s", (q, target, status) => {
      const r = rateIndicator(jobs({ [q]: 700 }), settings(), p(q));
      expect(r.target?.value).toBe(target);
      expect(r.status).toBe(status);
    });

  test("Q4 and the outturn are held to the year's target itself, not labelled profiled", () => {
    const r = rateIndicator(jobs({ "Q4 2009/10": 1000 }), settings(), p("Q4 2009/10"));
    expect(r.target?.profileOf).toBeUndefined();
  });

  test("the sheet's own quarterly target wins over the profile", () => {
    const r = rateIndicator(jobs({ "Q1 2009/10": 150 }, { "Q1 2009/10": 150, "2009/10": 1000 }), settings(), p("Q1 2009/10"));
    expect(r.target).toMatchObject({ value: 150 });
    expect(r.target?.profileOf).toBeUndefined();
    expect(r.status).toBe("Green");
  });

  test("an indicator not marked cumulative is held to the year's target at every quarter, as before", () => {
    const r = rateIndicator({ ...jobs({ "Q1 2009/10": 300 }), cumulative: undefined }, settings(), p("Q1 2009/10"));
    expect(r.target?.value).toBe(1000);
    expect(r.status).toBe("Red");
  });

  test("the planned improvement profiles the baseline too: 300 at Q1 from a baseline of 800 towards 1,000", () => {
    const r = rateIndicator({ ...jobs({ "Q1 2009/10": 225 }), baseline: 800 }, settings(), p("Q1 2009/10"));
    // (225 - 200) / (250 - 200)
    expect(r.improvement).toBeCloseTo(0.5);
  });
});

describe("the direction of travel compares the same point of each year", () => {
  test("Q1 with last year's Q1, never with last year's total", () => {
    const r = rateIndicator(jobs({ "Q1 2008/09": 200, "Q4 2008/09": 900, "2008/09": 900, "Q1 2009/10": 240 }), settings(), p("Q1 2009/10"));
    expect(r.previous).toMatchObject({ period: p("Q1 2008/09"), value: 200 });
    expect(r.direction).toBe("Improving");
  });

  test("the trend sentence says so, and never 'improved from 900 to 240' or from last year's total", () => {
    const r = rateIndicator(jobs({ "Q1 2008/09": 200, "2008/09": 900, "Q1 2009/10": 240 }), settings(), p("Q1 2009/10"));
    expect(trendSentence(r)).toBe("L7 Jobs created (cumulative) improved from 200 in Q1 2008/09 to 240 in Q1 2009/10, each the year so far.");
  });

  test("without last year's Q1 no direction is given, and the sentence names the missing figure", () => {
    const r = rateIndicator(jobs({ "2008/09": 400, "Q1 2009/10": 820 }), settings(), p("Q1 2009/10"));
    expect(r.direction).toBe("n/a");
    expect(trendSentence(r)).toBe("L7 Jobs created (cumulative) was 820 in Q1 2009/10; there is no figure for Q1 2008/09 to compare it with, so no direction of travel is given.");
  });
});

describe("the profile is labelled wherever the target is shown", () => {
  const r = rateIndicator(jobs({ "Q1 2009/10": 240 }), settings(), p("Q1 2009/10"));

  test("in the papers' sentences (and so in the exceptions)", () => {
    expect(actualAgainstTarget(r)).toBe("240 in Q1 2009/10 against a profiled target of 250 (a quarter of the 2009/10 target of 1,000)");
  });

  test("in the performance table: the target cell and the note above the table", () => {
    const row = performanceRow(r, p("Q1 2009/10"));
    expect(row[3]).toMatchObject({ text: "250", notes: ["(Q1 2009/10, profiled)", "2009/10: 1,000"] });
    expect(performanceNote([r], p("Q1 2009/10"))).toContain("A target marked profiled is a cumulative count's annual target spread evenly over the year");
  });

  test("in the chart: its target series is named profiled, with the profile at each quarter", () => {
    const chart = indicatorChart(rateIndicator(jobs({ "Q1 2009/10": 240, "Q2 2009/10": 520 }), settings(), p("Q2 2009/10")), p("Q2 2009/10"));
    expect(chart?.chart.description).toContain("Target (profiled): 250 for Q1 2009/10, 500 for Q2 2009/10 and 1,000 for 2009/10.");
    expect(chart?.chart.xml).toContain("Target (profiled)");
  });
});

describe("read from a workbook, through to the pane and the exceptions", () => {
  const HEAD = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Unit", "Target 2009/10", "Q4 2008/09", "Q1 2009/10", "Q2 2009/10"];
  const card = sheet("Scorecard", [
    HEAD,
    ["L7", "Jobs created", "Economy", "Higher", "Number (cumulative)", 1000, 950, 260, 420],
    ["L8", "Adults in learning", "Economy", "Higher", "Number", 1000, 950, 260, 420],
  ]);

  test("the word in the Unit cell marks it; at Q2 it is Red against half the year's target, said so in the pane", () => {
    const a = analyse(book(card, sheet("Settings", [["Reporting period", "Q2 2009/10"]])));
    const [l7, l8] = a.indicators;
    expect(l7.indicator.cumulative).toBe(true);
    expect(l8.indicator.cumulative).toBeUndefined();
    // 420 against 500, more than 5% short; its Q1 was 260 against 250.
    expect(l7.status).toBe("Red");
    expect(l7.target).toMatchObject({ value: 500, cell: "F2" });
    expect(figuresText(l7, a.reportingPeriod)).toBe("420 in Q2 2009/10 against a profiled target of 500 for Q2 2009/10 (half of the 2009/10 target of 1,000).");
  });

  test("the exception says it turned Red from Green at Q1, against the profiles", () => {
    const a = analyse(book(card, sheet("Settings", [["Reporting period", "Q2 2009/10"]])));
    const review = reviewPeriod(a)!;
    const ex = review.exceptions.find((e) => e.indicator.ref === "L7")!;
    expect(ex.before.status).toBe("Green");
    const c = { reporting: p("Q2 2009/10"), before: p("Q1 2009/10") };
    expect(reasonSentence(ex.reasons[0], ex.now, c as never)).toBe(
      "Turned Red, from Green at Q1 2009/10: 420 in Q2 2009/10 against a profiled target of 500 (half of the 2009/10 target of 1,000), worse than the target by more than the 5% tolerance.",
    );
  });
});

describe("the Partnership Summary sheet a refresh writes", () => {
  const HEAD = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Q1 2009/10"];
  const summaryText = (title: string) => {
    const a = analyse(book(sheet("Scorecard", [HEAD, ["L7", title, "Economy", "Higher", 1000, 260]])));
    return planRefresh(a).summary.rows.flat().map((c) => (c ? String(c.value) : "")).join("\n");
  };

  test("says once that a cumulative count is rated against a profile", () => {
    expect(summaryText("Jobs created, cumulative")).toContain("1 cumulative count with only an annual target is rated at a quarter against a profile of that target");
  });

  test("and says nothing of profiles when none is rated against one", () => {
    expect(summaryText("Jobs created")).not.toContain("profile");
  });
});

describe("what marks a cumulative count", () => {
  test.each([
    ["Jobs created (cumulative)", true], ["Number, cumulative", true], ["Quarterly - cumulatively", true], ["Running total", true],
    ["Year to date", true], ["Homes completed YTD", true], ["Non-cumulative", false], ["Number (non cumulative)", false],
    ["Not cumulative", false], ["Jobs created", false], ["Accumulated savings", false],
  ])("%s: %s", (text, yes) => {
    expect(saysCumulative(text)).toBe(yes);
  });
});

describe("the table's target when the reporting quarter's figure is not in yet", () => {
  test("rated on Q1 at Q2: its Q1 profile, then Q2's profile and the year's target, each labelled", () => {
    const r = rateIndicator(jobs({ "Q1 2009/10": 240 }), settings(), p("Q2 2009/10"));
    expect(performanceRow(r, p("Q2 2009/10"))[3]).toMatchObject({ text: "250", notes: ["(Q1 2009/10, profiled)", "Q2 2009/10, profiled: 500", "2009/10: 1,000"] });
  });

  test("no figure at all (No data) at Q2: the Q2 profile is the target shown, labelled", () => {
    const r = rateIndicator(jobs({}), settings(), p("Q2 2009/10"));
    expect(r.status).toBe("No data");
    expect(performanceRow(r, p("Q2 2009/10"))[3]).toMatchObject({ text: "500", notes: ["(Q2 2009/10, profiled)", "2009/10: 1,000"] });
  });
});

describe("a year-to-date column", () => {
  const rate = (unit: string | null, title = "Jobs created") => analyse(book(
    sheet("Scorecard", [["Ref", "Indicator", "Partnership", "Polarity", "Unit", "Target 2009/10", "Actual YTD Q2 2009/10"], ["L1", title, "Economy", "Higher", unit, 1000, 480]]),
    sheet("Settings", [["Reporting period", "Q2 2009/10"]]),
  )).indicators[0];

  test("makes a count (Unit: Number) the year so far: rated against half the year's target", () => {
    const r = rate("Number");
    expect(r.indicator.cumulative).toBe(true);
    expect(r.target).toMatchObject({ value: 500, profileOf: { value: 1000 } });
    expect(r.status).toBe("Amber");
  });

  test("not a percentage's, nor a figure whose unit is not stated: their year to date is a position", () => {
    expect(rate("%").indicator.cumulative).toBeUndefined();
    expect(rate(null).indicator.cumulative).toBeUndefined();
    expect(rate(null).target?.value).toBe(1000);
  });
});
