import { a1, CellValue, cellText, isCellError, SheetGrid } from "../grid";
import { isNationalRef, lookupIndicator, looksLocal, refKey } from "../catalogue";
import { Finding, Indicator, Period, PeriodValue, Polarity, Unit } from "../model";
import { readNumber, settlePercentScale, singlePercent } from "../numbers";
import { formatPeriod } from "../periods";
import { ColumnMap } from "./scorecard-header";
import { readFrequency, readPolarity, readUnit, readYesNo } from "./indicator-fields";

// Reading one row of the scorecard into an Indicator, with a finding for every cell at fault.

export interface RowContext {
  sheet: SheetGrid;
  columns: ColumnMap;
  /** Header text per column (1-based index), for messages. */
  headers: string[];
}

export interface RowRead {
  indicator: Indicator | null;
  findings: Finding[];
}

interface Figure {
  period: Period | null;
  series: "baseline" | "target" | "actual";
  cell: string;
  value: number | null;
  marked: boolean;
}

const SKIP: RowRead = { indicator: null, findings: [] };

function filled(v: CellValue): boolean {
  return v !== null && v !== undefined && (isCellError(v) || cellText(v) !== "");
}

export function readIndicatorRow(ctx: RowContext, row: number): RowRead {
  const cells = ctx.sheet.values[row - 1];
  if (!cells) return SKIP;
  let count = 0;
  for (const v of cells) if (filled(v) && ++count > 1) break;
  // Blank rows and headings (text in one cell only) are not indicators.
  if (count <= 1) return SKIP;

  const { fields } = ctx.columns;
  const sheet = ctx.sheet.name;
  const findings: Finding[] = [];
  const at = (c: number) => a1(row, c);
  const value = (c: number | undefined): CellValue => (c ? (cells[c - 1] ?? null) : null);
  const text = (c: number | undefined) => cellText(value(c));
  const error = (cell: string, message: string, hint: string) => findings.push({ severity: "error", sheet, cell, message, hint });
  const warn = (cell: string, message: string, hint: string) => findings.push({ severity: "warning", sheet, cell, message, hint });

  const refColumn = fields.ref!;
  const refValue = value(refColumn);
  if (isCellError(refValue)) {
    error(at(refColumn), `The Ref cell holds the Excel error ${refValue.error}.`, "Type the indicator's reference, such as NI 151 or L18.1.");
    return { indicator: null, findings };
  }
  const ref = typeof refValue === "number" && ctx.columns.niOnlyRef ? `NI ${refValue}` : text(refColumn);
  const title = text(fields.indicator);
  if (!ref) {
    if (title) {
      warn(at(refColumn), `"${title}" has no Ref, so it is not read or rated.`,
        "Type the indicator's reference (such as NI 151 or L18.1) in this cell.");
    }
    return { indicator: null, findings };
  }
  const key = refKey(ref);
  const national = lookupIndicator(ref);

  const figures = readFigures(ctx, row, error);
  // A Ref-column heading beside, say, a lead's name: no title, no figure, and no reference-like Ref.
  if (!title && !isNationalRef(key) && !looksLocal(key) && figures.every((f) => f.value === null)) return SKIP;

  const partnership = text(fields.partnership);
  if (fields.partnership && !partnership) {
    warn(at(fields.partnership), `${ref} has no thematic partnership, so it is not counted in any partnership's rating.`,
      "Type the name of the thematic partnership that answers for this indicator.");
  }

  const polarity = readRowPolarity(ref, text(fields.polarity), national, fields.polarity ? at(fields.polarity) : at(refColumn), !!fields.polarity, error);
  const unit = readRowUnit(text(fields.unit), national?.unit, figures);
  if (unit === "percent") settlePercentages(ref, figures, warn);

  let tolerance: number | null = null;
  if (fields.tolerance) {
    const n = readNumber(value(fields.tolerance), ctx.sheet.numFmts?.[row - 1]?.[fields.tolerance - 1]);
    const cell = at(fields.tolerance);
    if (n.kind === "number") {
      tolerance = singlePercent(n);
      if (tolerance < 0 || tolerance > 1) warn(cell, `The tolerance of ${ref} is ${Math.round(tolerance * 1000) / 10}%, outside 0% to 100%.`, "Type the amber tolerance as a percentage such as 5%.");
    } else notAFigure(n, cell, ctx.headers[fields.tolerance], error);
  }

  let rewardTarget = false;
  if (fields.rewardTarget) {
    const v = value(fields.rewardTarget);
    const yes = v === null ? false : typeof v === "object" ? undefined : readYesNo(v);
    if (yes === undefined) warn(at(fields.rewardTarget), `"${text(fields.rewardTarget)}" is not Y or N, so ${ref} is not counted as a reward target.`, "Type Y if this is a Performance Reward Grant target, N if not.");
    rewardTarget = yes ?? false;
  }
  let rewardValue: number | null = null;
  if (fields.rewardValue) {
    const n = readNumber(value(fields.rewardValue), null, true);
    if (n.kind === "number") rewardValue = n.value;
    else notAFigure(n, at(fields.rewardValue), ctx.headers[fields.rewardValue], error);
  }

  const series = (s: Figure["series"]): PeriodValue[] =>
    figures.filter((f) => f.series === s).map((f) => ({ period: f.period!, value: f.value, cell: f.cell }));
  const indicator: Indicator = {
    ref,
    refKey: key,
    title: title || national?.title || ref,
    partnership,
    priority: text(fields.priority) || null,
    leadOfficer: text(fields.leadOfficer) || null,
    polarity,
    unit,
    frequency: readFrequency(text(fields.frequency)) ?? null,
    baseline: figures.find((f) => f.series === "baseline")?.value ?? null,
    targets: series("target"),
    actuals: series("actual"),
    tolerance,
    rewardTarget,
    rewardValue,
    row,
  };
  return { indicator, findings };
}

type Report = (cell: string, message: string, hint: string) => void;

function notAFigure(n: ReturnType<typeof readNumber>, cell: string, header: string | undefined, error: Report): void {
  if (n.kind === "excel-error") {
    error(cell, `${cell} holds the Excel error ${n.error}, not a figure.`,
      "Correct the formula or the data it uses; if there is no figure yet, clear the cell or type tbc.");
  } else if (n.kind === "invalid") {
    error(cell, `"${n.text}" under ${header ? `"${header}"` : "this column"} is not a number.`,
      "Type a number such as 45, 45% or 1,500; if there is no figure yet, type tbc or n/a.");
  }
}

function readFigures(ctx: RowContext, row: number, error: Report): Figure[] {
  const { fields, targets, actuals } = ctx.columns;
  const cells = ctx.sheet.values[row - 1] ?? [];
  const fmts = ctx.sheet.numFmts?.[row - 1];
  const figures: Figure[] = [];
  const read = (column: number, series: Figure["series"], period: Period | null) => {
    const cell = a1(row, column);
    const n = readNumber(cells[column - 1] ?? null, fmts?.[column - 1]);
    if (n.kind === "number") figures.push({ period, series, cell, value: n.value, marked: n.percent });
    else {
      notAFigure(n, cell, ctx.headers[column], error);
      figures.push({ period, series, cell, value: null, marked: false });
    }
  };
  if (fields.baseline) read(fields.baseline, "baseline", null);
  for (const t of targets) read(t.column, "target", t.period);
  for (const a of actuals) read(a.column, "actual", a.period);
  return figures;
}

function readRowPolarity(
  ref: string,
  written: string,
  national: ReturnType<typeof lookupIndicator>,
  cell: string,
  hasColumn: boolean,
  error: Report,
): Polarity | null {
  if (written) {
    const p = readPolarity(written);
    if (p) return p;
    error(cell, `The polarity "${written}" of ${ref} cannot be read.`, "Type Higher (higher is better) or Lower (lower is better).");
    return null;
  }
  if (national?.polarity) return national.polarity;
  const where = hasColumn ? "Type Higher or Lower in this cell" : "Add a Polarity column and type Higher or Lower for this indicator";
  if (national) {
    error(cell, `${ref} has no polarity, and the National Indicator catalogue gives no single direction for it.`,
      `${where}, as your agreement defines good performance for it.`);
  } else {
    error(cell, `${ref} has no polarity, and it is not a National Indicator the catalogue knows.`,
      `${where} (higher is better, or lower is better), so it can be rated.`);
  }
  return null;
}

function readRowUnit(written: string, catalogue: Unit | undefined, figures: Figure[]): Unit {
  return readUnit(written) ?? catalogue ?? (figures.some((f) => f.marked) ? "percent" : "number");
}

function settlePercentages(ref: string, figures: Figure[], warn: Report): void {
  const numeric = figures.filter((f) => f.value !== null);
  const scale = settlePercentScale(numeric.map((f) => ({ value: f.value!, marked: f.marked, cell: f.cell })));
  numeric.forEach((f, i) => (f.value = scale.fractions[i]));
  if (scale.mixed) {
    warn(scale.mixed.fraction, `${ref} mixes percentage scales: ${scale.mixed.points} is written as points (like 45) and ${scale.mixed.fraction} as a fraction (like 0.45).`,
      `Write every figure of the row the same way, preferably with a % sign (45%). Each was read as the percentage it most likely means.`);
  }
  const outside = numeric.find((f) => f.value! < 0 || f.value! > 1);
  if (outside) {
    const label = outside.series === "baseline" ? "baseline" : `${outside.series} for ${formatPeriod(outside.period!)}`;
    warn(outside.cell, `The ${label} of ${ref} reads as ${Math.round(outside.value! * 1000) / 10}%, outside 0% to 100%.`,
      "Check the figure and its cell format: 45% can be typed as 45%, 45 or 0.45.");
  }
}
