import { trendSentence } from "../../src/documents/trends";
import { DEFAULT_SETTINGS, Indicator, Period, Polarity } from "../../src/model";
import { rateIndicator } from "../../src/status";

// Trend sentences read against the Direction of travel column: each rating here comes from the
// engine's own rules, so a sentence that contradicted the column would fail.

const Q = (year: number, quarter: 1 | 2 | 3 | 4): Period => ({ kind: "quarter", year, quarter });
const Y = (year: number): Period => ({ kind: "year", year });
const Q2_0910 = Q(2009, 2);

function rated(title: string, polarity: Polarity, actuals: [Period, number | null][], reporting: Period = Q2_0910) {
  const indicator: Indicator = {
    ref: "NI 1", refKey: "NI1", title, partnership: "Safer Essex", priority: null, leadOfficer: null, polarity, unit: "number",
    frequency: null, baseline: null, targets: [], stretchTargets: [], tolerance: null, rewardTarget: false, rewardValue: null, row: 2,
    actuals: actuals.map(([period, value], i) => ({ period, value, cell: `F${i + 2}` })),
  };
  return rateIndicator(indicator, DEFAULT_SETTINGS, reporting);
}

describe("trend sentences compare like with like and agree with the Direction of travel column", () => {
  it("1,580, 1,540, 1,590 (lower is better) worsened in the latest quarter: one step, not 'over 3 periods'", () => {
    const r = rated("First time entrants", "lower", [[Y(2008), 1580], [Q(2009, 1), 1540], [Q2_0910, 1590]]);
    expect(r.direction).toBe("Worsening");
    expect(trendSentence(r)).toBe("NI 1 First time entrants worsened from 1,540 in Q1 2009/10 to 1,590 in Q2 2009/10.");
  });

  it("a cumulative count is compared with the previous quarter and with the same point last year, never with last year's total", () => {
    const r = rated("Jobs created (cumulative)", "higher", [[Q(2008, 2), 700], [Y(2008), 1450], [Q(2009, 1), 400], [Q2_0910, 820]]);
    expect(r.direction).toBe("Improving");
    const sentence = trendSentence(r)!;
    expect(sentence).toBe("NI 1 Jobs created (cumulative) improved from 400 in Q1 2009/10 to 820 in Q2 2009/10; it is better than at the same point last year (700 in Q2 2008/09).");
    expect(sentence).not.toContain("1,450");
  });

  it("counts the steps that went the same way: four quarters of figures are three steps", () => {
    const r = rated("Recycling", "higher", [[Q(2008, 3), 10], [Q(2008, 4), 11], [Q(2009, 1), 12], [Q2_0910, 13]]);
    expect(trendSentence(r)).toBe("NI 1 Recycling improved in each of the last 3 quarters, from 10 in Q3 2008/09 to 13 in Q2 2009/10.");
  });

  it("a run stops where the change went the other way", () => {
    const r = rated("Recycling", "higher", [[Q(2008, 3), 14], [Q(2008, 4), 11], [Q(2009, 1), 12], [Q2_0910, 13]]);
    expect(trendSentence(r)).toBe("NI 1 Recycling improved in each of the last 2 quarters, from 11 in Q4 2008/09 to 13 in Q2 2009/10.");
  });

  it("an annual indicator compares years with years", () => {
    const r = rated("Under 18 conceptions", "lower", [[Y(2006), 50], [Y(2007), 48], [Y(2008), 47]]);
    expect(r.direction).toBe("Improving");
    expect(trendSentence(r)).toBe("NI 1 Under 18 conceptions improved in each of the last 2 years, from 50 in 2006/07 to 47 in 2008/09.");
  });

  it("says when a figure held", () => {
    expect(trendSentence(rated("Visits", "higher", [[Q(2009, 1), 5], [Q2_0910, 5]]))).toBe("NI 1 Visits held at 5 in Q2 2009/10, the same as in Q1 2009/10.");
  });

  it("without the previous quarter, gives no direction but still compares with the same quarter last year", () => {
    const r = rated("Visits", "higher", [[Q(2008, 2), 7], [Q2_0910, 5]]);
    expect(r.direction).toBe("n/a");
    expect(trendSentence(r)).toBe("NI 1 Visits was 5 in Q2 2009/10, worse than at the same point last year (7 in Q2 2008/09); there is no figure for Q1 2009/10 to compare it with.");
  });

  it("gives no sentence for one figure, or for figures after the reporting period", () => {
    expect(trendSentence(rated("Visits", "higher", [[Q2_0910, 5]]))).toBeNull();
    expect(trendSentence(rated("Visits", "higher", [[Q(2009, 1), 5], [Q2_0910, 6]], Q(2009, 1)))).toBeNull();
  });

  it("never says improved when the column says Worsening, or the other way round, whatever the figures", () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const periods = [Q(2008, 1), Q(2008, 2), Q(2008, 3), Q(2008, 4), Y(2008), Q(2009, 1), Q2_0910];
    for (let i = 0; i < 300; i++) {
      const actuals = periods.filter(() => next() > 0.3).map((p): [Period, number] => [p, Math.round(next() * 10)]);
      const r = rated("Figures", next() > 0.5 ? "higher" : "lower", actuals);
      const sentence = trendSentence(r) ?? "";
      const verb = / (improved|worsened|held at) /.exec(sentence)?.[1] ?? null;
      const expected = { Improving: "improved", Worsening: "worsened", "No change": "held at", "n/a": null }[r.direction];
      expect({ actuals: actuals.map(([p, v]) => `${p.kind === "year" ? p.year : `Q${(p as { quarter: number }).quarter} ${p.year}`}=${v}`), verb }).toEqual({ actuals: expect.anything(), verb: expected });
    }
  });
});
