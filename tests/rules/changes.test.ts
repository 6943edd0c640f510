import { changeOfStatus, periodBefore } from "../../src/changes";
import { rateAt, reviewPeriod } from "../../src/engine";
import { formatPeriod } from "../../src/periods";
import { analysisOf, figures, indicator, p, scorecard } from "./factory";

// Rating at any period, and what changed between the period before and the reporting period.

describe("the period before", () => {
  it("is the previous quarter, across the turn of the year", () => {
    expect(formatPeriod(periodBefore(p("Q2 2009/10")))).toBe("Q1 2009/10");
    expect(formatPeriod(periodBefore(p("Q1 2009/10")))).toBe("Q4 2008/09");
  });

  it("is a year's third quarter, a year counting as its fourth", () => {
    expect(formatPeriod(periodBefore(p("2009/10")))).toBe("Q3 2009/10");
  });
});

describe("rating as at any period", () => {
  const employment = indicator({
    frequency: "quarterly",
    targets: figures({ "2009/10": 0.775 }),
    actuals: figures({ "2008/09": 0.758, "Q1 2009/10": 0.78, "Q2 2009/10": 0.741 }),
  });
  const card = scorecard({ indicators: [employment], partnerships: [{ name: "Economic Development", lead: "Louise Aiken", deputy: null }] });

  it("rates each indicator and partnership by the same rules as at the period asked for", () => {
    const q1 = rateAt(card, p("Q1 2009/10"));
    expect(q1.indicators[0]).toMatchObject({ status: "Green", latest: { value: 0.78 } });
    expect(q1.partnerships[0]).toMatchObject({ name: "Economic Development", overall: "Green" });
    const q2 = rateAt(card, p("Q2 2009/10"));
    expect(q2.indicators[0]).toMatchObject({ status: "Amber", latest: { value: 0.741 } });
  });

  it("as at a year's start (the last year's end), an annual outturn is rated against last year's target", () => {
    const i = indicator({ targets: figures({ "2008/09": 40, "2009/10": 50 }), actuals: figures({ "2008/09": 41, "Q2 2009/10": 45 }) });
    const start = rateAt(scorecard({ indicators: [i] }), p("2008/09")).indicators[0];
    expect(start).toMatchObject({ status: "Green", latest: { value: 41 }, target: { value: 40 } });
  });
});

describe("what changed", () => {
  it("names each move between statuses", () => {
    expect(changeOfStatus("Green", "Amber")).toBe("slipped");
    expect(changeOfStatus("Green", "Red")).toBe("turnedRed");
    expect(changeOfStatus("Amber", "Red")).toBe("turnedRed");
    expect(changeOfStatus("No data", "Red")).toBe("turnedRed");
    expect(changeOfStatus("Red", "Amber")).toBe("improved");
    expect(changeOfStatus("Red", "Green")).toBe("recovered");
    expect(changeOfStatus("Amber", "Green")).toBe("recovered");
    expect(changeOfStatus("No target", "Green")).toBe("firstRated");
    expect(changeOfStatus("Red", "Red")).toBe("unchanged");
    expect(changeOfStatus("No data", "No target")).toBe("unchanged");
  });

  it("compares the reporting period with the previous quarter, indicator by indicator", () => {
    const make = (ref: string, q1: number | null, q2: number | null) =>
      indicator({ ref, frequency: "quarterly", targets: figures({ "2009/10": 100 }), actuals: figures({ "Q1 2009/10": q1, "Q2 2009/10": q2 }) });
    const analysis = analysisOf([
      make("L1", 100, 97), // Green to Amber
      make("L2", 97, 80), // Amber to Red
      make("L3", 80, 101), // Red to Green
      make("L4", 102, null), // Q2 awaited: still rated Green on Q1
      make("L5", 99, 98), // Amber both times
    ], "Q2 2009/10");
    const review = reviewPeriod(analysis)!;
    expect(formatPeriod(review.before.period)).toBe("Q1 2009/10");
    expect(review.changes.map((c) => [c.now.indicator.ref, c.before.status, c.now.status, c.kind])).toEqual([
      ["L1", "Green", "Amber", "slipped"],
      ["L2", "Amber", "Red", "turnedRed"],
      ["L3", "Red", "Green", "recovered"],
      ["L4", "Green", "Green", "newlyAwaited"],
      ["L5", "Amber", "Amber", "unchanged"],
    ]);
    expect(formatPeriod(review.changes[3].awaited!.period)).toBe("Q2 2009/10");
    expect(review.changes[3].awaitedBefore).toBeNull();
  });

  it("as at a year, a quarterly indicator is compared with its Q3 and an annual one with last year's outturn", () => {
    const quarterly = indicator({ ref: "Q", frequency: "quarterly", targets: figures({ "2009/10": 100 }), actuals: figures({ "Q3 2009/10": 101, "Q4 2009/10": 90 }) });
    const annual = indicator({ ref: "A", frequency: "annual", targets: figures({ "2008/09": 100, "2009/10": 100 }), actuals: figures({ "2008/09": 96, "2009/10": 104 }) });
    const late = indicator({ ref: "L", frequency: "annual", targets: figures({ "2008/09": 100, "2009/10": 100 }), actuals: figures({ "2008/09": 96 }) });
    const review = reviewPeriod(analysisOf([quarterly, annual, late], "2009/10"))!;
    expect(formatPeriod(review.before.period)).toBe("Q3 2009/10");
    expect(review.changes.map((c) => [c.before.latest?.value, c.now.latest?.value, c.kind])).toEqual([
      [101, 90, "turnedRed"],
      [96, 104, "recovered"],
      [96, 96, "newlyAwaited"], // the 2009/10 outturn is due as at the year, not yet as at Q3
    ]);
  });

  it("a figure still awaited from the period before is not newly awaited", () => {
    const i = indicator({ frequency: "quarterly", targets: figures({ "2009/10": 100 }), actuals: figures({ "2008/09": 90, "Q1 2009/10": null, "Q2 2009/10": null }) });
    const [change] = reviewPeriod(analysisOf([i], "Q2 2009/10"))!.changes;
    expect(change.kind).toBe("unchanged");
    expect(change.awaited).not.toBeNull();
    expect(change.awaitedBefore).not.toBeNull();
  });

  it("compares with any earlier period asked for, e.g. the start of the year for a mid-year report", () => {
    const i = indicator({ targets: figures({ "2008/09": 40, "2009/10": 50 }), actuals: figures({ "2008/09": 41, "Q2 2009/10": 45 }) });
    const review = reviewPeriod(analysisOf([i], "Q2 2009/10"), p("2008/09"))!;
    expect(review.changes[0]).toMatchObject({ kind: "turnedRed", before: { status: "Green" }, now: { status: "Red" } });
  });

  it("is not computed without a reporting period", () => {
    const analysis = { ...analysisOf([], "Q2 2009/10"), reportingPeriod: null };
    expect(reviewPeriod(analysis)).toBeNull();
  });
});
