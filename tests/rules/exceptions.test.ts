import { reviewPeriod } from "../../src/engine";
import { Exception, REASON_ORDER } from "../../src/exceptions";
import { Indicator } from "../../src/model";
import { formatPeriod } from "../../src/periods";
import { analysisOf, figures, indicator, p } from "./factory";

// Worked examples of the exception rules (docs/exceptions.md), each as at Q2 2009/10 against Q1,
// through the same entry point the documents call.

function exceptionsOf(indicators: Indicator[], at = "Q2 2009/10"): Exception[] {
  return reviewPeriod(analysisOf(indicators, at))!.exceptions;
}

function only(i: Indicator, at?: string): Exception {
  const found = exceptionsOf([i], at);
  expect(found).toHaveLength(1);
  return found[0];
}

const quarterly = (overrides: Partial<Indicator>) => indicator({ frequency: "quarterly", ...overrides });

describe("Red, or worse than last period: barriers to delivery, risks and actions needed", () => {
  it("a Red indicator is an exception, and says whether it was Red before (L17.1: 24% against 33%)", () => {
    const e = only(quarterly({ ref: "L17.1", targets: figures({ "2009/10": 0.33 }), actuals: figures({ "Q1 2009/10": 0.24, "Q2 2009/10": 0.245 }) }));
    expect(e.heading).toBe("barriers");
    expect(e.reasons).toEqual([expect.objectContaining({ kind: "red", before: "Red", actual: expect.objectContaining({ value: 0.245 }), target: expect.objectContaining({ value: 0.33 }) })]);
  });

  it("one that turned Red says it was Amber (NI 111: 1,540 then 1,610 against 1,520, lower is better)", () => {
    const e = only(quarterly({ ref: "NI 111", polarity: "lower", targets: figures({ "2009/10": 1520 }), actuals: figures({ "Q1 2009/10": 1540, "Q2 2009/10": 1610 }) }));
    expect(e.reasons[0]).toMatchObject({ kind: "red", before: "Amber" });
  });

  it("Green to Amber is worse than last period (NI 191: 698 then 705 against 700, lower is better)", () => {
    const e = only(quarterly({ ref: "NI 191", polarity: "lower", targets: figures({ "2009/10": 700 }), actuals: figures({ "Q1 2009/10": 698, "Q2 2009/10": 705 }) }));
    expect(e.heading).toBe("barriers");
    expect(e.reasons.map((r) => r.kind)).toEqual(["slipped"]);
  });

  it("Amber both periods, getting no worse in status, is not an exception", () => {
    expect(exceptionsOf([quarterly({ targets: figures({ "2009/10": 100 }), actuals: figures({ "Q1 2009/10": 97, "Q2 2009/10": 96 }) })])).toEqual([]);
  });
});

describe("worsening two periods running, even if still Green: an emerging concern", () => {
  it("NI 135: 23.8%, 22.9%, 21.8% against 21% is Green but listed under barriers with its three figures", () => {
    const e = only(quarterly({
      ref: "NI 135", targets: figures({ "2009/10": 0.21 }), actuals: figures({ "2008/09": 0.238, "Q1 2009/10": 0.229, "Q2 2009/10": 0.218 }),
    }));
    expect(e.now.status).toBe("Green");
    expect(e.heading).toBe("barriers");
    expect(e.reasons).toHaveLength(1);
    const reason = e.reasons[0];
    expect(reason).toMatchObject({ kind: "emergingConcern", status: "Green", steps: 2 });
    if (reason.kind !== "emergingConcern") throw new Error("unreachable");
    expect(reason.figures.map((f) => [formatPeriod(f.period), f.value])).toEqual([["2008/09", 0.238], ["Q1 2009/10", 0.229], ["Q2 2009/10", 0.218]]);
  });

  it("at Q4, with the year's outturn in, a quarterly figure worse in Q3 and again in Q4 is a concern though the outturn beat last year's", () => {
    // NI 18: 9.30, 9.55, 9.60 by quarter (lower is better); the 2009/10 outturn 9.60 against 9.90 in 2008/09.
    const ni18 = quarterly({
      ref: "NI 18", polarity: "lower", targets: figures({ "2009/10": 9.2 }),
      actuals: figures({ "2008/09": 9.9, "Q1 2009/10": 9.4, "Q2 2009/10": 9.3, "Q3 2009/10": 9.55, "Q4 2009/10": 9.6, "2009/10": 9.6 }),
    });
    for (const at of ["Q4 2009/10", "2009/10"]) {
      const e = only(ni18, at);
      expect(e.now.direction).toBe("Improving");
      expect(e.heading).toBe("barriers");
      const reason = e.reasons[0];
      if (reason.kind !== "emergingConcern") throw new Error(`expected an emerging concern at ${at}, got ${reason.kind}`);
      expect(reason.figures.map((f) => [formatPeriod(f.period), f.value])).toEqual([["Q2 2009/10", 9.3], ["Q3 2009/10", 9.55], ["Q4 2009/10", 9.6]]);
    }
  });

  it("one step worse while Green is not yet a concern", () => {
    expect(exceptionsOf([quarterly({ targets: figures({ "2009/10": 0.21 }), actuals: figures({ "2008/09": 0.22, "Q1 2009/10": 0.229, "Q2 2009/10": 0.218 }) })])).toEqual([]);
  });
});

describe("Green and beyond target by more than the amber band: a candidate for a stretching target", () => {
  const ni20 = (q2: number) => quarterly({
    ref: "NI 20", polarity: "lower", targets: figures({ "2009/10": 6.3 }), actuals: figures({ "Q1 2009/10": 6.0, "Q2 2009/10": q2 }),
  });

  it("NI 20: 5.9 against an interim target of 6.3 is past it by more than 5% of 6.3 (0.315)", () => {
    const e = only(ni20(5.9));
    expect(e.heading).toBe("goodNews");
    expect(e.reasons).toEqual([expect.objectContaining({ kind: "stretch", tolerance: 0.05 })]);
    expect(e.reasons[0]).toMatchObject({ band: expect.closeTo(0.315, 9) });
  });

  it("exactly a band past the target (5.985) is Green, not a stretch candidate", () => {
    expect(exceptionsOf([ni20(5.985)])).toEqual([]);
  });

  it("uses the row's own tolerance (L18.1: 1,120 jobs against 900 with a 10% band)", () => {
    const e = only(indicator({ ref: "L18.1", frequency: "annual", tolerance: 0.1, targets: figures({ "2008/09": 900 }), actuals: figures({ "2008/09": 1120 }) }));
    expect(e.reasons[0]).toMatchObject({ kind: "stretch", band: 90 });
    expect(exceptionsOf([indicator({ frequency: "annual", tolerance: 0.25, targets: figures({ "2008/09": 900 }), actuals: figures({ "2008/09": 1120 }) })])).toEqual([]);
  });
});

describe("no data when data was due: assurance where data is not available", () => {
  it("a quarterly figure not in for the reporting quarter, though the status rests on the quarter before (NI 136)", () => {
    const e = only(quarterly({ ref: "NI 136", targets: figures({ "2009/10": 3020 }), actuals: figures({ "Q1 2009/10": 3050, "Q2 2009/10": null }) }));
    expect(e.heading).toBe("dataAssurance");
    const [reason] = e.reasons;
    expect(reason.kind).toBe("noData");
    if (reason.kind !== "noData") throw new Error("unreachable");
    expect(formatPeriod(reason.due)).toBe("Q2 2009/10");
    expect(reason.latest?.value).toBe(3050);
  });

  it("an annual outturn not in for last year (NI 56, 2008/09 tbc at Q2 2009/10)", () => {
    const e = only(indicator({ ref: "NI 56", frequency: "annual", polarity: "lower", targets: figures({ "2008/09": 0.163, "2009/10": 0.16 }), actuals: figures({ "2008/09": null }) }));
    expect(e.reasons).toEqual([expect.objectContaining({ kind: "noData", due: p("2008/09"), latest: null })]);
  });

  it("nothing is due from an indicator not yet measured (first target next year)", () => {
    expect(exceptionsOf([indicator({ frequency: "annual", targets: figures({ "2010/11": 0.3 }) })])).toEqual([]);
  });
});

describe("a reward target whose projected reward fell: resource issues, including use of PRG", () => {
  const ni18 = (q1: number, q2: number) => quarterly({
    ref: "NI 18", polarity: "lower", baseline: 9.8, targets: figures({ "2009/10": 9.2 }), actuals: figures({ "Q1 2009/10": q1, "Q2 2009/10": q2 }),
    rewardTarget: true, rewardValue: 300_000,
  });

  it("NI 18: 67% of the planned improvement at Q1 (£200,000 projected), 42% at Q2 (below the 60% minimum: nothing)", () => {
    const e = only(ni18(9.4, 9.55));
    expect(e.heading).toBe("resources");
    expect(e.reasons).toEqual([expect.objectContaining({ kind: "rewardFell", rewardValue: 300_000, before: 200_000, now: 0 })]);
  });

  it("a projection that held or rose is not an exception", () => {
    expect(exceptionsOf([ni18(9.5, 9.4)]).filter((e) => e.reasons.some((r) => r.kind === "rewardFell"))).toEqual([]);
  });
});

describe("recovered: Amber or Red last period, Green now (good news)", () => {
  it("NI 117: 6.1% then 5.3% against 5.5%, lower is better", () => {
    const e = only(quarterly({ ref: "NI 117", polarity: "lower", targets: figures({ "2009/10": 0.055 }), actuals: figures({ "Q1 2009/10": 0.061, "Q2 2009/10": 0.053 }) }));
    expect(e.heading).toBe("goodNews");
    expect(e.reasons).toEqual([expect.objectContaining({ kind: "recovered", before: "Red" })]);
  });
});

describe("an indicator that meets several rules", () => {
  const several = quarterly({
    ref: "NI 8", baseline: 10, targets: figures({ "2009/10": 20 }), actuals: figures({ "2008/09": 19, "Q1 2009/10": 18, "Q2 2009/10": 14 }),
    rewardTarget: true, rewardValue: 100_000,
  });

  it("is listed once, under its most serious reason's heading, with every reason, most serious first", () => {
    const e = only(several);
    expect(e.heading).toBe("barriers");
    expect(e.reasons.map((r) => r.kind)).toEqual(["red", "emergingConcern", "rewardFell"]);
  });

  it("nothing is listed twice, the order is the scorecard's, and reasons keep the order of seriousness", () => {
    const others = [
      quarterly({ ref: "A1", targets: figures({ "2009/10": 100 }), actuals: figures({ "Q1 2009/10": 120, "Q2 2009/10": null }) }),
      several,
      quarterly({ ref: "A3", targets: figures({ "2009/10": 100 }), actuals: figures({ "Q1 2009/10": 90, "Q2 2009/10": 120 }) }),
    ];
    const found = exceptionsOf(others);
    expect(found.map((e) => e.indicator.ref)).toEqual(["A1", "NI 8", "A3"]);
    // A1: its Q2 figure is awaited, and the Q1 figure it rests on is past the band: assurance first.
    expect(found[0]).toMatchObject({ heading: "dataAssurance" });
    expect(found[0].reasons.map((r) => r.kind)).toEqual(["noData", "stretch"]);
    expect(found[2].reasons.map((r) => r.kind)).toEqual(["stretch", "recovered"]);
    for (const e of found) {
      const ranks = e.reasons.map((r) => REASON_ORDER.indexOf(r.kind));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});
