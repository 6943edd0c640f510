import { Indicator, PaperDate, Unit } from "./model";

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

/** A reward in whole pounds, as every figure of the reward grant is given (never pence beside pounds). */
export function formatReward(value: number): string {
  return formatMoney(Math.round(value));
}

/**
 * The planned improvement achieved, where it means something: a share (formatShare) from none to
 * twice the plan; a move away from target in words, never "−694%"; past twice the plan, "over 200%".
 */
export function formatImprovement(improvement: number | null, thresholds: readonly number[]): string {
  if (improvement === null || !Number.isFinite(improvement)) return "–";
  if (improvement < 0) return "None: moved away from target";
  if (improvement > 2) return "Over 200%";
  return formatShare(improvement, thresholds);
}

/** A fraction as a percentage: 0.45 -> 45%, 0.4567 -> 45.7% (or 46% with no decimals). */
export function formatPercent(fraction: number, decimals = 1, fixed = false): string {
  return `${groupDigits(fraction * 100, decimals, fixed)}%`;
}

const MISSING = "–";

/** The most decimals a figure is shown with, in the unit it is shown in (percentage points for a percentage). */
const MOST_DECIMALS = 3;
/** How far decimals may grow past that so two different figures of one indicator never print alike. */
const MOST_DECIMALS_TO_TELL_APART = 6;

/** Two figures the rules count as the same (as src/status.ts does: binary fractions aside). */
function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A figure in the unit it is shown in: a percentage in points. */
const shownAs = (value: number, unit: Unit) => (unit === "percent" ? value * 100 : value);

/** The fewest decimals (at most three) that show a figure as it was typed: 5.75 (%) needs 2, 6.5 (0.065 as a percentage) 1. */
function decimalsNeeded(shown: number): number {
  for (let d = 0; d < MOST_DECIMALS; d++) if (sameFigure(Number(shown.toFixed(d)), shown)) return d;
  return MOST_DECIMALS;
}

/** A figure in its unit; a missing one as a dash. Without a format, as few decimals as it needs (at most three). */
export function formatValue(value: number | null, unit: Unit, format?: FigureFormat): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  return formatFigure(value, format ?? { unit, decimals: decimalsNeeded(shownAs(value, unit)) });
}

/** How every figure of one indicator is written: its unit and one number of decimal places. */
export interface FigureFormat {
  unit: Unit;
  decimals: number;
}

// Asked for each figure of each indicator by the table, the trends, the charts and the sentences.
const formats = new WeakMap<Indicator, FigureFormat>();

/**
 * One format for all of an indicator's figures: the decimals its cells' number formats show, else
 * enough to show every figure as typed (at most three: 5.75% beside 5.50%, 94.999 beside 100.000),
 * and more where two different figures
 * (from a formula, say) would still print alike, so no comparison shows two figures as one.
 */
export function figureFormat(indicator: Indicator): FigureFormat {
  const known = formats.get(indicator);
  if (known && known.unit === indicator.unit) return known;
  const made = computeFormat(indicator);
  formats.set(indicator, made);
  return made;
}

function computeFormat(indicator: Indicator): FigureFormat {
  const { unit } = indicator;
  const values = [indicator.baseline, ...indicator.targets.map((t) => t.value), ...indicator.stretchTargets.map((t) => t.value), ...indicator.actuals.map((a) => a.value)]
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .map((v) => shownAs(v, unit))
    .sort((a, b) => a - b);
  // As the book shows them (its cells' number formats: 42.5% for a formula's 0.42526 in "0.0%"), else as typed.
  let decimals = 0;
  if (indicator.shownDecimals !== undefined) decimals = Math.min(indicator.shownDecimals, MOST_DECIMALS);
  else for (const v of values) decimals = Math.max(decimals, decimalsNeeded(v));
  return { unit, decimals: decimalsApart(values, unit, decimals) };
}

/** From `decimals`, as many more as it takes (up to six) that no two different figures print alike; `shown` in order. */
function decimalsApart(shown: readonly number[], unit: Unit, decimals: number): number {
  // Neighbours in order are the only pairs that can print alike.
  const alike = (d: number) => shown.some((v, i) => i > 0 && !sameFigure(v, shown[i - 1]) && v.toFixed(d) === shown[i - 1].toFixed(d));
  while (unit !== "money" && decimals < MOST_DECIMALS_TO_TELL_APART && alike(decimals)) decimals++;
  return decimals;
}

/**
 * The indicator's format, with the decimals it takes to tell apart figures that are not its own yet
 * (a return's beside the book's, in the merge's report): 42.53% beside 42.5258% is 42.530% and 42.526%.
 */
export function figureFormatBeside(indicator: Indicator, figures: readonly (number | null | undefined)[]): FigureFormat {
  const format = figureFormat(indicator);
  const shown = figures.filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v)).map((v) => shownAs(v, format.unit)).sort((a, b) => a - b);
  return { unit: format.unit, decimals: decimalsApart(shown, format.unit, format.decimals) };
}

/** A figure in its indicator's format; money keeps its own rule (pennies only when there are any). */
export function formatFigure(value: number | null, format: FigureFormat): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  if (format.unit === "percent") return formatPercent(value, format.decimals, true);
  if (format.unit === "money") return formatMoney(value);
  return groupDigits(value, format.decimals, true);
}

/**
 * A share (a planned improvement achieved, a share of indicators on target) as a percentage that
 * never lands on the wrong side of the thresholds it is read against: 59.99% beside a 60% minimum
 * is "59.99%", never "60%". Decimals grow from `decimals` to three; past that the figure is cut
 * toward its own side (59.9999% is "59.999%").
 */
export function formatShare(fraction: number, thresholds: readonly number[], decimals = 0): string {
  const points = fraction * 100;
  const side = (v: number, t: number) => (v >= t * 100 - 1e-9 * Math.max(1, Math.abs(t * 100)) ? 1 : -1);
  const onItsSide = (shown: number) => thresholds.every((t) => side(shown, t) === side(points, t));
  let d = decimals;
  while (d < MOST_DECIMALS && !onItsSide(Number(points.toFixed(d)))) d++;
  if (onItsSide(Number(points.toFixed(d)))) return formatPercent(fraction, d);
  const scale = 10 ** d;
  const below = thresholds.some((t) => side(points, t) < 0 && Number(points.toFixed(d)) >= t * 100);
  const cut = (below ? Math.floor(points * scale) : Math.ceil(points * scale)) / scale;
  return `${groupDigits(cut, d)}%`;
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
