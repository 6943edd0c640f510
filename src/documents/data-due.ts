import { lookupIndicator } from "../catalogue";
import { Indicator, IndicatorRating, Period, PeriodValue } from "../model";
import { formatPeriod, formatYear, periodEnd, periodIndex } from "../periods";
import { formatDate, joinAnd } from "./format";
import { indicatorName } from "./partnership-data";

// "Assurance where data is not available": which figures are awaited, and when they are due. The
// book's Frequency column says how often an indicator reports; without it, the catalogue's source
// ("Place Survey (biennial)", "Active People Survey (annual ...)"); without either, the columns the
// book keeps for it (a quarter column: quarterly). Neither the book nor the catalogue gives release
// dates, so a figure is said to be due once its period has ended, which is all that is known.

export interface Frequency {
  word: "quarterly" | "annual" | "biennial" | "monthly";
  /** Where it was learnt, to say so. */
  from: "book" | "catalogue" | "columns";
}

export function frequencyOf(indicator: Indicator): Frequency {
  if (indicator.frequency) return { word: indicator.frequency, from: "book" };
  const source = lookupIndicator(indicator.ref)?.source.toLowerCase() ?? "";
  for (const word of ["biennial", "quarterly", "monthly", "annual"] as const) if (source.includes(word)) return { word, from: "catalogue" };
  return { word: indicator.actuals.some((a) => a.period.kind === "quarter") ? "quarterly" : "annual", from: "columns" };
}

/** The catalogue's source of a National Indicator's figures, where it names one. */
export function sourceOf(indicator: Indicator): string | null {
  const source = lookupIndicator(indicator.ref)?.source.trim();
  return source ? source : null;
}

export interface Awaited {
  rating: IndicatorRating;
  /** The figures of the book's columns, up to the reporting period and newer than the latest figure, that have none. */
  missing: PeriodValue[];
  frequency: Frequency;
}

/**
 * The figures an indicator is waiting for: cells of its own frequency (quarters for a quarterly
 * indicator, years for an annual one) up to the reporting period, after its latest figure, that
 * are blank or say tbc. Null when nothing is awaited.
 */
export function awaitedFigures(rating: IndicatorRating, reporting: Period | null): Awaited | null {
  const frequency = frequencyOf(rating.indicator);
  const kind = frequency.word === "quarterly" || frequency.word === "monthly" ? "quarter" : "year";
  const upTo = reporting ? periodIndex(reporting) : Infinity;
  const after = rating.latest ? periodIndex(rating.latest.period) : -Infinity;
  const missing = rating.indicator.actuals.filter((a) => a.value === null && a.period.kind === kind && periodIndex(a.period) <= upTo && periodIndex(a.period) > after);
  if (missing.length === 0 && rating.status !== "No data") return null;
  return { rating, missing, frequency };
}

/**
 * "NI 56 ...: the 2008/09 figure is awaited (tbc in the scorecard). Annual data from NCMP, due after the
 * period it covers, which ended on 31 March 2009."
 */
export function awaitedSentence(awaited: Awaited, reporting: Period | null): string {
  const { rating, missing, frequency } = awaited;
  const name = indicatorName(rating);
  const source = sourceOf(rating.indicator);
  const how = `${frequency.word.charAt(0).toUpperCase()}${frequency.word.slice(1)} data${source ? ` from ${source}` : ""}${frequency.from === "columns" ? " (as the scorecard's columns show)" : ""}`;
  if (missing.length === 0) return `${name}: no figure in the scorecard yet. ${how}.`;
  const periods = joinAnd(missing.map((m) => formatPeriod(m.period)));
  const said = missing.filter((m) => m.typed).map((m) => (missing.length === 1 ? `${m.typed} in the scorecard` : `${formatPeriod(m.period)}: ${m.typed} in the scorecard`));
  const figures = `the ${periods} figure${missing.length === 1 ? " is" : "s are"} awaited${said.length ? ` (${said.join("; ")})` : ""}`;
  const meanwhile = rating.latest ? ` Rated meanwhile on ${formatPeriod(rating.latest.period)}.` : "";
  const last = missing[missing.length - 1].period;
  const ended = !reporting || periodIndex(last) <= periodIndex(reporting) ? "ended" : "ends";
  return `${name}: ${figures}.${meanwhile} ${how}, due after the period it covers, which ${ended} on ${formatDate(periodEnd(last))}.`;
}

/** Annual indicators rated on an outturn of a year before the reporting period's: this year's is not due until the year ends. */
export function ratedOnEarlierYear(ratings: readonly IndicatorRating[], reporting: Period | null): IndicatorRating[] {
  if (!reporting) return [];
  return ratings.filter((r) => r.latest && r.latest.period.kind === "year" && r.latest.period.year < reporting.year && frequencyOf(r.indicator).word !== "quarterly");
}

/** "NI 8, NI 11 and NI 6 are rated on their 2008/09 outturn: the 2009/10 outturn is due after the year ends on 31 March 2010." */
export function earlierYearSentence(ratings: readonly IndicatorRating[], reporting: Period | null): string | null {
  const list = ratedOnEarlierYear(ratings, reporting);
  if (list.length === 0 || !reporting) return null;
  const years = [...new Set(list.map((r) => formatYear(r.latest!.period.year)))];
  const refs = joinAnd(list.map((r) => r.indicator.ref));
  const verb = list.length === 1 ? "is an annual indicator rated on its" : "are annual indicators rated on their";
  return `${refs} ${verb} ${joinAnd(years)} outturn: the ${formatYear(reporting.year)} outturn is due after the year ends on ${formatDate(periodEnd({ kind: "year", year: reporting.year }))}.`;
}
