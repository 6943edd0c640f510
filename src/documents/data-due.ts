import { lookupIndicator } from "../catalogue";
import { awaitedFigure, reportingOf } from "../due";
import { Indicator, IndicatorRating, Period } from "../model";
import { formatPeriod, formatYear, periodEnd, samePeriod } from "../periods";
import { isRated } from "../status";
import { formatDate } from "../format";
import { joinAnd } from "../words";
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
  /**
   * Where it was learnt, to say so: the Frequency column; the indicator's figures; only its cells
   * typed as awaited ("tbc" in the quarters); or nothing at all (no Frequency, no figure, no tbc),
   * when the word is the rules' default and the paper does not repeat it as a fact.
   */
  from: "book" | "figures" | "typed" | "nothing";
}

export function frequencyOf(indicator: Indicator): Frequency {
  if (indicator.frequency) return { word: indicator.frequency, from: "book" };
  const word = reportingOf(indicator);
  // Which entries decided it: a number of that kind of period, else a quarter typed as awaited, else none.
  const values = [...indicator.targets, ...indicator.actuals];
  if (values.some((v) => v.value !== null && (word === "annual" || v.period.kind === "quarter"))) return { word, from: "figures" };
  return { word, from: word === "quarterly" ? "typed" : "nothing" };
}

// Where the frequency was learnt, when not from the book: the author's prompt, never board text.
const LEARNT: Record<Exclude<Frequency["from"], "book">, string> = {
  figures: "How often it reports is taken from its figures: add a Frequency column to the scorecard to say so.",
  typed: "How often it reports is taken from its quarters marked as awaited: add a Frequency column to the scorecard to say so.",
  nothing: "How often it reports is not recorded: add a Frequency column to the scorecard (Annual or Quarterly).",
};

/** The catalogue's source of a National Indicator's figures ("Place Survey (biennial)"), where it names one. */
export function sourceOf(indicator: Indicator): string | null {
  const source = lookupIndicator(indicator.ref)?.source.trim();
  return source ? source : null;
}

/** "Quarterly data from Place Survey", "Annual data". */
export function howReported(indicator: Indicator): string {
  const frequency = frequencyOf(indicator);
  const source = sourceOf(indicator);
  const word = `${frequency.word.charAt(0).toUpperCase()}${frequency.word.slice(1)}`;
  return `${word} data${source ? ` from ${source}` : ""}`;
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
  const { rating, period, typed, frequency } = awaited;
  const name = indicatorName(rating);
  if (frequency.from === "nothing") {
    // Nothing says how often it reports, so nothing can say when a figure is due; how to say it is
    // the author's prompt (awaitedPrompt), never board text.
    const source = sourceOf(rating.indicator);
    const from = source ? ` Its data comes from ${source}.` : "";
    return `${name}: no figure in the scorecard yet, and when data is due is not known.${from}`;
  }
  const how = howReported(rating.indicator);
  if (!period) return `${name}: no figure in the scorecard yet, and none is due${reporting ? ` as at ${formatPeriod(reporting)}` : ""}. ${how}.`;
  const meanwhile = !rating.latest ? ""
    : isRated(rating.status) ? ` Rated meanwhile on ${formatPeriod(rating.latest.period)}.`
      : ` Its latest figure, for ${formatPeriod(rating.latest.period)}, has ${unratedWhy(rating)}.`;
  return `${name}: the ${formatPeriod(period)} figure is awaited${typed ? ` (${typed} in the scorecard)` : ""}.${meanwhile} ${how}, due after the period it covers, which ended on ${formatDate(periodEnd(period))}.`;
}

/** What the author is asked to do before the paper can say when a figure is due, if anything. */
export function awaitedPrompt(awaited: Awaited): string | null {
  return awaited.frequency.from === "book" ? null : LEARNT[awaited.frequency.from];
}

/**
 * Why an indicator with a figure is not rated (status No target): "no target to rate it against",
 * or, with a target but no polarity (an error finding), "no polarity to rate it by".
 */
export function unratedWhy(rating: IndicatorRating): string {
  return rating.target ? "no polarity to rate it by" : "no target to rate it against";
}

/** Annual indicators whose latest figure is the outturn of a year before the reporting period's: this year's is not due until the year ends. */
function onEarlierYear(ratings: readonly IndicatorRating[], reporting: Period | null): IndicatorRating[] {
  if (!reporting) return [];
  return ratings.filter((r) => r.latest && r.latest.period.kind === "year" && r.latest.period.year < reporting.year && reportingOf(r.indicator) === "annual");
}

/** Those of them rated on that outturn: never one that is not rated (No target), whatever figure it has. */
export function ratedOnEarlierYear(ratings: readonly IndicatorRating[], reporting: Period | null): IndicatorRating[] {
  return onEarlierYear(ratings, reporting).filter((r) => isRated(r.status));
}

const yearsOf = (list: readonly IndicatorRating[]) => joinAnd([...new Set(list.map((r) => formatYear(r.latest!.period.year)))]);

/**
 * "NI 8, NI 11 and NI 6 are annual indicators rated on their 2008/09 outturn: the 2009/10 outturn is
 * due after the year ends on 31 March 2010." One with an outturn but no target is said to be so, never
 * "rated on" it: "NI 17 is an annual indicator with a 2008/09 outturn but no target to rate it
 * against: ...". An indicator whose reporting-year outturn is already due and awaited (as at Q4 or the
 * year) is left out: its awaited figure says so, once.
 */
export function earlierYearSentence(ratings: readonly IndicatorRating[], reporting: Period | null): string | null {
  const list = onEarlierYear(ratings, reporting).filter((r) => awaitedFigures(r, reporting)?.period?.year !== reporting?.year);
  if (list.length === 0 || !reporting) return null;
  const rated = list.filter((r) => isRated(r.status));
  const unrated = list.filter((r) => !isRated(r.status));
  const clauses: string[] = [];
  if (rated.length > 0) {
    const verb = rated.length === 1 ? "is an annual indicator rated on its" : "are annual indicators rated on their";
    clauses.push(`${joinAnd(rated.map((r) => r.indicator.ref))} ${verb} ${yearsOf(rated)} outturn`);
  }
  for (const r of unrated) {
    const what = clauses.length === 0 ? "is an annual indicator with" : "has";
    clauses.push(`${r.indicator.ref} ${what} a ${formatYear(r.latest!.period.year)} outturn but ${unratedWhy(r)}`);
  }
  const end = formatDate(periodEnd({ kind: "year", year: reporting.year }));
  return `${clauses.join("; ")}: the ${formatYear(reporting.year)} outturn is due after the year ends on ${end}.`;
}
