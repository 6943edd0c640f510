import { Direction, Indicator, PeriodValue } from "./model";
import { directionOfTravel, previousActual } from "./status";

// Trends that compare like with like: each figure with the previous period of the same frequency
// (status rule 5), so a trend never contradicts the Direction of travel column. The documents'
// trend sentences and the exceptions' "worsening two periods running" both read them from here.

/**
 * The latest actual and the actuals before it, each the previous period of the same frequency
 * (a quarter's previous quarter, a year's previous year, a year and its Q4 standing for each
 * other), oldest first, as far back as the chain is unbroken, and at most `limit` figures.
 */
export function likeForLike(indicator: Indicator, latest: PeriodValue, limit = Infinity): PeriodValue[] {
  const series = [latest];
  // Every step goes back at least one quarter, so the chain ends; the actuals' count caps it anyway.
  while (series.length < limit && series.length < indicator.actuals.length) {
    const before = previousActual(indicator.actuals, series[0].period, indicator.cumulative);
    if (!before) break;
    series.unshift(before);
  }
  return series;
}

export interface Run {
  /** How the last step went, as the Direction of travel column says it. */
  direction: Direction;
  /** How many steps in a row, ending with the latest, went that way (0 with fewer than two figures). */
  steps: number;
  /** The figures of those steps, oldest first: steps + 1 of them (just the latest when steps is 0). */
  figures: PeriodValue[];
}

/** The run of same-direction steps that ends with the latest figure of a like-for-like series. */
export function currentRun(series: readonly PeriodValue[], polarity: Indicator["polarity"]): Run {
  const last = series.length - 1;
  const step = (i: number): Direction => directionOfTravel(series[i].value as number, series[i - 1].value, polarity);
  if (last < 1) return { direction: "n/a", steps: 0, figures: series.slice(-1) };
  const direction = step(last);
  let steps = 1;
  while (direction !== "n/a" && last - steps >= 1 && step(last - steps) === direction) steps++;
  return { direction, steps, figures: series.slice(last - steps) };
}
