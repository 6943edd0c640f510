import { Analysis, DEFAULT_SETTINGS, Indicator, IndicatorRating, Period, PeriodValue, Scorecard, Settings } from "../../src/model";
import { parsePeriod } from "../../src/periods";
import { ratePartnerships } from "../../src/rollup";
import { rateIndicator } from "../../src/status";

// Small builders for the rules' worked examples: plain objects, no workbook needed.

/** "Q2 2009/10" or "2008/09" to a Period; throws on a typo so a test cannot silently use null. */
export function p(text: string): Period {
  const period = parsePeriod(text);
  if (!period) throw new Error(`not a period: ${text}`);
  return period;
}

let column = 0;
/** Figures by period text: { "2008/09": 40, "Q1 2009/10": 42 }. */
export function figures(values: Record<string, number | null>): PeriodValue[] {
  return Object.entries(values).map(([period, value]) => ({ period: p(period), value, cell: `Z${++column}` }));
}

export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  const ref = overrides.ref ?? "NI 151";
  return {
    ref,
    refKey: ref.replace(/\s+/g, "").toUpperCase(),
    title: "Overall employment rate",
    partnership: "Economic Development",
    priority: null,
    leadOfficer: null,
    polarity: "higher",
    unit: "number",
    frequency: null,
    baseline: null,
    targets: [],
    actuals: [],
    stretchTargets: [],
    tolerance: null,
    rewardTarget: false,
    rewardValue: null,
    row: 2,
    ...overrides,
  };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

export function scorecard(overrides: Partial<Scorecard> = {}): Scorecard {
  return {
    sheet: "Scorecard",
    headerRow: 1,
    lastColumn: 8,
    ownColumns: {},
    indicators: [],
    partnerships: [],
    hasPartnershipsSheet: false,
    settings: settings(),
    ...overrides,
  };
}

/** A rating as rateIndicator would give it, for the roll-up's examples. */
export function rating(overrides: Partial<IndicatorRating> & { partnership?: string } = {}): IndicatorRating {
  const { partnership, ...rest } = overrides;
  return {
    indicator: indicator(partnership ? { partnership } : {}),
    status: "Green",
    latest: null,
    previous: null,
    target: null,
    tolerance: 0.05,
    direction: "n/a",
    improvement: null,
    asAt: null,
    ...rest,
  };
}

/** An Analysis of these indicators as `analyse` would rate them as at the reporting period, without a workbook. */
export function analysisOf(indicators: Indicator[], reportingPeriod: string, overrides: Partial<Settings> = {}): Analysis {
  const period = p(reportingPeriod);
  const card = scorecard({ indicators, settings: settings({ reportingPeriod: period, ...overrides }) });
  const ratings = indicators.map((i) => rateIndicator(i, card.settings, period));
  return {
    findings: [], scorecard: card, reportingPeriod: period, indicators: ratings, partnerships: ratePartnerships(ratings, card),
    papers: { commentary: [], meeting: null, attendance: [], agenda: [], actions: [], forwardPlan: [] },
  };
}
