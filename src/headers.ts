import { findDateInText, formatShortDate, isDateFormat, quarterEndingOn } from "./dates";
import { CellValue, cellText, dateFromSerial } from "./grid";
import { OWN_COLUMNS, OwnColumn, Period } from "./model";
import { samePeriod } from "./periods";
import { namesMonths, PeriodProblem, readHeaderPeriod, readPeriodText } from "./read/period-words";

// What each scorecard column holds, read from its header (workbook spec, "The scorecard sheet").
// Headers are compared case-insensitively, ignoring punctuation and repeated spaces; a £ or %
// is kept, because "PRG (£)" is a sum of money while "PRG" is a yes/no.

export type FieldRole =
  | "ref"
  | "indicator"
  | "partnership"
  | "priority"
  | "leadOfficer"
  | "polarity"
  | "unit"
  | "frequency"
  | "baseline"
  | "tolerance"
  | "rewardTarget"
  | "rewardValue";

/** The figures a period column holds. A stretch target is shown beside the target, never rated as it. */
export type Series = "target" | "actual" | "stretch";

/** Why a column whose header the reader knows is deliberately not read: said in the column map. */
export type IgnoredReason = "commentary" | "notes" | "status" | "forecast" | "source" | "comparison" | "reward detail" | "label" | "row number";

/** "No", "#", "Rank": numbers that count or order the rows, not figures of an indicator. */
const ROW_NUMBER = new Set(["no", "number", "row", "row no", "line", "line no", "seq", "sequence", "order", "rank", "ranking"]);

export type HeaderMeaning =
  | { kind: "field"; role: FieldRole }
  /** Figures for a period; `yearToDate`: the year to date at that quarter ("Actual YTD Q2 2009/10", "Half year 2009/10"). */
  | { kind: Series; period: Period; yearToDate?: boolean }
  /** Says Target or Actual, or names a period, but no period we can date: the column is not read, with a warning. */
  | { kind: "unreadable-period"; series: Series; problem?: PeriodProblem }
  /** A date that is not the last day of a quarter (30/09 is; 15/10 is not): ignored, with a warning. */
  | { kind: "date-not-quarter-end"; series: Series; date: string }
  | { kind: "own"; column: OwnColumn }
  /** Words the reader knows, for a column it does not read: commentary, a RAG column, a forecast ... */
  | { kind: "ignored"; reason: IgnoredReason }
  /** No word the reader knows. */
  | { kind: "other" };

/** Accepted headers per field, as a person would write them; the first is the one we suggest. */
export const FIELD_HEADERS: Record<FieldRole, readonly string[]> = {
  ref: ["Ref", "NI", "NI ref", "NI no", "NI number", "Indicator ref", "Indicator reference", "Indicator no",
    "Indicator number", "Indicator code", "Reference", "Ref no", "Code", "ID", "PI", "PI ref", "LAA ref", "LAA no",
    "NI code", "NI / Local ref", "NI or local ref"],
  indicator: ["Indicator", "Title", "Description", "Indicator name", "Indicator title", "Indicator description",
    "National indicator", "Performance indicator", "Measure description", "LAA indicator", "Performance measure",
    "PI description"],
  partnership: ["Thematic partnership", "Partnership", "Theme", "Lead partnership", "Block", "Thematic block",
    "Thematic group", "Thematic partnership block", "Thematic board", "Partnership board", "Delivery partnership"],
  priority: ["Priority", "Outcome", "LAA priority", "Priority outcome"],
  leadOfficer: ["Lead officer", "Lead", "Responsible officer", "Accountable officer", "Lead contact", "Officer"],
  polarity: ["Polarity", "Good is", "Better is", "Direction of improvement", "Good performance is", "Direction",
    "Desired direction", "Is high good", "High is good", "Higher is better", "Is higher better"],
  unit: ["Unit", "Measure", "Units", "Unit of measure"],
  frequency: ["Frequency", "Reporting frequency"],
  baseline: ["Baseline"],
  tolerance: ["Tolerance", "Amber tolerance", "Tolerance %", "Amber tolerance %"],
  rewardTarget: ["Reward", "Reward target", "PRG", "PRG target", "Reward element"],
  rewardValue: ["Reward value", "PRG value", "PRG £", "Reward £", "PRG amount", "Reward grant", "PRG available"],
};

/** Ref headers that mean "the NI number", so a bare 151 in them is NI 151. */
const NI_ONLY = new Set(["ni", "ni ref", "ni no", "ni number"]);

const NOT_KEY_CHARS = /[^a-z0-9£%↑↓]+/g;
/** "Lead officer(s)" is "Lead officer". */
const PLURAL_S = /\(s\)/g;
const PERIOD_TOKEN = /^(?:fy|q\d{0,2}|quarter|qtr|year|yr|y[1-9]?|\d{1,4}|h[12]|ytd|half|mid|months?|to|date|six|nine|first|second|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)$/;
/** Besides the quarter: months, the year to date, a half: a header of period words alone names a period. */
const NAMES_PART = /(?:^| )(?:ytd|h[12]|half|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)(?: |$)/;
/** A quarter is named ("Q2", "Quarter 3", "Q5"): a header of period words alone then holds figures. */
const NAMES_QUARTER = /(?:^| )(?:q\d{0,2}|quarter|qtr)(?: |$)/;
const STRETCH_WORDS = new Set(["stretch", "stretched"]);
const TARGET_WORDS = new Set(["target", "targets", "tgt", "trajectory", "aim", "goal"]);
const ACTUAL_WORDS = new Set(["actual", "actuals", "outturn", "outturns", "achieved", "achievement", "result", "results", "performance",
  "attained", "delivered"]);
const DIGIT = /\d/;
const BASELINE_FIGURE = new Set(["value", "figure", "data", "position", "performance"]);
const REWARD_WORDS = new Set(["reward", "prg"]);
// "Target met?", "On target", "Comments on 2009/10 actual": about the figures, not figures.
const NOT_FIGURES = new Map<string, IgnoredReason>([
  ...["met", "on", "rag", "status", "rating"].map((w) => [w, "status"] as const),
  ...["comment", "comments", "commentary", "narrative", "explanation", "remarks", "remedial", "action", "actions"].map((w) => [w, "commentary"] as const),
  ...["notes", "note"].map((w) => [w, "notes"] as const),
  ...["source", "sources"].map((w) => [w, "source"] as const),
  // "Actual vs target", "Variance 2009/10": worked out from the figures, not figures of their own.
  ...["vs", "versus", "against", "variance", "difference", "gap"].map((w) => [w, "comparison"] as const),
]);
// "Forecast outturn 2009/10", "Projected Q4 2009/10": figures, but nobody's actual; rated as one they
// would show a Green the year has not earned, so such a column is never read as actuals or targets.
const FORECAST_WORDS = new Set(["forecast", "forecasts", "forecasted", "projected", "projection", "projections",
  "predicted", "prediction", "estimate", "estimated", "expected", "anticipated"]);
// Words that say which of two columns for one thing counts (docs/workbook.md, "Two columns for one
// thing"): a later figure replaces an earlier one, and a plain header stands between them.
const LATER_WORDS = new Set(["revised", "final", "latest", "updated", "amended", "current", "confirmed"]);
const EARLIER_WORDS = new Set(["original", "provisional", "prov", "draft", "previous", "initial", "old"]);
// Words that may stand beside a date in a period header: "As at 30/09/2008", "Actual to 31/12/2008",
// "30/09/2008 (revised)". Not "updated": "Updated 30/09/2008" says when a sheet was last changed.
const DATE_HEADER_WORDS = new Set([...TARGET_WORDS, ...ACTUAL_WORDS, ...STRETCH_WORDS, ...LATER_WORDS, ...EARLIER_WORDS, "as", "at", "to",
  "end", "ending", "position", "period", "figure", "figures", "data", "performance", "ytd", "year", "date"]);
DATE_HEADER_WORDS.delete("updated");

/** Which of two columns for one thing counts: 2 says it replaces (Revised, Final, Latest), 0 that it was replaced (Original, Provisional, Draft), 1 neither. */
export type HeaderRank = 0 | 1 | 2;

export function headerRank(text: string): HeaderRank {
  const words = headerKey(text).split(" ");
  const later = words.some((w) => LATER_WORDS.has(w));
  const earlier = words.some((w) => EARLIER_WORDS.has(w));
  return later === earlier ? 1 : later ? 2 : 0;
}

/** The key without the words of rank: "Revised baseline" is the Baseline column. */
function withoutRankWords(key: string): string {
  return key.split(" ").filter((w) => !LATER_WORDS.has(w) && !EARLIER_WORDS.has(w)).join(" ");
}

/** A header as compared: lower case, punctuation as spaces, spaces collapsed: "PRG (£)" -> "prg £". */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(PLURAL_S, "").replace(NOT_KEY_CHARS, " ").trim();
}

/**
 * The one header matcher of every sheet (the scorecard's fields, Partnerships, Settings, Commentary
 * and the meeting sheets): what a header names, among names each given as the headers it goes by,
 * compared as headerKey compares them. A header listed under two names is the first's.
 */
export function headerMatcher<K extends string>(names: Readonly<Record<K, readonly string[]>>): (text: string) => K | undefined {
  const byKey = new Map<string, K>();
  for (const name of Object.keys(names) as K[]) for (const h of names[name]) if (!byKey.has(headerKey(h))) byKey.set(headerKey(h), name);
  return (text) => byKey.get(headerKey(text));
}

const fieldNamed = headerMatcher(FIELD_HEADERS);
const OWN_BY_KEY = new Map<string, OwnColumn>(OWN_COLUMNS.map((c) => [headerKey(c), c]));

/** Whether a Ref header means the NI number (a bare 151 below it is NI 151). */
export function isNiOnlyRefHeader(text: string): boolean {
  return NI_ONLY.has(headerKey(text));
}

/**
 * The first steps of classifyHeader: a row number, our own column or a field by its name, or nothing;
 * else the header's key without its words of rank, for the rest of classifyHeader to read.
 */
function headerName(text: string): HeaderMeaning | string {
  const key = headerKey(text);
  if (ROW_NUMBER.has(key) || text.trim() === "#") return { kind: "ignored", reason: "row number" };
  if (!key) return { kind: "other" };
  // Our own columns by their exact header: "Previous status" is the user's column, never our Status.
  const own = OWN_BY_KEY.get(key);
  if (own) return { kind: "own", column: own };
  const plain = withoutRankWords(key);
  if (!plain) return { kind: "other" };
  const field = fieldNamed(plain) ?? fieldNamed(plain.replace("%", "").trim());
  if (field) return { kind: "field", role: field };
  return plain;
}

/**
 * The field a header names by its name (Ref, Indicator, Thematic partnership ...), as classifyHeader
 * reads it, without reading periods and dates: what looking for a header row needs of every cell
 * at the top of every sheet (a Commentary sheet's paragraphs among them).
 */
export function headerField(text: string): FieldRole | undefined {
  const named = headerName(text);
  return typeof named !== "string" && named.kind === "field" ? named.role : undefined;
}

/** What a header cell says its column holds. `agreementStart` gives "Year 1" its year. */
export function classifyHeader(text: string, agreementStart: number, reporting: Period | null = null): HeaderMeaning {
  const named = headerName(text);
  if (typeof named !== "string") return named;
  const plain = named;

  const words = plain.split(" ");
  for (const w of words) {
    const reason = NOT_FIGURES.get(w);
    if (reason) return { kind: "ignored", reason };
  }
  if (words.some((w) => FORECAST_WORDS.has(w))) return { kind: "ignored", reason: "forecast" };
  if (words.some((w) => REWARD_WORDS.has(w))) return { kind: "ignored", reason: "reward detail" };
  if (words[0] === "baseline") {
    // "Baseline (2007/08)" or "Baseline value" holds the figure; "Baseline year" does not.
    const figure = words.length === 1 || DIGIT.test(plain) || BASELINE_FIGURE.has(words[1]);
    return figure ? { kind: "field", role: "baseline" } : { kind: "ignored", reason: "label" };
  }

  const series: Series | null = words.some((w) => STRETCH_WORDS.has(w))
    ? "stretch"
    : words.some((w) => TARGET_WORDS.has(w))
      ? "target"
      : words.some((w) => ACTUAL_WORDS.has(w)) || plain.includes("out turn")
        ? "actual"
        : null;
  const dated = namesMonths(text) ? null : findDateInText(text);
  if (dated) return dateHeader(text, dated, series, agreementStart);
  const read = readHeaderPeriod(text, agreementStart, reporting);
  const read1 = read && "period" in read ? read : null;
  const problem = read && "problem" in read ? read.problem : undefined;
  if (series) {
    if (read1) return read1.yearToDate ? { kind: series, period: read1.period, yearToDate: true } : { kind: series, period: read1.period };
    return problem ? { kind: "unreadable-period", series, problem } : { kind: "unreadable-period", series };
  }
  // A header that is nothing but a period ("Q1 2009/10", "2008/09", "Apr-Jun 09") holds actuals.
  if (words.every((w) => PERIOD_TOKEN.test(w))) {
    if (read1) return read1.yearToDate ? { kind: "actual", period: read1.period, yearToDate: true } : { kind: "actual", period: read1.period };
    // "Q2" or "Apr-Jun" under a year written in no row above, "Q5 2009/10", a bare 2009: actuals we cannot date, so say so.
    if (NAMES_QUARTER.test(plain) || NAMES_PART.test(plain) || DIGIT.test(plain)) {
      return problem ? { kind: "unreadable-period", series: "actual", problem } : { kind: "unreadable-period", series: "actual" };
    }
  }
  return { kind: "other" };
}

/**
 * A header that holds a date names the quarter that ends on it (30/06, 30/09, 31/12, 31/03): its
 * actuals, or its targets when it says so. Any other date is flagged. A header with other words
 * beside the date ("Last updated 12/10/2009") is not a period column at all.
 */
function dateHeader(text: string, dated: { date: Date; written: string }, series: Series | null, agreementStart: number): HeaderMeaning {
  const rest = text.replace(dated.written, " ");
  const others = headerKey(rest).split(" ").filter((w) => w && !DATE_HEADER_WORDS.has(w) && !PERIOD_TOKEN.test(w));
  if (others.length > 0) return { kind: "other" };
  const kind = series ?? "actual";
  const quarter = quarterEndingOn(dated.date);
  if (!quarter) return { kind: "date-not-quarter-end", series: kind, date: formatShortDate(dated.date) };
  // "Q2 2009/10 (30/09/2009)" agrees with itself; "Q3 2009/10 (30/09/2009)" cannot be dated.
  const named = readPeriodText(rest, agreementStart);
  if (named && !samePeriod(named, quarter)) return { kind: "unreadable-period", series: kind };
  return { kind, period: quarter };
}

/**
 * A header cell as text: a date cell (or a serial number with a date format) as Excel shows it in
 * England, 30/06/2009 (the findings' way to write a date), so the column map gives the header as typed.
 */
export function headerText(value: CellValue, numFmt?: string | null): string {
  if (value instanceof Date) return formatShortDate(value);
  if (typeof value === "number" && isDateFormat(numFmt)) return formatShortDate(dateFromSerial(value));
  return cellText(value);
}
