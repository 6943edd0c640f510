import { Period } from "../model";
import { parsePeriod } from "../periods";

// Periods as officers type them in headers and in Settings: besides "Q2 2009/10", the quarter in
// words ("Quarter 2 2009/10", "Qtr 2 09/10"), by its months ("Apr-Jun 09", "Q1 (Apr-Jun)"), and
// figures for part of a year ("YTD", "Half year", "Apr-Sep 09"). Read without this, the quarter
// word was dropped and the text read as the whole year, and a year-to-date column as the outturn.

// Any number, so "Quarter 5" is read (and refused) as Q5, never as the year beside it.
const QUARTER_WORD = /\b(?:quarter|qtr)\s*(\d{1,2})\b/gi;

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
const CALENDAR_YEAR = "(?:\\s*'?(\\d{4}|\\d{2})(?![\\d/\\-–]))?";
/** "Apr-Jun 09", "April to June 2009", "Apr 09 - Jun 09", "Jan-Mar 10": a run of months, each perhaps with its calendar year. */
const MONTH_RANGE = new RegExp(`\\b${MONTH}${CALENDAR_YEAR}\\s*(?:-|–|to)\\s*${MONTH}${CALENDAR_YEAR}`, "i");
const YEAR_TO_DATE = /\b(?:ytd|year to date|to date)\b/i;
/** The first half of the year: its figure is the position at Q2. */
const FIRST_HALF = /\b(?:h1|half[\s-]?year(?:ly)?|mid[\s-]?year|6 months|six months|first half)\b/i;
const NINE_MONTHS = /\b(?:9 months|nine months)\b/i;
/** Parts of a year that are no position of it: the second half is neither a quarter nor the year to date. */
const OTHER_PART = /\b(?:h2|second half|2nd half)\b/i;
const QUARTER = /\bQ\s*([1-4])\b/i;

/** A period read from a header: the period, and whether its figure is the year to date at that quarter. */
export interface HeaderPeriod {
  period: Period;
  yearToDate: boolean;
}

/** Why a header that names part of a year cannot be dated. */
export type PeriodProblem =
  | "months" // a run of months that is neither a quarter nor the year to date (Jul-Dec)
  | "second-half" // H2: neither a quarter's figure nor the year to date
  | "ytd-which-quarter" // year to date, with nothing saying up to which quarter
  | "quarter-months"; // a quarter and months that disagree (Q2 (Apr-Jun))

export type PeriodReading = HeaderPeriod | { problem: PeriodProblem } | null;

/** Whether a text names a run of months ("Apr-Jun 09"): then "09 - Mar 10" in it is no date. */
export function namesMonths(text: string): boolean {
  return MONTH_RANGE.test(text);
}

/** The period in a header or a Settings value, the quarter in words or as Q1..Q4; null when none. */
export function readPeriodText(text: string, agreementStart: number): Period | null {
  const read = readHeaderPeriod(text, agreementStart, null);
  return read && "period" in read ? read.period : null;
}

/**
 * The period a header names, read as the workbook spec says (docs/workbook.md, "Periods").
 * `reporting` dates a year-to-date column that does not say up to which quarter: within the
 * reporting period's own year it is the position at that quarter.
 */
export function readHeaderPeriod(text: string, agreementStart: number, reporting: Period | null): PeriodReading {
  const words = text.replace(QUARTER_WORD, "Q$1").replace(/[_]+/g, " ");
  if (OTHER_PART.test(words)) return parsePeriod(words.replace(OTHER_PART, " "), agreementStart) ? { problem: "second-half" } : null;
  const months = MONTH_RANGE.exec(words);
  if (months) return monthsPeriod(months, words.replace(months[0], " "), agreementStart);
  const period = parsePeriod(words, agreementStart);
  if (!period) return null;
  const ytd = YEAR_TO_DATE.test(words);
  if (FIRST_HALF.test(words)) return period.kind === "year" ? at(period.year, 2) : null;
  if (NINE_MONTHS.test(words)) return period.kind === "year" ? at(period.year, 3) : null;
  if (!ytd) return { period, yearToDate: false };
  if (period.kind === "quarter") return { period, yearToDate: true };
  if (reporting?.kind === "quarter" && reporting.year === period.year) return at(period.year, reporting.quarter);
  return { problem: "ytd-which-quarter" };
}

function at(year: number, quarter: 1 | 2 | 3 | 4): HeaderPeriod {
  return { period: { kind: "quarter", year, quarter }, yearToDate: quarter > 1 };
}

/**
 * "Apr-Jun 09" is Q1 2009/10, "Jan-Mar 10" Q4 2009/10; a run from April ("Apr-Sep 09") is the year
 * to date at the quarter it ends; the calendar year beside the months, else a financial year in the
 * rest of the header ("2009/10" in the row above), says which year.
 */
function monthsPeriod(m: RegExpExecArray, rest: string, agreementStart: number): PeriodReading {
  const first = MONTH_NAMES.indexOf(m[1].slice(0, 3).toLowerCase());
  const last = MONTH_NAMES.indexOf(m[3].slice(0, 3).toLowerCase());
  const calendar = m[4] ?? m[2];
  // Months from April: 0 for April, 11 for March.
  const from = (first + 9) % 12;
  const to = (last + 9) % 12;
  let year: number | null = null;
  if (calendar) {
    const y = calendar.length === 2 ? 2000 + Number(calendar) : Number(calendar);
    year = last <= 2 ? y - 1 : y;
  } else {
    const named = parsePeriod(rest, agreementStart);
    year = named ? named.year : null;
  }
  if (year === null) return null;
  if (to < from || (to - 2) % 3 !== 0) return { problem: "months" };
  const quarter = ((to - 2) / 3 + 1) as 1 | 2 | 3 | 4;
  // "Q1 (Apr-Jun)" agrees with itself; "Q2 (Apr-Jun)" cannot be dated, and the warning says why.
  const q = QUARTER.exec(rest);
  if (q && Number(q[1]) !== quarter) return { problem: "quarter-months" };
  if (from === to - 2) return { period: { kind: "quarter", year, quarter }, yearToDate: false };
  if (from !== 0) return { problem: "months" };
  return quarter === 4 ? { period: { kind: "year", year }, yearToDate: false } : { period: { kind: "quarter", year, quarter }, yearToDate: true };
}
