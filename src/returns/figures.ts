import { duePeriod } from "../due";
import { excelNumberFormat, figureFormat, formatFigure } from "../format";
import { Indicator, Period, PeriodValue } from "../model";
import { formatPeriod, periodIndex } from "../periods";
import { profileWords, targetAt } from "../profile";
import { figureFor } from "../status";

// The figures a return shows beside each indicator, and the scale a lead types them on. A percentage
// is typed as points (45 for 45%), the way people write it; the book keeps it as a fraction (0.45).

/** The period whose figure the lead is asked for: the indicator's due period as at the one collected (src/due.ts). */
export function askedPeriod(indicator: Indicator, collected: Period): Period {
  return duePeriod(indicator, collected);
}

/** The actuals before the asked period that hold a figure, latest first. */
export function earlierActuals(indicator: Indicator, asked: Period): PeriodValue[] {
  const at = periodIndex(asked);
  return indicator.actuals
    .filter((a) => a.value !== null && periodIndex(a.period) < at)
    .sort((a, b) => periodIndex(b.period) - periodIndex(a.period) || (a.period.kind === "year" ? -1 : 1));
}

/**
 * The target for the asked period; a cumulative count's quarter without its own target is held to
 * the profile of the year's (src/profile.ts), as the status is; otherwise the year's target.
 */
export function askedTarget(indicator: Indicator, asked: Period): PeriodValue | null {
  const own = figureFor(indicator.targets, asked);
  const at = targetAt(indicator, asked, own?.value !== null && own !== null ? own : null);
  if (at) return at;
  const year = figureFor(indicator.targets, { kind: "year", year: asked.year });
  return year?.value !== null ? year : null;
}

/** The figure the scorecard already holds for the asked period, if any. */
export function heldFigure(indicator: Indicator, asked: Period): number | null {
  return figureFor(indicator.actuals, asked)?.value ?? null;
}

/** "Q2 2009/10", or for a cumulative count "Q2 2009/10, the year to date (target: half of the 2009/10 target of 1000)". */
export function askedWords(indicator: Indicator, asked: Period, target: PeriodValue | null): string {
  const period = formatPeriod(asked);
  if (!indicator.cumulative || asked.kind !== "quarter") return period;
  const profile = profileWords(target, (v) => String(v === null ? "" : contextFigure(v, indicator)));
  return `${period}, the year to date${profile ? ` (target: ${profile})` : ""}`;
}

/** A figure as the lead sees and types it: percentages as points, rounded to hide binary noise. */
export function shownFigure(value: number, indicator: Pick<Indicator, "unit">): number {
  const shown = indicator.unit === "percent" ? value * 100 : value;
  return Number(shown.toPrecision(12));
}

/**
 * A figure shown for comparison in a return (the last, the earlier ones, the target) on the lead's
 * scale, to the decimals the papers print the indicator's figures with: a formula's 42.5257731959 in
 * a 0.0% cell is 42.5. The figure to check, filled in, stays exact (shownFigure), so sent back unchanged it is "already in".
 */
export function contextFigure(value: number, indicator: Indicator): number {
  return Number(shownFigure(value, indicator).toFixed(figureFormat(indicator).decimals));
}

/**
 * The number format of an indicator's figures in a return, so a formula's figure filled in shows as
 * the scorecard shows it (42.5, not 42.525773196): the papers' format, a percentage on the lead's
 * scale of points ("0.0", not "0.0%"). None for money, which keeps its pennies when it has any.
 */
export function returnNumberFormat(indicator: Indicator): string | undefined {
  const format = figureFormat(indicator);
  if (format.unit === "money") return undefined;
  return excelNumberFormat(format).replace(/%$/, "");
}

/**
 * A figure in words, as the papers print the indicator's figures (src/format.ts): 42.5% for a
 * formula's 42.5257731959 in a 0.0% cell. The pane prints a figure it did not take this way; the
 * merge's report sets a return's figure beside the book's with figureFormatBeside.
 */
export function figureText(value: number, indicator: Indicator): string {
  return formatFigure(value, figureFormat(indicator));
}

/** "Q1 2009/10: 6; 2008/09: 6.2" for the figures after the last one. */
export function figuresText(values: readonly PeriodValue[], indicator: Indicator): string {
  return values.map((v) => `${formatPeriod(v.period)}: ${contextFigure(v.value as number, indicator)}`).join("; ");
}
