import { cellText } from "../grid";
import { Period, PeriodValue } from "../model";
import { isPercentFormat, readNumber, settlePercentScale } from "../numbers";
import { remembered } from "../remembered";
import { formatPeriod } from "../periods";
import { readUnit } from "./indicator-fields";
import { notAFigure, Row } from "./row-cells";

// The figures of one scorecard row (its baseline, targets, actuals and stretch targets), read as
// numbers, with a finding for every cell that holds something else.

/** A figure as the indicator keeps it; the baseline's, alone, has no period. */
type Reading = Omit<PeriodValue, "period"> & { period: Period | null };

/**
 * The row's figures in column order: the baseline (where the sheet has a column for it), then the
 * targets, actuals and stretch targets as ctx.columns lists them. `marked[i]` says whether the cell
 * itself marks reading i as a percentage (45%, or a % format). Side by side rather than one wrapper
 * object per figure, in arrays made to size: 10,000 rows read tens of thousands of figures.
 */
export interface RowFigures {
  readings: Reading[];
  marked: boolean[];
  /** Where the targets, the actuals and the stretch targets start in `readings`; a baseline is at 0. */
  targetsFrom: number;
  actualsFrom: number;
  stretchFrom: number;
  /** The most decimal places a figure cell's number format shows; -1 when none says. */
  shownDecimals: number;
  /** How many of the readings hold a figure. */
  figures: number;
}

// The positive section, without quoted text, escapes and [colours]: its digits after the point.
const formatDecimals = remembered((format: string): number => {
  const positive = format.split(";")[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /general/i.test(positive) || !/[0#?]/.test(positive) ? -1 : (/\.([0#?]+)/.exec(positive)?.[1].length ?? 0);
});

/** The decimal places a number format shows ("0.0%": 1, "#,##0": 0); -1 for General or none. */
export function decimalsShown(format: string | null | undefined): number {
  return format ? formatDecimals(format) : -1;
}

/** What a figure cell's number format says of its number: whether it marks a percentage, and its decimals. */
interface FormatLook {
  percent: boolean;
  decimals: number;
}

const NO_FORMAT: FormatLook = { percent: false, decimals: -1 };
// Each of a book's few formats is looked at once, not for each of its tens of thousands of figures;
// and the figures of a row mostly share one, so the last is kept at hand.
const formatLook = remembered((format: string): FormatLook => ({ percent: isPercentFormat(format), decimals: formatDecimals(format) }));
let lastFormat: string | null | undefined;
let lastLook = NO_FORMAT;

function lookOf(format: string | null | undefined): FormatLook {
  if (format !== lastFormat) {
    lastFormat = format;
    lastLook = format ? formatLook(format) : NO_FORMAT;
  }
  return lastLook;
}

// One row's figures at a time, the same lists row after row: what an indicator keeps of them is
// copied into its own series (seriesOf), so 10,000 rows make no lists to throw away.
const rowFigures: RowFigures = { readings: [], marked: [], targetsFrom: 0, actualsFrom: 0, stretchFrom: 0, shownDecimals: -1, figures: 0 };

/**
 * `money`: the row's figures are sums of money, which may be written 250k or 1.5m (workbook.md,
 * "Numbers"). The answer is good until the next row is read.
 */
export function readFigures(r: Row, money: boolean, unitWritten: string): RowFigures {
  const { targets, actuals, stretch } = r.ctx.columns;
  const baseline = r.fields.baseline;
  const figures = rowFigures;
  figures.targetsFrom = baseline ? 1 : 0;
  figures.actualsFrom = figures.targetsFrom + targets.length;
  figures.stretchFrom = figures.actualsFrom + actuals.length;
  // Every row of a sheet has as many figures: the lists are resized only when the sheet changes.
  const count = figures.stretchFrom + stretch.length;
  if (figures.readings.length !== count) figures.readings.length = figures.marked.length = count;
  figures.shownDecimals = -1;
  figures.figures = 0;
  const { targetsFrom, actualsFrom, stretchFrom } = figures;
  if (baseline) readFigure(r, figures, 0, baseline, null, money, unitWritten);
  for (let k = 0; k < targets.length; k++) readFigure(r, figures, targetsFrom + k, targets[k].column, targets[k].period, money, unitWritten);
  for (let k = 0; k < actuals.length; k++) {
    readFigure(r, figures, actualsFrom + k, actuals[k].column, actuals[k].period, money, unitWritten);
    if (actuals[k].yearToDate) figures.readings[actualsFrom + k].yearToDate = true;
  }
  for (let k = 0; k < stretch.length; k++) readFigure(r, figures, stretchFrom + k, stretch[k].column, stretch[k].period, money, unitWritten);
  return figures;
}

/** The baseline's figure, null without a baseline column. */
export function baselineOf(figures: RowFigures): number | null {
  return figures.targetsFrom > 0 ? figures.readings[0].value : null;
}

/** The figures from `from` up to `to` as the indicator keeps them: past the baseline, each has its period. */
export function seriesOf(figures: RowFigures, from: number, to: number): PeriodValue[] {
  return figures.readings.slice(from, to) as PeriodValue[];
}

/** Figure `i` of the row, from the column under `header` (or the one it falls back to where blank). */
function readFigure(r: Row, figures: RowFigures, i: number, header: number, period: Period | null, money: boolean, unitWritten: string): void {
  const column = r.use(header);
  const cell = r.at(column);
  const format = r.formats?.[column - 1];
  const v = r.cells[column - 1] ?? null;
  // A blank, as one figure in five is in a book of 10,000 rows: no figure yet, nothing to report or keep as typed.
  if (v === null) {
    figures.marked[i] = false;
    figures.readings[i] = { period, value: null, cell };
    return;
  }
  // A number, as most figure cells hold: read as readNumber reads one, without an answer object for each.
  const n = typeof v === "number" && Number.isFinite(v) ? null : readNumber(v, format, money);
  if (n === null || n.kind === "number") {
    const look = lookOf(format);
    figures.marked[i] = n === null ? look.percent : n.percent;
    if (look.decimals > figures.shownDecimals) figures.shownDecimals = look.decimals;
    figures.readings[i] = { period, value: n === null ? (v as number) : n.value, cell };
    figures.figures++;
    return;
  }
  figures.marked[i] = false;
  notAFigure(r, n, column, n.kind === "invalid" ? shorthandHint(r, column, unitWritten) : undefined);
  const typed = n.kind === "none" ? cellText(v).trim() : "";
  figures.readings[i] = typed ? { period, value: null, cell, typed } : { period, value: null, cell };
}

/** Why 1.5m is not read in this row, when that is why: shorthand is for sums of money, in the row's own unit. */
function shorthandHint(r: Row, column: number, unitWritten: string): string | undefined {
  if (readNumber(r.value(column), r.numFmt(column), true).kind !== "number") return undefined;
  return readUnit(unitWritten) === "money"
    ? `This row's unit, "${unitWritten}", already counts in thousands or millions: type the figure in that unit, such as 1.5 for £1.5m in £m.`
    : `Shorthand such as 250k or 1.5m is read only for sums of money: ${r.fields.unit ? "type £ in this row's Unit cell" : "add a Unit column and type £ for this indicator"}, or type the figure in full, such as 1,500,000.`;
}

/** A percentage row's figures put on one scale (see settlePercentScale), with a finding where they mix scales or leave 0% to 100%. */
export function settlePercentages(r: Row, ref: string, figures: RowFigures): void {
  const { readings } = figures;
  // A figure its cell marks as a percentage (45%, or a % format) is a fraction already, and a zero is
  // zero on either scale: a row of only those has no scale to settle, and no copy of it is made.
  if (hasBareFigure(figures)) settleScale(r, ref, figures);
  for (let i = 0; i < readings.length; i++) {
    const { period, value, cell } = readings[i];
    if (value === null || !(value < 0 || value > 1)) continue;
    const series = i < figures.targetsFrom ? "baseline" : i < figures.actualsFrom ? "target" : i < figures.stretchFrom ? "actual" : "stretch target";
    const label = series === "baseline" ? "baseline" : `${series} for ${formatPeriod(period!)}`;
    r.report("percent-out-of-range", cell, `The ${label} of ${ref} reads as ${Math.round(value * 1000) / 10}%, outside 0% to 100%.`,
      "Check the figure and its cell format: 45% can be typed as 45%, 45 or 0.45.");
    return; // the first figure out of range is the one to check
  }
}

function hasBareFigure({ readings, marked }: RowFigures): boolean {
  for (let i = 0; i < readings.length; i++) if (readings[i].value !== null && readings[i].value !== 0 && !marked[i]) return true;
  return false;
}

function settleScale(r: Row, ref: string, figures: RowFigures): void {
  const { readings, marked } = figures;
  // The places of the figures that have a value.
  const numeric: number[] = [];
  for (let i = 0; i < readings.length; i++) if (readings[i].value !== null) numeric.push(i);
  const scale = settlePercentScale(numeric.map((i) => ({ value: readings[i].value!, marked: marked[i], cell: readings[i].cell })));
  numeric.forEach((i, k) => (readings[i].value = scale.fractions[k]));
  if (scale.mixed) {
    r.report("mixed-percent-scales", scale.mixed.fraction, `${ref} mixes percentage scales: ${scale.mixed.points} is written as points (like 45) and ${scale.mixed.fraction} as a fraction (like 0.45).`,
      `Write every figure of the row the same way, preferably with a % sign (45%). Each was read as the percentage it most likely means.`);
  }
}
