import { IndicatorRating, PeriodValue } from "../model";
import { formatPeriod, periodIndex } from "../periods";
import { comparedPeriod, directionOfTravel, figureFor } from "../status";
import { currentRun, likeForLike } from "../trend";
import { FigureFormat, figureFormat, formatFigure } from "../format";
import { indicatorName } from "./partnership-data";

// "Underlying trends": one sentence per indicator with two or more actuals. It compares like with
// like, as the Direction of travel column does (the engine's like-for-like series, src/trend.ts:
// last quarter for a quarter, last year for a year), so the two always agree; counts the steps, not
// the figures, that went the same way; then, for a quarter, compares it with the same quarter of
// the year before where there is one (the fair test of a cumulative count or a seasonal figure).

const numeric = (v: PeriodValue | null): v is PeriodValue & { value: number } => v !== null && v.value !== null && Number.isFinite(v.value);

function at(v: PeriodValue & { value: number }, format: FigureFormat): string {
  return `${formatFigure(v.value, format)} in ${formatPeriod(v.period)}`;
}

/** "quarters", "years" (a cumulative count's Q2 year on year too), or "periods" for a run from last year's outturn into this year's quarters. */
export function stepsOf(figures: readonly PeriodValue[]): string {
  const yearApart = figures.length > 1 && periodIndex(figures[1].period) - periodIndex(figures[0].period) === 4;
  if (figures.every((f) => f.period.kind === "quarter")) return yearApart ? "years" : "quarters";
  return figures.every((f) => f.period.kind === "year") ? "years" : "periods";
}

/** The latest step, in the words of the Direction of travel column, and the run it ends. */
function latestStep(rating: IndicatorRating, format: FigureFormat): string | null {
  const { latest, previous, direction, indicator } = rating;
  if (!numeric(latest) || !numeric(previous)) return null;
  if (direction === "No change") return `held at ${formatFigure(latest.value, format)} in ${formatPeriod(latest.period)}, the same as in ${formatPeriod(previous.period)}`;
  if (direction === "n/a") {
    // No polarity (already an error finding): the change is told, not judged.
    const way = latest.value > previous.value ? "rose" : latest.value < previous.value ? "fell" : "held";
    return `${way} from ${at(previous, format)} to ${at(latest, format)}`;
  }
  const verb = direction === "Improving" ? "improved" : "worsened";
  const run = currentRun(likeForLike(indicator, latest), indicator.polarity);
  const from = run.figures[0] as PeriodValue & { value: number };
  if (run.steps <= 1) return `${verb} from ${at(previous, format)} to ${at(latest, format)}`;
  return `${verb} in each of the last ${run.steps} ${stepsOf(run.figures)}, from ${at(from, format)} to ${at(latest, format)}`;
}

/** For a quarter: the same quarter of the year before, judged by polarity, where the book has it. */
function samePointLastYear(rating: IndicatorRating, format: FigureFormat): string | null {
  const { latest, indicator } = rating;
  // A cumulative count's direction of travel is already that comparison.
  if (!numeric(latest) || latest.period.kind !== "quarter" || indicator.cumulative) return null;
  const before = figureFor(indicator.actuals, { ...latest.period, year: latest.period.year - 1 });
  if (!numeric(before)) return null;
  const judged = directionOfTravel(latest.value, before.value, indicator.polarity);
  const word = judged === "Improving" ? "better than" : judged === "Worsening" ? "worse than" : judged === "No change" ? "the same as" : latest.value > before.value ? "higher than" : "lower than";
  return `${word} at the same point last year (${at(before, format)})`;
}

export function trendSentence(rating: IndicatorRating): string | null {
  const { indicator, latest } = rating;
  if (!numeric(latest)) return null;
  const upTo = periodIndex(latest.period);
  if (indicator.actuals.filter((a) => numeric(a) && periodIndex(a.period) <= upTo).length < 2) return null;
  const format = figureFormat(indicator);
  const name = indicatorName(rating);
  const step = latestStep(rating, format);
  const lastYear = samePointLastYear(rating, format);
  if (step && lastYear) return `${name} ${step}; it is ${lastYear}.`;
  // A cumulative count's quarters are compared year on year: say what each figure is.
  if (step) return `${name} ${step}${indicator.cumulative && latest.period.kind === "quarter" ? ", each the year so far" : ""}.`;
  if (lastYear) return `${name} was ${formatFigure(latest.value, format)} in ${formatPeriod(latest.period)}, ${lastYear}; there is no figure for ${formatPeriod(comparedPeriod(latest.period, indicator.cumulative))} to compare it with.`;
  return `${name} was ${formatFigure(latest.value, format)} in ${formatPeriod(latest.period)}; there is no figure for ${formatPeriod(comparedPeriod(latest.period, indicator.cumulative))} to compare it with, so no direction of travel is given.`;
}

export function trendSentences(ratings: readonly IndicatorRating[]): string[] {
  return ratings.map(trendSentence).filter((s): s is string => s !== null);
}
