import { Indicator, PaperDate, Unit } from "../model";

// How figures and dates read in a paper: 45% not 0.45, £1,500,000, 1,234, 20 February 2009.
// Written out by hand rather than with toLocaleString so node and every browser print the same.

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The minus sign (U+2212): a hyphen is shorter, and screen readers read it as a dash. */
export const MINUS = "\u2212";

/**
 * Thousands separators and at most `decimals` decimal places, without trailing zeros; with `fixed`,
 * exactly `decimals` places, so the figures of one indicator line up (6.0% beside 6.5%).
 */
export function groupDigits(value: number, decimals = 2, fixed = false): string {
  let digits = Math.abs(value).toFixed(decimals);
  if (!fixed && digits.includes(".")) digits = digits.replace(/0+$/, "").replace(/\.$/, "");
  const [whole, fraction] = digits.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && Number(digits) !== 0 ? MINUS : "";
  return sign + grouped + (fraction ? `.${fraction}` : "");
}

/** Money to the pound, pennies only when there are any: £1,500,000, £12.50. */
export function formatMoney(value: number): string {
  const pence = Math.round(Math.abs(value) * 100) % 100 !== 0;
  const text = pence ? groupDigits(Math.abs(value), 2, true) : groupDigits(Math.abs(value), 0);
  return `${value < 0 ? MINUS : ""}£${text}`;
}

/** A fraction as a percentage: 0.45 -> 45%, 0.4567 -> 45.7% (or 46% with no decimals). */
export function formatPercent(fraction: number, decimals = 1, fixed = false): string {
  return `${groupDigits(fraction * 100, decimals, fixed)}%`;
}

const MISSING = "–";

/** A figure in its unit; a missing one as a dash. Without a format, as few decimals as it needs. */
export function formatValue(value: number | null, unit: Unit, format?: FigureFormat): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  if (format) return formatFigure(value, format);
  if (unit === "percent") return formatPercent(value);
  if (unit === "money") return formatMoney(value);
  return groupDigits(value, 2);
}

/** How every figure of one indicator is written: its unit and one number of decimal places. */
export interface FigureFormat {
  unit: Unit;
  decimals: number;
}

/** The most decimals a figure is shown with: a tenth of a percentage point, else hundredths. */
function maxDecimals(unit: Unit): number {
  return unit === "percent" ? 1 : 2;
}

/** The decimals a figure needs to be shown as precisely as the unit allows (0.065 as a percentage: 1). */
function decimalsNeeded(value: number, unit: Unit): number {
  const shown = unit === "percent" ? value * 100 : value;
  const most = maxDecimals(unit);
  const target = Number(shown.toFixed(most));
  for (let d = 0; d < most; d++) if (Math.abs(Number(shown.toFixed(d)) - target) < 1e-9) return d;
  return most;
}

// Asked for each figure of each indicator by the table, the trends, the charts and the sentences.
const formats = new WeakMap<Indicator, FigureFormat>();

/** One format for all of an indicator's figures: the decimals the most precise of them needs. */
export function figureFormat(indicator: Indicator): FigureFormat {
  const known = formats.get(indicator);
  if (known && known.unit === indicator.unit) return known;
  const made = computeFormat(indicator);
  formats.set(indicator, made);
  return made;
}

function computeFormat(indicator: Indicator): FigureFormat {
  const { unit } = indicator;
  const values = [indicator.baseline, ...indicator.targets.map((t) => t.value), ...indicator.actuals.map((a) => a.value)];
  let decimals = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) decimals = Math.max(decimals, decimalsNeeded(v, unit));
  return { unit, decimals };
}

/** A figure in its indicator's format; money keeps its own rule (pennies only when there are any). */
export function formatFigure(value: number | null, format: FigureFormat): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  if (format.unit === "percent") return formatPercent(value, format.decimals, true);
  if (format.unit === "money") return formatMoney(value);
  return groupDigits(value, format.decimals, true);
}

/** The Excel number format of the same figures, for a chart's axis: "0.0%", "#,##0", "£#,##0". */
export function excelNumberFormat(format: FigureFormat): string {
  const places = format.decimals > 0 ? `.${"0".repeat(format.decimals)}` : "";
  if (format.unit === "percent") return `0${places}%`;
  if (format.unit === "money") return "£#,##0";
  return `#,##0${places}`;
}

/** 20 February 2009 (dates from workbooks are UTC midnights). */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Monday 16 November 2009: a meeting's date, as the minutes and the progress updates give it. */
export function formatDayAndDate(date: Date): string {
  return `${WEEKDAYS[date.getUTCDay()]} ${formatDate(date)}`;
}

/** A date from the papers: a Date in the British form, text as typed, nothing as "". */
export function formatPaperDate(date: PaperDate): string {
  if (date === null) return "";
  return date instanceof Date ? formatDate(date) : date;
}

// One plural and one list for every face (src/words.ts); re-exported for the documents' modules.
export { joinAnd, plural } from "../words";
