import { figureFormat, formatFigure } from "./format";
import { periodBefore } from "./changes";
import { rateAt } from "./engine";
import { Analysis, Indicator, IndicatorRating, OverallStatus, PartnershipRating, Status } from "./model";
import { asAtWords, formatPeriod, periodIndex } from "./periods";
import { plural } from "./words";

// What changed since the period before, for the pane's Summary: each partnership's status then, how
// many of its indicators changed status, and each indicator's figures for a sparkline. The period
// before and its ratings are the ones the papers' reviewPeriod uses (periodBefore, rateAt).

export interface CardChange {
  /** The partnership's status as at the period before; null when there is no period before to rate. */
  was: OverallStatus | null;
  /** "Q1 2009/10". */
  wasAt: string | null;
  /** Its indicators whose status differs from the period before. */
  moved: number;
  /** "Red, was Amber at Q1 2009/10"; "Red, as it was at Q1 2009/10"; "Red (nothing earlier to compare)". */
  text: string;
  /** "2 indicators changed status since Q1 2009/10", "No indicator changed status since Q1 2009/10". */
  movedText: string;
}

export interface SparkPoint {
  period: string;
  value: number;
}

/** An indicator's actuals up to the reporting period, against its target, for a small chart. */
export interface Spark {
  points: SparkPoint[];
  target: number | null;
  /** The chart in words, for its text alternative. */
  label: string;
}

export interface IndicatorMove {
  /** Its status as at the period before, when it differs from now's. */
  was: Status | null;
  /** "Amber at Q1 2009/10, Red now", "Red at Q1 2009/10 too". */
  text: string;
}

export interface Changes {
  /** A partnership and the ratings its card counts (the roll-up's grouping). */
  card(p: PartnershipRating, ratings: readonly IndicatorRating[]): CardChange;
  indicator(r: IndicatorRating): IndicatorMove;
}

/** How many actuals a sparkline shows at most: two years of quarters. */
const SPARK_POINTS = 8;

/** The period before, rated by the same rules; one pass for the whole book. */
export function changesSince(analysis: Analysis): Changes {
  const { scorecard, reportingPeriod } = analysis;
  const rated = scorecard && reportingPeriod ? rateAt(scorecard, periodBefore(reportingPeriod)) : null;
  const wasAt = rated ? asAtWords(rated.named) : null;
  const before = new Map<string, PartnershipRating>(rated?.partnerships.map((p) => [p.name, p]) ?? []);
  const earlier = new Map<Indicator, Status>(rated?.indicators.map((r) => [r.indicator, r.status]) ?? []);
  return {
    card(p, ratings) {
      const was = before.get(p.name)?.overall ?? null;
      const n = ratings.filter((r) => (earlier.get(r.indicator) ?? r.status) !== r.status).length;
      if (!wasAt || was === null) return { was: null, wasAt, moved: n, text: `${p.overall} (no earlier period to compare)`, movedText: "" };
      return {
        was,
        wasAt,
        moved: n,
        text: was === p.overall ? `${p.overall}, as it was at ${wasAt}` : `${p.overall}, was ${was} at ${wasAt}`,
        movedText: n === 0 ? `No indicator changed status since ${wasAt}` : `${plural(n, "indicator")} changed status since ${wasAt}`,
      };
    },
    indicator(r) {
      const was = earlier.get(r.indicator) ?? null;
      if (!wasAt || was === null) return { was: null, text: "" };
      return was === r.status ? { was: null, text: `${was} at ${wasAt} too` } : { was, text: `${was} at ${wasAt}, ${r.status} now` };
    },
  };
}

/** The indicator's last actuals up to the reporting period, and the target it is rated against. */
export function sparkOf(r: IndicatorRating, reportingPeriod: Analysis["reportingPeriod"]): Spark {
  const until = reportingPeriod ? periodIndex(reportingPeriod) : Infinity;
  const frequency = r.latest?.period.kind;
  const points = r.indicator.actuals
    .filter((a) => a.value !== null && periodIndex(a.period) <= until && (!frequency || a.period.kind === frequency))
    .sort((a, b) => periodIndex(a.period) - periodIndex(b.period))
    .slice(-SPARK_POINTS)
    .map((a) => ({ period: formatPeriod(a.period), value: a.value as number }));
  const target = r.target?.value ?? null;
  const format = figureFormat(r.indicator);
  const said = points.map((p) => `${formatFigure(p.value, format)} in ${p.period}`);
  const label =
    points.length === 0 ? "No actuals to chart."
    : `Actuals: ${said.join(", ")}${target === null ? "; no target." : `; target ${formatFigure(target, format)}.`}`;
  return { points, target, label };
}
