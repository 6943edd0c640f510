import { duePeriod } from "../due";
import { Indicator, Period, PeriodValue } from "../model";
import { formatPeriod, periodIndex } from "../periods";
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

/** The target for the asked period, else for its year. */
export function askedTarget(indicator: Indicator, asked: Period): PeriodValue | null {
  const own = figureFor(indicator.targets, asked);
  if (own?.value !== null && own !== null) return own;
  const year = figureFor(indicator.targets, { kind: "year", year: asked.year });
  return year?.value !== null ? year : null;
}

/** A figure as the lead sees and types it: percentages as points, rounded to hide binary noise. */
export function shownFigure(value: number, indicator: Pick<Indicator, "unit">): number {
  const shown = indicator.unit === "percent" ? value * 100 : value;
  return Number(shown.toPrecision(12));
}

/** "Q1 2009/10: 6; 2008/09: 6.2" for the figures after the last one. */
export function figuresText(values: readonly PeriodValue[], indicator: Pick<Indicator, "unit">): string {
  return values.map((v) => `${formatPeriod(v.period)}: ${shownFigure(v.value as number, indicator)}`).join("; ");
}
