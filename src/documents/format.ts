import { PaperDate, Unit } from "../model";

// How figures and dates read in a paper: 45% not 0.45, £1,500,000, 1,234, 20 February 2009.
// Written out by hand rather than with toLocaleString so node and every browser print the same.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Thousands separators and at most `decimals` decimal places, without trailing zeros. */
export function groupDigits(value: number, decimals = 2): string {
  let fixed = Math.abs(value).toFixed(decimals);
  if (fixed.includes(".")) fixed = fixed.replace(/0+$/, "").replace(/\.$/, "");
  const [whole, fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + grouped + (fraction ? `.${fraction}` : "");
}

/** Money to the pound, pennies only when there are any: £1,500,000, £12.50. */
export function formatMoney(value: number): string {
  const pence = Math.round(Math.abs(value) * 100) % 100 !== 0;
  const text = pence ? groupDigits(Math.abs(value), 2).replace(/\.(\d)$/, ".$10") : groupDigits(Math.abs(value), 0);
  return `${value < 0 ? "-" : ""}£${text}`;
}

/** A fraction as a percentage: 0.45 -> 45%, 0.4567 -> 45.7% (or 46% with no decimals). */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${groupDigits(fraction * 100, decimals)}%`;
}

const MISSING = "–";

/** A figure in its indicator's unit; a missing one as a dash. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  if (unit === "percent") return formatPercent(value);
  if (unit === "money") return formatMoney(value);
  return groupDigits(value, 2);
}

/** 20 February 2009 (dates from workbooks are UTC midnights). */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A date from the papers: a Date in the British form, text as typed, nothing as "". */
export function formatPaperDate(date: PaperDate): string {
  if (date === null) return "";
  return date instanceof Date ? formatDate(date) : date;
}

// One plural and one list for every face (src/words.ts); re-exported for the documents' modules.
export { joinAnd, plural } from "../words";
