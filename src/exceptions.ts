import { IndicatorChange } from "./changes";
import { Indicator, IndicatorRating, Period, PeriodValue, Polarity, Settings, Status } from "./model";
import { projectedReward, rewardAtStake } from "./reward";
import { reportingOf } from "./due";
import { beyondBand, figureFor } from "./status";
import { currentRun, likeForLike, Run } from "./trend";

// The exceptions a progress update lists, chosen by rule (docs/exceptions.md). An indicator that
// meets several rules is one exception with every reason, most serious first, listed under the
// forward-plan heading of its most serious reason: nothing is listed twice.

/** The forward plan's "other exceptions" headings that the scorecard can fill, in the plan's order. */
export const EXCEPTION_HEADINGS = ["goodNews", "barriers", "dataAssurance", "resources"] as const;
export type ExceptionHeading = (typeof EXCEPTION_HEADINGS)[number];

interface Figures {
  /** The latest actual as at the reporting period, and the target it was rated against. */
  actual: PeriodValue;
  target: PeriodValue;
  tolerance: number;
}

export type ExceptionReason =
  /** Red as at the reporting period; `before` says whether it turned Red or stayed Red. */
  | ({ kind: "red"; before: Status } & Figures)
  /** Green at the period before, Amber now. */
  | ({ kind: "slipped"; before: "Green" } & Figures)
  /** The figure worsened for two or more periods running (like with like), whatever its status. */
  | { kind: "emergingConcern"; status: Status; steps: number; figures: PeriodValue[] }
  /** A reward target whose projected reward is less than it was at the period before. */
  | { kind: "rewardFell"; rewardValue: number; before: number; now: number; improvementBefore: number | null; improvementNow: number | null }
  /** A figure was due and is not in; `latest` is the figure the status still rests on, if any. */
  | { kind: "noData"; due: Period; latest: PeriodValue | null }
  /** Green and past the target by more than the amber band: a candidate for a stretching target. */
  | ({ kind: "stretch"; band: number } & Figures)
  /** Amber or Red at the period before, Green now. */
  | ({ kind: "recovered"; before: "Amber" | "Red" } & Figures);

export type ReasonKind = ExceptionReason["kind"];

/** Most serious first; the heading of an exception is its first reason's. */
export const REASON_ORDER: readonly ReasonKind[] = ["red", "slipped", "emergingConcern", "rewardFell", "noData", "stretch", "recovered"];

export const HEADING_OF: Record<ReasonKind, ExceptionHeading> = {
  red: "barriers",
  slipped: "barriers",
  emergingConcern: "barriers",
  rewardFell: "resources",
  noData: "dataAssurance",
  stretch: "goodNews",
  recovered: "goodNews",
};

export interface Exception {
  indicator: Indicator;
  /** Where it is listed: its most serious reason's heading. */
  heading: ExceptionHeading;
  /** Every rule it meets, most serious first. */
  reasons: ExceptionReason[];
  now: IndicatorRating;
  before: IndicatorRating;
}

/**
 * Two or more steps worse in a row, like with like from the latest figure, else null. When that
 * figure is the outturn of an indicator reporting by quarter, its Q4 figure starts a run too: the
 * period before a year (or Q4) is Q3, and a figure worse in Q3 and again in Q4 is the concern the
 * group asks for, though the outturn, compared with last year's, may have improved.
 */
function worseningRun(r: IndicatorRating, polarity: Polarity): Run | null {
  const { indicator, latest } = r;
  if (!latest) return null;
  const starts = [latest];
  if (latest.period.kind === "year" && reportingOf(indicator) === "quarterly") {
    const q4 = figureFor(indicator.actuals, { kind: "quarter", year: latest.period.year, quarter: 4 });
    if (q4 && q4.period.kind === "quarter") starts.push(q4);
  }
  const runs = starts.map((start) => currentRun(likeForLike(indicator, start), polarity));
  return runs.find((run) => run.direction === "Worsening" && run.steps >= 2) ?? null;
}

function figures(r: IndicatorRating): Figures | null {
  if (!r.latest || !r.target || r.target.value === null) return null;
  return { actual: r.latest, target: r.target, tolerance: r.tolerance };
}

/** Every rule one indicator meets, most serious first (REASON_ORDER). */
export function reasonsFor(change: IndicatorChange, settings: Settings): ExceptionReason[] {
  const { now, before } = change;
  const reasons: ExceptionReason[] = [];
  const f = figures(now);
  const polarity = now.indicator.polarity;

  if (f && now.status === "Red") reasons.push({ kind: "red", before: before.status, ...f });
  if (f && now.status === "Amber" && before.status === "Green") reasons.push({ kind: "slipped", before: "Green", ...f });

  // Two steps need three figures; a longer run is told in full.
  const run = polarity ? worseningRun(now, polarity) : null;
  if (run) reasons.push({ kind: "emergingConcern", status: now.status, steps: run.steps, figures: run.figures });

  const rewardValue = rewardAtStake(now);
  if (rewardValue > 0) {
    const was = projectedReward(before, settings);
    const is = projectedReward(now, settings);
    if (is < was) reasons.push({ kind: "rewardFell", rewardValue, before: was, now: is, improvementBefore: before.improvement, improvementNow: now.improvement });
  }

  if (change.awaited) reasons.push({ kind: "noData", due: change.awaited.period, latest: now.latest });

  if (f && polarity && now.status === "Green" && beyondBand(f.actual.value as number, f.target.value as number, f.tolerance, polarity)) {
    reasons.push({ kind: "stretch", band: f.tolerance * Math.abs(f.target.value as number), ...f });
  }
  if (f && now.status === "Green" && (before.status === "Amber" || before.status === "Red")) {
    reasons.push({ kind: "recovered", before: before.status, ...f });
  }
  return reasons;
}

/** The exceptions among the indicators' changes, in the scorecard's order. */
export function findExceptions(changes: readonly IndicatorChange[], settings: Settings): Exception[] {
  const out: Exception[] = [];
  for (const change of changes) {
    const reasons = reasonsFor(change, settings);
    if (reasons.length === 0) continue;
    out.push({ indicator: change.now.indicator, heading: HEADING_OF[reasons[0].kind], reasons, now: change.now, before: change.before });
  }
  return out;
}
