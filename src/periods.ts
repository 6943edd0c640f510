import { Period } from "./model";

// Financial years run April to March and are named by the year they start in (2008/09 -> 2008).
// Q1 is April to June. An annual figure for a year counts as that year's fourth quarter.

const TWO_YEARS = /(?:\bFY\s*)?(?<!\d)(\d{4}|\d{2})\s*[/\-–]\s*(\d{4}|\d{2})(?!\d)/i;
const QUARTER = /\bQ\s*([1-4])\b/i;
/** "Q5", "Q0", "Q 12": a quarter that does not exist, so the text names no period (not the whole year). */
const NO_SUCH_QUARTER = /\bQ\s?(?:0|[5-9]|\d{2})\b(?![/\-–])/i;
const YEAR_N = /\b(?:Year|Yr|Y)\s*([1-9])\b/i;

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** Reads the financial year in text such as "2008/09", "2008-09", "2008/2009", "08/09", "FY 2008/09". */
function readYear(text: string, agreementStart: number): number | null {
  const m = TWO_YEARS.exec(text);
  if (m) {
    const start = fullYear(m[1]);
    const end = m[2].length === 2 ? Number(m[2]) : Number(m[2]) % 100;
    return (start + 1) % 100 === end ? start : null;
  }
  const n = YEAR_N.exec(text);
  if (n) return agreementStart + Number(n[1]) - 1;
  return null;
}

/**
 * Reads a period written the ways the workbook spec accepts: a financial year ("2008/09",
 * "Year 1") or a quarter of one ("Q1 2009/10", "2009/10 Q1", "Q1 09/10"). Null when there is none.
 */
export function parsePeriod(text: string, agreementStart = 2008): Period | null {
  const year = readYear(text, agreementStart);
  if (year === null || NO_SUCH_QUARTER.test(text)) return null;
  const q = QUARTER.exec(text);
  if (q) return { kind: "quarter", year, quarter: Number(q[1]) as 1 | 2 | 3 | 4 };
  return { kind: "year", year };
}

/** "2008/09" for a year. */
export function formatYear(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}

/** "2008/09" or "Q2 2009/10". */
export function formatPeriod(period: Period): string {
  return period.kind === "year" ? formatYear(period.year) : `Q${period.quarter} ${formatYear(period.year)}`;
}

/** When a status was rated: "Q1 2009/10", or "the end of 2008/09" for a year (its outturn). */
export function asAtWords(period: Period): string {
  return period.kind === "year" ? `the end of ${formatYear(period.year)}` : formatPeriod(period);
}

/** A number that orders periods in time; a year sorts as its fourth quarter. */
export function periodIndex(period: Period): number {
  return period.kind === "quarter" ? period.year * 4 + period.quarter - 1 : yearIndex(period.year);
}

/** periodIndex of a year, without a period made for it. */
export function yearIndex(year: number): number {
  return year * 4 + 3;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && periodIndex(a) === periodIndex(b);
}

/** The previous period of the same frequency: last year for a year, last quarter for a quarter. */
export function previousPeriod(period: Period): Period {
  if (period.kind === "year") return { kind: "year", year: period.year - 1 };
  return period.quarter === 1
    ? { kind: "quarter", year: period.year - 1, quarter: 4 }
    : { kind: "quarter", year: period.year, quarter: (period.quarter - 1) as 1 | 2 | 3 };
}

/** Year N of the agreement (1-based) that a period falls in. */
export function agreementYear(period: Period, agreementStart: number): number {
  return period.year - agreementStart + 1;
}

/** The last day of a period (UTC midnight): 30 June, 30 September, 31 December or 31 March. */
export function periodEnd(period: Period): Date {
  const quarter = period.kind === "quarter" ? period.quarter : 4;
  // Q1 ends in June of the year the financial year starts; Q4 in March of the next.
  const month = [5, 8, 11, 14][quarter - 1];
  return new Date(Date.UTC(period.year, month + 1, 0));
}
