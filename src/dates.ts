import { CellValue, cellText, dateFromSerial } from "./grid";
import { Period } from "./model";

// Dates as workbooks hold them: a Date cell, a serial number with a date format (as Office.js gives
// dates), or text as people type it in England (30/09/2008, 2008-09-30, 30 Sep 2008, 30-Sep-08).
// One reading for headers, Settings and the papers.

const FORMAT_NOISE = /"[^"]*"|\[[^\]]*\]|\\./g;
/** A day or year code, a month name (mmm), or a numeric month beside a separator: "dd/mm/yyyy", "mmm-yy"; not "h:mm". */
const DATE_CODES = /[dy]|m{3,}|mm?[/\-. ]/i;

/** Whether an Excel number format shows a date ("dd/mm/yyyy", "d mmm yy"), ignoring quoted text. */
export function isDateFormat(numFmt: string | null | undefined): boolean {
  return Boolean(numFmt) && DATE_CODES.test(numFmt!.replace(FORMAT_NOISE, ""));
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const UK_DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])/;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const WORD_DATE = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[\s-]+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s,-]+(\d{4}|\d{2})(?!\d)/i;

function utcDate(year: number, month: number, day: number): Date | null {
  const full = year < 100 ? 2000 + year : year;
  const date = new Date(Date.UTC(full, month - 1, day));
  // 31/02/2009 is no date at all.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** The date written somewhere in a text, with the text it was written as; null when there is none. */
export function findDateInText(text: string): { date: Date; written: string } | null {
  const uk = UK_DATE.exec(text);
  if (uk) {
    const date = utcDate(Number(uk[3]), Number(uk[2]), Number(uk[1]));
    if (date) return { date, written: uk[0] };
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) return { date, written: iso[0] };
  }
  const words = WORD_DATE.exec(text);
  if (words) {
    const date = utcDate(Number(words[3]), MONTHS.indexOf(words[2].slice(0, 3).toLowerCase()) + 1, Number(words[1]));
    if (date) return { date, written: words[0] };
  }
  return null;
}

/** A cell that holds a date: a Date, a serial number with a date format, or text that is only a date. */
export function cellDate(value: CellValue, numFmt?: string | null): Date | null {
  if (value instanceof Date) return value;
  if (typeof value === "number") return isDateFormat(numFmt) ? dateFromSerial(value) : null;
  const text = cellText(value);
  const found = text ? findDateInText(text) : null;
  return found && found.written.length === text.length ? found.date : null;
}

/** The quarter a date falls in (Q1 is April to June). */
export function quarterOf(date: Date): Period & { kind: "quarter" } {
  const month = date.getUTCMonth(); // 0 = January
  const year = month >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return { kind: "quarter", year, quarter: (Math.floor(((month + 9) % 12) / 3) + 1) as 1 | 2 | 3 | 4 };
}

/** The quarter that ends on this date (30 June, 30 September, 31 December, 31 March); null on any other day. */
export function quarterEndingOn(date: Date): Period | null {
  const next = new Date(date.getTime() + 86_400_000);
  const lastOfMonth = next.getUTCDate() === 1;
  return lastOfMonth && [2, 5, 8, 11].includes(date.getUTCMonth()) ? quarterOf(date) : null;
}

/** 30/09/2008: how the findings write a date. */
export function formatShortDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
