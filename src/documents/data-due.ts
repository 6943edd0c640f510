import { lookupIndicator } from "../catalogue";
import { awaitedFigure, reportingOf } from "../due";
import { Indicator, IndicatorRating, Period } from "../model";
import { formatPeriod, formatYear, periodEnd, samePeriod } from "../periods";
import { formatDate, joinAnd } from "./format";
import { indicatorName } from "./partnership-data";

// "Assurance where data is not available": which figure is awaited, what its cell says (tbc), and
// when it is due. Which figure is due as at the reporting period, and whether it is in, is the
// engine's rule (src/due.ts, docs/exceptions.md): the same figure the progress update's "no data"
// exception names. How often an indicator reports is its Frequency column, else what its figures
// show. Neither the book nor the catalogue (data/national-indicators.csv: ni, code, title,
// polarity, unit, typical_source, verification) gives release dates, so a figure is said to be due
// after the period it covers, with that period's end date, and the catalogue's source is named.

export interface Frequency {
  word: "quarterly" | "annual" | "monthly";
  /** Where it was learnt, to say so: the Frequency column, or the indicator's figures. */
  from: "book" | "figures";
}

export function frequencyOf(indicator: Indicator): Frequency {
  return indicator.frequency ? { word: indicator.frequency, from: "book" } : { word: reportingOf(indicator), from: "figures" };
}

/** The catalogue's source of a National Indicator's figures ("Place Survey (biennial)"), where it names one. */
export function sourceOf(indicator: Indicator): string | null {
  const source = lookupIndicator(indicator.ref)?.source.trim();
  return source ? source : null;
}

/** "Quarterly data from Place Survey", "Annual data (no Frequency in the scorecard: as its figures show)". */
export function howReported(indicator: Indicator): string {
  const frequency = frequencyOf(indicator);
  const source = sourceOf(indicator);
  const word = `${frequency.word.charAt(0).toUpperCase()}${frequency.word.slice(1)}`;
  return `${word} data${source ? ` from ${source}` : ""}${frequency.from === "figures" ? " (no Frequency in the scorecard: as its figures show)" : ""}`;
}

/** What the cell of a period's actual says when it holds no figure ("tbc"), if anything. */
export function typedFor(indicator: Indicator, period: Period): string | null {
  return indicator.actuals.find((a) => samePeriod(a.period, period) && a.typed)?.typed ?? null;
}

export interface Awaited {
  rating: IndicatorRating;
  /** The period whose figure is due and not in; null for an indicator with no data that owes none yet. */
  period: Period | null;
  /** What the cell for that period says ("tbc"), if anything. */
  typed: string | null;
  frequency: Frequency;
}

/** What an indicator is waiting for as at the reporting period, or null when it waits for nothing. */
export function awaitedFigures(rating: IndicatorRating, reporting: Period | null): Awaited | null {
  const frequency = frequencyOf(rating.indicator);
  const due = reporting ? awaitedFigure(rating.indicator, reporting) : null;
  if (due) {
    return { rating, period: due.period, typed: typedFor(rating.indicator, due.period), frequency };
  }
  return rating.status === "No data" ? { rating, period: null, typed: null, frequency } : null;
}

/**
 * "NI 56 ...: the 2008/09 figure is awaited (tbc in the scorecard). Annual data from NCMP, due
 * after the period it covers, which ended on 31 March 2009."
 */
export function awaitedSentence(awaited: Awaited, reporting: Period | null): string {
  const { rating, period, typed } = awaited;
  const name = indicatorName(rating);
  const how = howReported(rating.indicator);
  if (!period) return `${name}: no figure in the scorecard yet, and none is due${reporting ? ` as at ${formatPeriod(reporting)}` : ""}. ${how}.`;
  const meanwhile = rating.latest ? ` Rated meanwhile on ${formatPeriod(rating.latest.period)}.` : "";
  return `${name}: the ${formatPeriod(period)} figure is awaited${typed ? ` (${typed} in the scorecard)` : ""}.${meanwhile} ${how}, due after the period it covers, which ended on ${formatDate(periodEnd(period))}.`;
}

/** Annual indicators rated on an outturn of a year before the reporting period's: this year's is not due until the year ends. */
export function ratedOnEarlierYear(ratings: readonly IndicatorRating[], reporting: Period | null): IndicatorRating[] {
  if (!reporting) return [];
  return ratings.filter((r) => r.latest && r.latest.period.kind === "year" && r.latest.period.year < reporting.year && reportingOf(r.indicator) === "annual");
}

/** "NI 8, NI 11 and NI 6 are annual indicators rated on their 2008/09 outturn: the 2009/10 outturn is due after the year ends on 31 March 2010." */
export function earlierYearSentence(ratings: readonly IndicatorRating[], reporting: Period | null): string | null {
  const list = ratedOnEarlierYear(ratings, reporting);
  if (list.length === 0 || !reporting) return null;
  const years = [...new Set(list.map((r) => formatYear(r.latest!.period.year)))];
  const refs = joinAnd(list.map((r) => r.indicator.ref));
  const verb = list.length === 1 ? "is an annual indicator rated on its" : "are annual indicators rated on their";
  return `${refs} ${verb} ${joinAnd(years)} outturn: the ${formatYear(reporting.year)} outturn is due after the year ends on ${formatDate(periodEnd({ kind: "year", year: reporting.year }))}.`;
}
