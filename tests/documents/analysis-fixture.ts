import {
  Analysis, CommentaryEntry, Direction, Indicator, IndicatorRating, OverallStatus, Papers, PartnershipRating, Period,
  DEFAULT_SETTINGS, Scorecard, Status, Unit,
} from "../../src/model";

// Hand-made analyses: the documents are tested against the model's types, not the reader's or the rules' output.

export const Q2_0910: Period = { kind: "quarter", year: 2009, quarter: 2 };
const Y0809: Period = { kind: "year", year: 2008 };

export interface RowSpec {
  ref: string;
  title?: string;
  partnership?: string;
  unit?: Unit;
  polarity?: "higher" | "lower";
  status: Status;
  baseline?: number | null;
  target?: number | null;
  actual?: number | null;
  previous?: number | null;
  direction?: Direction;
  improvement?: number | null;
  reward?: number;
}

export function rating(spec: RowSpec): IndicatorRating {
  const latest = spec.actual === undefined || spec.actual === null ? null : { period: Q2_0910, value: spec.actual, cell: "H2" };
  const previous = spec.previous === undefined || spec.previous === null ? null : { period: { kind: "quarter" as const, year: 2009, quarter: 1 as const }, value: spec.previous, cell: "G2" };
  const indicator: Indicator = {
    ref: spec.ref,
    refKey: spec.ref.replace(/\s+/g, "").toUpperCase(),
    title: spec.title ?? `Indicator ${spec.ref}`,
    partnership: spec.partnership ?? "Safer Essex",
    priority: null,
    leadOfficer: null,
    polarity: spec.polarity ?? "higher",
    unit: spec.unit ?? "number",
    frequency: "quarterly",
    baseline: spec.baseline ?? null,
    targets: spec.target === undefined || spec.target === null ? [] : [{ period: Y0809, value: spec.target, cell: "E2" }, { period: Q2_0910, value: spec.target, cell: "F2" }],
    actuals: [previous, latest].filter((v) => v !== null),
    stretchTargets: [],
    tolerance: null,
    rewardTarget: spec.reward !== undefined,
    rewardValue: spec.reward ?? null,
    row: 2,
  };
  return {
    indicator,
    status: spec.status,
    latest,
    previous,
    target: spec.target === undefined || spec.target === null ? null : { period: Q2_0910, value: spec.target, cell: "F2" },
    tolerance: 0.05,
    direction: spec.direction ?? "n/a",
    improvement: spec.improvement ?? null,
    asAt: latest ? Q2_0910 : null,
  };
}

export function partnership(name: string, ratings: IndicatorRating[], overall: OverallStatus, extra: Partial<PartnershipRating> = {}): PartnershipRating {
  const count = (s: Status) => ratings.filter((r) => r.status === s).length;
  const rated = count("Green") + count("Amber") + count("Red");
  return {
    name, lead: "Alan Dawkes", deputy: null, indicators: ratings.length,
    green: count("Green"), amber: count("Amber"), red: count("Red"), noData: count("No data"), noTarget: count("No target"),
    onTarget: rated ? count("Green") / rated : null, overall, prgAtStake: 0, projectedReward: 0, prgAtRisk: 0, ...extra,
  };
}

export const EMPTY_PAPERS: Papers = { commentary: [], meeting: null, attendance: [], agenda: [], actions: [], forwardPlan: [] };

export function analysis(ratings: IndicatorRating[], partnerships: PartnershipRating[], papers: Partial<Papers> = {}): Analysis {
  const scorecard: Scorecard = {
    sheet: "Scorecard", headerRow: 1, lastColumn: 10, ownColumns: {}, indicators: ratings.map((r) => r.indicator),
    partnerships: partnerships.map((p) => ({ name: p.name, lead: p.lead, deputy: p.deputy })), hasPartnershipsSheet: true,
    settings: { ...DEFAULT_SETTINGS, area: "Essex" },
  };
  return { findings: [], scorecard, reportingPeriod: Q2_0910, indicators: ratings, partnerships, papers: { ...EMPTY_PAPERS, ...papers } };
}

export function commentary(partnership: string, section: CommentaryEntry["section"], text: string): CommentaryEntry {
  return { partnership, section, text, cell: "C2" };
}

/** A Safer Essex with one indicator of each status and a reward target. */
export function saferEssex(papers: Partial<Papers> = {}): Analysis {
  const ratings = [
    rating({ ref: "NI 20", title: "Assault with injury crime rate", polarity: "lower", status: "Green", baseline: 9.2, target: 8.5, actual: 8.1, previous: 8.6, direction: "Improving", improvement: 1.57 }),
    rating({ ref: "NI 151", title: "Overall employment rate", unit: "percent", status: "Amber", baseline: 0.72, target: 0.75, actual: 0.7345, direction: "Worsening", improvement: 0.48, reward: 1500000 }),
    rating({ ref: "NI 18", title: "Adult re-offending rates", polarity: "lower", status: "Red", baseline: 1234, target: 1100, actual: 1300, direction: "Worsening", improvement: -0.49 }),
    rating({ ref: "NI 17", title: "Perceptions of anti-social behaviour", unit: "percent", status: "No data", target: 0.2 }),
  ];
  return analysis(ratings, [partnership("Safer Essex", ratings, "Red", { prgAtStake: 1500000, projectedReward: 0, prgAtRisk: 1500000 })], papers);
}

/** The book with a meeting whose agenda has the thematic updates item and Alan Dawkes, Safer Essex's lead, there: the minutes report its partnerships. */
export function withUpdatesItem(a: Analysis): Analysis {
  const attendance = [...a.papers.attendance, { name: "Alan Dawkes", organisation: "Safer Essex Lead", attendance: "Present" as const }];
  const agenda = [...a.papers.agenda, { no: String(a.papers.agenda.length + 1), item: "Thematic Partnership update", discussion: null, decision: null }];
  return { ...a, papers: { ...a.papers, attendance, agenda } };
}
