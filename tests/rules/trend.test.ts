import { formatPeriod } from "../../src/periods";
import { rateIndicator } from "../../src/status";
import { currentRun, likeForLike } from "../../src/trend";
import { figures, indicator, p, settings } from "./factory";

// Trends compare like with like: each figure with the previous period of the same frequency, as the
// Direction of travel column does (status rule 5), counting steps, not figures.

const periods = (series: { period: Parameters<typeof formatPeriod>[0] }[]) => series.map((v) => formatPeriod(v.period));

describe("like-for-like series", () => {
  it("goes back quarter by quarter, then from Q1 to last year's outturn, then year by year", () => {
    const i = indicator({ actuals: figures({ "2007/08": 30, "2008/09": 34, "Q1 2009/10": 36, "Q2 2009/10": 35 }) });
    const latest = rateIndicator(i, settings(), p("Q2 2009/10")).latest!;
    expect(periods(likeForLike(i, latest))).toEqual(["2007/08", "2008/09", "Q1 2009/10", "Q2 2009/10"]);
  });

  it("stops where a period is missing rather than comparing across the gap", () => {
    const i = indicator({ actuals: figures({ "Q1 2009/10": 36, "Q2 2009/10": null, "Q3 2009/10": 38 }) });
    const latest = rateIndicator(i, settings(), p("Q3 2009/10")).latest!;
    expect(periods(likeForLike(i, latest))).toEqual(["Q3 2009/10"]);
  });

  it("compares an annual indicator year with year, never with a quarter of another kind of figure", () => {
    const i = indicator({ actuals: figures({ "2006/07": 50, "2007/08": 52, "2008/09": 51 }) });
    const latest = rateIndicator(i, settings(), p("Q2 2009/10")).latest!;
    expect(periods(likeForLike(i, latest, 2))).toEqual(["2007/08", "2008/09"]);
  });
});

describe("the current run", () => {
  it("counts steps, not figures: 1,580, 1,540, 1,590 (lower is better) is one step worse after one better", () => {
    const i = indicator({ polarity: "lower", actuals: figures({ "2008/09": 1580, "Q1 2009/10": 1540, "Q2 2009/10": 1590 }) });
    const rating = rateIndicator(i, settings(), p("Q2 2009/10"));
    const run = currentRun(likeForLike(i, rating.latest!), "lower");
    expect(run).toMatchObject({ direction: "Worsening", steps: 1 });
    expect(run.figures.map((f) => f.value)).toEqual([1540, 1590]);
    expect(run.direction).toBe(rating.direction); // never contradicts the Direction of travel column
  });

  it("runs back while each step goes the same way", () => {
    const i = indicator({ actuals: figures({ "2008/09": 0.238, "Q1 2009/10": 0.229, "Q2 2009/10": 0.218 }) });
    const run = currentRun(likeForLike(i, rateIndicator(i, settings(), p("Q2 2009/10")).latest!), "higher");
    expect(run).toMatchObject({ direction: "Worsening", steps: 2 });
    expect(run.figures.map((f) => f.value)).toEqual([0.238, 0.229, 0.218]);
  });

  it("has no direction with one figure, or without a polarity", () => {
    const one = indicator({ actuals: figures({ "Q2 2009/10": 5 }) });
    expect(currentRun(likeForLike(one, one.actuals[0]), "higher")).toMatchObject({ direction: "n/a", steps: 0 });
    const two = indicator({ actuals: figures({ "Q1 2009/10": 4, "Q2 2009/10": 5 }) });
    expect(currentRun(likeForLike(two, two.actuals[1]), null)).toMatchObject({ direction: "n/a" });
  });
});
