import { Indicator, Period, PeriodValue } from "./model";
import { periodIndex } from "./periods";
import { figureFor } from "./status";

// Which figure of an indicator is due as at a period, and whether it is in (docs/exceptions.md,
// "When a figure is due"). A figure is due when the indicator reports at that point of the year and
// is being measured then: it has a target in that financial year, or a figure from before.

export type Reporting = "quarterly" | "annual";

// What a cell says when its period does not apply to the indicator; any other word ("tbc") says a figure is expected.
const NOT_APPLICABLE = new Set(["n/a", "na", "n.a.", "-", "–", "—", "none"]);

/** Whether a cell's words say its period does not apply ("n/a"), rather than that a figure is expected ("tbc"). */
export function saysNotApplicable(typed: string): boolean {
  return NOT_APPLICABLE.has(typed.trim().toLowerCase());
}

/** A figure for a quarter, or a quarter's actual typed as expected ("tbc"): either says the indicator reports by quarter. */
function quarterEntry(v: PeriodValue): boolean {
  return v.period.kind === "quarter" && (v.value !== null || (v.typed !== undefined && !saysNotApplicable(v.typed)));
}

/**
 * How often the indicator reports: its Frequency (monthly figures are kept by quarter), else
 * quarterly when any quarter's target or actual holds a number or an actual is typed as awaited
 * ("tbc" in Q2), else annual.
 */
export function reportingOf(indicator: Indicator): Reporting {
  if (indicator.frequency) return indicator.frequency === "annual" ? "annual" : "quarterly";
  return indicator.actuals.some(quarterEntry) || indicator.targets.some((t) => t.period.kind === "quarter" && t.value !== null) ? "quarterly" : "annual";
}

/**
 * The period whose figure is due as at `at`: a quarterly indicator's own quarter (as at a year,
 * the year, which its Q4 figure also answers); an annual indicator's latest year ended by then (a
 * year ends with its Q4, so as at Q1 to Q3 it is last year's outturn that is due).
 */
export function duePeriod(indicator: Indicator, at: Period): Period {
  if (reportingOf(indicator) === "quarterly") return at;
  if (at.kind === "year" || at.quarter === 4) return { kind: "year", year: at.year };
  return { kind: "year", year: at.year - 1 };
}

export interface DueFigure {
  /** The period whose figure is due. */
  period: Period;
  /** The actual for it (a year and its Q4 answer for each other), or null while it is awaited. */
  actual: PeriodValue | null;
}

/** Being measured in the due period: a target in its financial year, or an actual from before it. */
function measured(indicator: Indicator, due: Period): boolean {
  const at = periodIndex(due);
  return indicator.targets.some((t) => t.value !== null && t.period.year === due.year)
    || indicator.actuals.some((a) => a.value !== null && periodIndex(a.period) < at);
}

/** The figure due as at the period, with its actual if it is in; null when no figure is due then. */
export function dueFigure(indicator: Indicator, at: Period): DueFigure | null {
  const period = duePeriod(indicator, at);
  if (!measured(indicator, period)) return null;
  return { period, actual: figureFor(indicator.actuals, period) };
}

/** The due figure when it is awaited (due and not in), else null. */
export function awaitedFigure(indicator: Indicator, at: Period): DueFigure | null {
  const due = dueFigure(indicator, at);
  return due && due.actual === null ? due : null;
}
