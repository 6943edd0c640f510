import { readFileSync } from "node:fs";
import * as path from "node:path";
import { dashboard, figuresText, indicatorCell } from "../../src/dashboard";
import { analyse } from "../../src/engine";
import { loadWorkbook } from "../../src/files";
import { Analysis, IndicatorRating } from "../../src/model";
import { plural } from "../../src/words";
import { ratePartnerships } from "../../src/rollup";
import { figures, indicator, p, rating, scorecard } from "./factory";

// The pane's Summary as the engine works it out: counts that add up, each partnership's reason, and
// the indicators to discuss with their figures, periods and cells.

let sample: Analysis;
beforeAll(async () => {
  sample = analyse((await loadWorkbook(readFileSync(path.join(__dirname, "../../templates/sample-scorecard.xlsx")))).grids);
});

describe("the area's line", () => {
  test("Green, Amber, Red, No data and No target add up to every indicator", () => {
    const { area } = dashboard(sample);
    const { green, amber, red, noData, noTarget } = area.counts;
    expect(green + amber + red + noData + noTarget).toBe(area.indicators);
    expect(area.indicators).toBe(sample.indicators.length);
    expect(noTarget).toBeGreaterThan(0);
    expect(area.period).toBe("Q2 2009/10");
  });

  test("PRG at stake and at risk are the partnerships' sums; travel counts each direction", () => {
    const { area } = dashboard(sample);
    const stake = sample.partnerships.reduce((t, q) => t + q.prgAtStake, 0);
    const risk = sample.partnerships.reduce((t, q) => t + q.prgAtRisk, 0);
    expect(area.prgAtStake).toBe(`£${stake.toLocaleString("en-GB")}`);
    expect(area.prgAtRisk).toBe(`£${risk.toLocaleString("en-GB")}`);
    expect(area.travel.improving).toBe(sample.indicators.filter((r) => r.direction === "Improving").length);
    expect(area.travel.worsening).toBe(sample.indicators.filter((r) => r.direction === "Worsening").length);
  });
});

describe("a card per partnership", () => {
  test("name, lead, status, the rule behind it, and counts that add up to its indicators", () => {
    const cards = dashboard(sample).partnerships;
    expect(cards.map((c) => [c.name, c.overall])).toEqual(sample.partnerships.map((q) => [q.name, q.overall]));
    const safer = cards[0];
    expect(safer).toMatchObject({ name: "Safer Essex", lead: "Alan Dawkes", overall: "Red", onTarget: "2 of 4 rated on target", prgAtRisk: "£300,000" });
    expect(safer.reason).toBe("1 of 4 rated (25%) is Red: 25% Red or more makes a partnership Red.");
    for (const c of cards) {
      const { green, amber, red, noData, noTarget } = c.counts;
      expect(green + amber + red + noData + noTarget).toBe(c.indicators);
    }
  });

  test("lists its Red, then Amber, then No data indicators, each with its figures, direction and cell", () => {
    const safer = dashboard(sample).partnerships[0];
    expect(safer.toDiscuss.map((i) => [i.ref, i.status])).toEqual([
      ["L17.1", "Red"],
      ["NI 18", "Amber"],
      ["NI 30", "No data"],
    ]);
    const red = safer.toDiscuss[0];
    expect(red).toMatchObject({ direction: "Worsening", sheet: sample.scorecard!.sheet, cell: "L8" });
    expect(red.figures).toBe("24.0% in Q2 2009/10 against a target of 33.0% for 2009/10.");
    expect(safer.toDiscuss[2].figures).toBe("No actual by Q2 2009/10.");
    // Green and No target indicators are not listed.
    const listed = dashboard(sample).partnerships.flatMap((c) => c.toDiscuss).length;
    expect(listed).toBe(sample.indicators.filter((r) => ["Red", "Amber", "No data"].includes(r.status)).length);
  });

  test("a partnership written two ways on the scorecard lists all of its indicators once", () => {
    const ratings = [
      rating({ partnership: "Health & Wellbeing", status: "Red" }),
      rating({ partnership: "health and wellbeing", status: "Amber" }),
    ];
    const card = scorecard();
    const analysis: Analysis = { findings: [], scorecard: card, reportingPeriod: null, indicators: ratings, partnerships: ratePartnerships(ratings, card), papers: sample.papers };
    expect(analysis.partnerships).toHaveLength(1);
    const [only] = dashboard(analysis).partnerships;
    expect(only.toDiscuss.map((i) => i.status)).toEqual(["Red", "Amber"]);
  });
});

describe("the words on a card", () => {
  test("a partnership with nothing rated says so, not '0 of 0 rated on target'", () => {
    const ratings = [rating({ status: "No data" }), rating({ status: "No data" })];
    const card = scorecard();
    const analysis: Analysis = { findings: [], scorecard: card, reportingPeriod: null, indicators: ratings, partnerships: ratePartnerships(ratings, card), papers: sample.papers };
    expect(dashboard(analysis).partnerships[0].onTarget).toBe("none rated yet");
  });

  test("no direction is explained by the rule: no actual yet, or no earlier actual to compare (a baseline is not one)", () => {
    const actual = { period: p("Q2 2009/10"), value: 40, cell: "K4" };
    const earlier = { period: p("Q1 2009/10"), value: 38, cell: "J4" };
    const card = scorecard();
    const words = (...ratings: IndicatorRating[]) => {
      const analysis: Analysis = { findings: [], scorecard: card, reportingPeriod: p("Q2 2009/10"), indicators: ratings, partnerships: ratePartnerships(ratings, card), papers: sample.papers };
      return dashboard(analysis).partnerships[0].toDiscuss.map((i) => i.directionText);
    };
    expect(words(
      rating({ status: "Red", latest: actual, previous: earlier, direction: "Worsening", indicator: indicator({ baseline: 50 }) }),
      rating({ status: "Red", latest: actual, previous: null, indicator: indicator({ baseline: 50 }) }),
      rating({ status: "No data" }),
    )).toEqual(["Direction: Worsening", "Direction: n/a, no earlier actual to compare", "Direction: n/a, no actual yet"]);
  });

  test("counts of thousands carry a thousands separator", () => {
    const ratings = Array.from({ length: 10_000 }, () => rating({ status: "Red" }));
    const card = scorecard();
    const analysis: Analysis = { findings: [], scorecard: card, reportingPeriod: null, indicators: ratings, partnerships: ratePartnerships(ratings, card), papers: sample.papers };
    const [only] = dashboard(analysis).partnerships;
    expect(only.onTarget).toBe("0 of 10,000 on target");
    expect(only.reason).toMatch(/^10,000 of 10,000 rated \(100%\) are Red/);
    expect(plural(10_000, "indicator")).toBe("10,000 indicators");
  });
});

describe("where an indicator's figure is", () => {
  test("the actual it was rated on; with none, the empty cell of the reporting period's actual", () => {
    const actuals = figures({ "2008/09": 40, "Q1 2009/10": null, "Q2 2009/10": null });
    const noData = rating({ status: "No data", indicator: indicator({ actuals, row: 7 }) });
    expect(indicatorCell(noData, p("Q2 2009/10"))).toBe(actuals[2].cell);
    const rated = rating({ status: "Red", latest: actuals[0], indicator: indicator({ actuals }) });
    expect(indicatorCell(rated, p("Q2 2009/10"))).toBe(actuals[0].cell);
    expect(indicatorCell(rating({ status: "No data", indicator: indicator({ row: 9 }) }), null)).toBe("A9");
  });

  test("figures in the indicator's unit, with the period of each", () => {
    const actual = { period: p("Q1 2009/10"), value: 1250, cell: "K4" };
    const target = { period: p("2009/10"), value: 1500, cell: "F4" };
    const money = rating({ status: "Red", latest: actual, target, indicator: indicator({ unit: "money" }) });
    expect(figuresText(money, p("Q1 2009/10"))).toBe("£1,250 in Q1 2009/10 against a target of £1,500 for 2009/10.");
    expect(figuresText(rating({ status: "No target", latest: actual }), null)).toBe("1,250 in Q1 2009/10, with no target to compare it with.");
  });
});
