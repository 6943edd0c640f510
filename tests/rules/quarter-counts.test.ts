import { checkQuarterCounts } from "../../src/quarter-counts";
import { rateIndicator } from "../../src/status";
import { figures, indicator, p, settings } from "./factory";

// Worked examples of the quarter-count warning (docs/rules.md, quarter-count-against-year): a count
// by quarter held to the whole year's target is said to be, at the figure's cell, and never re-rated.

const fires = (overrides: Parameters<typeof indicator>[0] = {}) =>
  indicator({ ref: "L1", title: "Accidental dwelling fires", polarity: "lower", unit: "number",
    targets: figures({ "2009/10": 280 }), actuals: [{ period: p("Q3 2009/10"), value: 66, cell: "M7" }], ...overrides });

const warned = (i: ReturnType<typeof indicator>, at = "Q3 2009/10") => checkQuarterCounts([rateIndicator(i, settings(), p(at))], "Scorecard");

describe("a count by quarter held to the year's target", () => {
  test("66 fires in Q3 against a year's 280: Green whatever the quarter was, so a warning at the Q3 figure", () => {
    const rating = rateIndicator(fires(), settings(), p("Q3 2009/10"));
    expect(rating.status).toBe("Green");
    expect(checkQuarterCounts([rating], "Scorecard")).toEqual([expect.objectContaining({
      code: "quarter-count-against-year", severity: "warning", sheet: "Scorecard", cell: "M7",
      message: "L1 is a count by quarter held to the whole year's target: its Q3 2009/10 figure (66) is compared with the 2009/10 target of 280, so its Green may not say how it is doing.",
    })]);
  });

  test("marked cumulative, it is held to the profile instead (rule 2) and not warned", () => {
    expect(warned(fires({ cumulative: true }))).toEqual([]);
  });

  test("with its own target for the quarter, it is held to that and not warned", () => {
    expect(warned(fires({ targets: figures({ "2009/10": 280, "Q3 2009/10": 70 }) }))).toEqual([]);
  });

  test("a count at a level near the year's target (households in temporary accommodation) is not warned", () => {
    expect(warned(fires({ title: "Households in temporary accommodation", actuals: [{ period: p("Q3 2009/10"), value: 260, cell: "M7" }] }))).toEqual([]);
  });

  test("a rate or a percentage is comparable with the year's target and not warned", () => {
    expect(warned(fires({ unit: "rate" }))).toEqual([]);
    expect(warned(fires({ unit: "percent", targets: figures({ "2009/10": 0.8 }), actuals: [{ period: p("Q3 2009/10"), value: 0.3, cell: "M7" }] }))).toEqual([]);
  });

  test("at Q4 the year's target is the year's own figure's, so no warning; a year-to-date column is not warned either", () => {
    expect(warned(fires({ actuals: [{ period: p("Q4 2009/10"), value: 66, cell: "N7" }] }), "Q4 2009/10")).toEqual([]);
    expect(warned(fires({ actuals: [{ period: p("Q3 2009/10"), value: 66, cell: "M7", yearToDate: true }] }))).toEqual([]);
  });
});
