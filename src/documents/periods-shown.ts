import { Indicator, Period, PeriodValue } from "../model";
import { formatPeriod, periodIndex, samePeriod } from "../periods";
import { figureFor } from "../status";
import { targetAt } from "../profile";

// Which period a figure in a paper belongs to, and when it must say so. A paper is about its reporting
// period: a figure of that period, or of its year (the year's target or outturn), goes unlabelled;
// any other figure carries its period, so last year's outturn is never read as this year's.

/** Whether a figure is the reporting period's own, or its year's annual figure. */
export function ofReportingPeriod(period: Period, reporting: Period | null): boolean {
  if (!reporting) return false;
  if (samePeriod(period, reporting)) return true;
  return period.kind === "year" && period.year === reporting.year;
}

/** The period to print beside a figure ("2008/09"), or null when it is the reporting period's. */
export function periodNote(period: Period, reporting: Period | null): string | null {
  return ofReportingPeriod(period, reporting) ? null : formatPeriod(period);
}

/**
 * The period to print beside a target ("Q2 2009/10"), or null when it is the reporting year's own
 * annual target. A quarter's target is always labelled, the reporting quarter's too: the table says
 * its targets are the year's unless labelled, and a quarter's target read as the year's is misread.
 */
export function targetNote(period: Period, reporting: Period | null): string | null {
  return reporting && period.kind === "year" && period.year === reporting.year ? null : formatPeriod(period);
}

/** The reporting year's annual target (its Q4 target standing in for it, as the rules allow); never another quarter's. */
export function reportingYearTarget(indicator: Indicator, reporting: Period | null): PeriodValue | null {
  return reporting ? figureFor(indicator.targets, { kind: "year", year: reporting.year }) : null;
}

/**
 * The reporting period's own target (a quarter's, or the year's for a year; a cumulative count's
 * profile at Q1 to Q3 where the sheet gives no quarter's target), else its year's annual one.
 */
export function reportingPeriodTarget(indicator: Indicator, reporting: Period | null): PeriodValue | null {
  if (!reporting) return null;
  return targetAt(indicator, reporting, figureFor(indicator.targets, reporting)) ?? reportingYearTarget(indicator, reporting);
}

const PLAIN_UNITS = new Set(["%", "percent", "percentage", "per cent", "number", "no", "no.", "count", "numbers", "£", "rate", "money", "total"]);

/** The unit in words where it says more than the figure does ("rate per 1,000 population", "tCO2/head"). */
export function unitNote(indicator: Indicator): string | null {
  const text = indicator.unitText?.trim();
  if (!text || PLAIN_UNITS.has(text.toLowerCase())) return null;
  return text;
}

/** The periods a paper shows of an indicator, in time order: actuals to the reporting period, targets to the end of its year. */
export function periodsShown(indicator: Indicator, reporting: Period | null): Period[] {
  const lastActual = reporting ? periodIndex(reporting) : Infinity;
  const lastTarget = reporting ? periodIndex({ kind: "year", year: reporting.year }) : Infinity;
  const seen = new Map<string, Period>();
  const add = (v: PeriodValue, limit: number) => {
    if (v.value === null || !Number.isFinite(v.value) || periodIndex(v.period) > limit) return;
    seen.set(formatPeriod(v.period), v.period);
  };
  for (const a of indicator.actuals) add(a, lastActual);
  for (const t of indicator.targets) add(t, lastTarget);
  // A year sorts as its fourth quarter; the quarter comes first, then the year it closes.
  return [...seen.values()].sort((a, b) => periodIndex(a) - periodIndex(b) || (a.kind === "year" ? 1 : 0) - (b.kind === "year" ? 1 : 0));
}
