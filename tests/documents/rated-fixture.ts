import { Analysis, DEFAULT_SETTINGS, Indicator, Papers, Period, PeriodValue, Scorecard, Settings } from "../../src/model";
import { ratePartnerships } from "../../src/rollup";
import { rateIndicator } from "../../src/status";
import { EMPTY_PAPERS } from "./analysis-fixture";

// Analyses rated by the engine's own rules from indicators written as an officer keeps them, for the
// tests that read what a paper says about years, trends and charts against the table beside it.

export const Q = (year: number, quarter: 1 | 2 | 3 | 4): Period => ({ kind: "quarter", year, quarter });
export const Y = (year: number): Period => ({ kind: "year", year });
export const Q2_0910 = Q(2009, 2);

type Figure = [Period, number | null] | [Period, null, string];

export interface IndicatorSpec extends Partial<Omit<Indicator, "targets" | "actuals" | "stretchTargets">> {
  ref: string;
  targets?: Figure[];
  actuals?: Figure[];
  stretch?: Figure[];
}

function values(figures: Figure[] = [], column: string): PeriodValue[] {
  return figures.map(([period, value, typed], i) => ({ period, value, cell: `${column}${i + 2}`, ...(typed ? { typed } : {}) }));
}

export function indicator(spec: IndicatorSpec): Indicator {
  return {
    refKey: spec.ref.replace(/\s+/g, "").toUpperCase(), title: `Indicator ${spec.ref}`, partnership: "Safer Essex", priority: null, leadOfficer: null,
    polarity: "higher", unit: "number", frequency: null, baseline: null, tolerance: null, rewardTarget: false, rewardValue: null, row: 2,
    ...spec, targets: values(spec.targets, "F"), actuals: values(spec.actuals, "K"), stretchTargets: values(spec.stretch, "H"),
  };
}

export function ratedAnalysis(specs: IndicatorSpec[], papers: Partial<Papers> = {}, settings: Partial<Settings> = {}, reporting: Period = Q2_0910): Analysis {
  const indicators = specs.map(indicator);
  const names = [...new Set(indicators.map((i) => i.partnership))];
  const scorecard: Scorecard = {
    sheet: "Scorecard", headerRow: 1, lastColumn: 10, ownColumns: {}, indicators, hasPartnershipsSheet: true,
    partnerships: names.map((name) => ({ name, lead: "Alan Dawkes", deputy: "Jan Plummer" })),
    settings: { ...DEFAULT_SETTINGS, area: "Essex", ...settings },
  };
  const ratings = indicators.map((i) => rateIndicator(i, scorecard.settings, reporting));
  return { findings: [], scorecard, reportingPeriod: reporting, indicators: ratings, partnerships: ratePartnerships(ratings, scorecard), papers: { ...EMPTY_PAPERS, ...papers } };
}
