import { awaitedFigure, DueFigure } from "./due";
import { IndicatorRating, Period, Status } from "./model";
import { periodIndex, previousPeriod } from "./periods";

// What changed between the period before and the reporting period (docs/exceptions.md, "What
// changed"): each indicator rated as at both, by the same status rules, and the move between them.

/**
 * The period before the reporting period: the previous quarter. A year counts as its fourth
 * quarter (status rule 1), so the period before a year is its third quarter: quarterly indicators
 * are compared with Q3, annual ones with the year before (their last figure as at Q3).
 */
export function periodBefore(period: Period): Period {
  if (period.kind === "year") return { kind: "quarter", year: period.year, quarter: 3 };
  return previousPeriod(period);
}

/**
 * The period a rating as at `period` is named by. As at Q4, where every figure it stands on in that
 * slot is a year's outturn (an outturn counts as its year's Q4, status rule 1), it is the year: the
 * papers compare with "the end of 2008/09", never with a "Q4 2008/09" the book has no figure for.
 */
export function namedPeriod(period: Period, ratings: readonly IndicatorRating[]): Period {
  if (period.kind !== "quarter" || period.quarter !== 4) return period;
  const slot = periodIndex(period);
  const inSlot = ratings.flatMap((r) => (r.latest && periodIndex(r.latest.period) === slot ? [r.latest.period] : []));
  return inSlot.length > 0 && inSlot.every((p) => p.kind === "year") ? { kind: "year", year: period.year } : period;
}

export type ChangeKind =
  /** Green or Amber (or not rated) before, Red now. */
  | "turnedRed"
  /** Green before, Amber now. */
  | "slipped"
  /** Red before, Amber now. */
  | "improved"
  /** Amber or Red before, Green now. */
  | "recovered"
  /** No data or No target before, Green or Amber now. */
  | "firstRated"
  /** The same status, and the figure due now is awaited though the one due before was in (or none was due). */
  | "newlyAwaited"
  | "unchanged";

export interface IndicatorChange {
  now: IndicatorRating;
  before: IndicatorRating;
  kind: ChangeKind;
  /** The figure due as at the reporting period when it is awaited; null when it is in or none is due. */
  awaited: DueFigure | null;
  /** The same as at the period before. */
  awaitedBefore: DueFigure | null;
}

const RANK: Partial<Record<Status, number>> = { Green: 3, Amber: 2, Red: 1 };

/** The move from one status to the next; statuses that are not Green, Amber or Red are "not rated". */
export function changeOfStatus(before: Status, now: Status): ChangeKind {
  const from = RANK[before];
  const to = RANK[now];
  if (to === undefined || from === to) return "unchanged";
  if (to === 1) return "turnedRed";
  if (from === undefined) return "firstRated";
  if (to === 3) return "recovered";
  return from === 3 ? "slipped" : "improved";
}

/** The change of one indicator, given its ratings as at the reporting period and the period before. */
export function indicatorChange(now: IndicatorRating, before: IndicatorRating, period: Period, previous: Period): IndicatorChange {
  const awaited = awaitedFigure(now.indicator, period);
  const awaitedBefore = awaitedFigure(now.indicator, previous);
  let kind = changeOfStatus(before.status, now.status);
  if (kind === "unchanged" && awaited && !awaitedBefore) kind = "newlyAwaited";
  return { now, before, kind, awaited, awaitedBefore };
}
