import { CellValue, isCellError, isFormulaWithoutResult } from "./grid";
import { remembered } from "./remembered";

// How a figure typed into a scorecard cell is read (workbook spec, "Numbers").
// Patterns are compiled once here, never per cell: the engine reads 10,000 rows in milliseconds.

export type CellNumber =
  /** Blank, tbc, tba, n/a, -, .., not available: the officer says there is no figure yet. */
  | { kind: "none" }
  /**
   * A figure. `percent` says the cell itself marks it as a percentage (a % sign, or a % number
   * format), in which case `value` is already a fraction (45% is 0.45).
   */
  | { kind: "number"; value: number; percent: boolean }
  /** An Excel error value such as #N/A or #DIV/0!. */
  | { kind: "excel-error"; error: string }
  /** A formula saved without its result: the figure is unknown (not blank). */
  | { kind: "no-result"; formula: string }
  /** Text that is not a figure ("about 40", "see note"). */
  | { kind: "invalid"; text: string };

const NO_VALUE = new Set(["", "tbc", "tba", "tbd", "n/a", "na", "n.a.", "-", "–", "—", "..", "...", "not available", "none", "nil return"]);

// Optional sign, optional £, digits with thousands commas or a plain decimal, optional %, k, m, bn.
const FIGURE = /^([-+−]?)\s*(£?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(%|k|m|bn|million|billion)?$/i;
const SPACES = /\s+/g;
const COMMAS = /,/g;
const PERCENT_FORMAT = /%/;
const QUOTED = /"[^"]*"|\\./g;

/** One answer for every blank cell, rather than a new object for each: nobody changes it. */
const NONE: CellNumber = Object.freeze({ kind: "none" });

const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** Whether an Excel number format shows the value as a percentage ("0%", "0.0%"), ignoring quoted text. */
export function isPercentFormat(numFmt: string | null | undefined): boolean {
  // Most formats hold no % at all; a book's few that do are each read once (every figure cell asks).
  if (!numFmt || !numFmt.includes("%")) return false;
  return percentFormat(numFmt);
}

const percentFormat = remembered((numFmt) => PERCENT_FORMAT.test(numFmt.replace(QUOTED, "")));

/**
 * Reads one cell as a figure. `money` allows the shorthand of sums of money (250k, 1.5m) that
 * would be a surprise anywhere else.
 */
export function readNumber(value: CellValue, numFmt?: string | null, money = false): CellNumber {
  if (value === null || value === undefined) return NONE;
  // A number first: most figure cells hold one, and it is never an error value or a formula.
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "invalid", text: String(value) };
    return { kind: "number", value, percent: isPercentFormat(numFmt) };
  }
  if (isCellError(value)) return { kind: "excel-error", error: value.error };
  if (isFormulaWithoutResult(value)) return { kind: "no-result", formula: value.formulaWithoutResult };
  if (value instanceof Date) return { kind: "invalid", text: value.toISOString().slice(0, 10) };
  if (typeof value === "boolean") return { kind: "invalid", text: value ? "TRUE" : "FALSE" };
  const text = value.replace(SPACES, " ").trim();
  if (NO_VALUE.has(text.toLowerCase())) return NONE;
  const m = FIGURE.exec(text);
  if (!m) return { kind: "invalid", text };
  const [, sign, , digits, suffixRaw] = m;
  const suffix = (suffixRaw ?? "").toLowerCase();
  if (suffix && suffix !== "%" && !money) return { kind: "invalid", text };
  let n = Number(digits.replace(COMMAS, ""));
  if (sign === "-" || sign === "−") n = -n;
  if (suffix === "%") return { kind: "number", value: n / 100, percent: true };
  if (suffix) n *= MULTIPLIERS[suffix];
  return { kind: "number", value: n, percent: isPercentFormat(numFmt) };
}

/** A figure of a percentage indicator before its scale is settled, with the cell it came from. */
export interface RawPercent {
  value: number;
  /** The cell marks it as a percentage (45% or a % format): already a fraction. */
  marked: boolean;
  cell: string;
}

export interface PercentScale {
  /** The figures as fractions, in the order given. */
  fractions: number[];
  /** Set when one row holds figures on both scales (45 beside 0.45): the two cells that show it. */
  mixed: { points: string; fraction: string } | null;
}

// How far apart two bare figures must be to be on different scales: 45 beside 0.45 is, 1.2 beside 0.8 is not.
const MIXED_RATIO = 20;

/**
 * Puts the bare figures of one percentage row on one scale. An officer who typed 45 in a % row
 * means 45%: when any bare figure is above 1, the row's bare figures are percentage points
 * (0.8 there means 0.8%). When the row holds both kinds (45 beside 0.45), each figure is read on
 * its own (above 1 is points, otherwise a fraction) and the row is reported as mixed.
 */
export function settlePercentScale(figures: readonly RawPercent[]): PercentScale {
  let maxBare: RawPercent | null = null;
  let minBare: RawPercent | null = null;
  for (const f of figures) {
    if (f.marked || f.value === 0) continue;
    const size = Math.abs(f.value);
    if (!maxBare || size > Math.abs(maxBare.value)) maxBare = f;
    if (!minBare || size < Math.abs(minBare.value)) minBare = f;
  }
  const pointsRow = maxBare !== null && Math.abs(maxBare.value) > 1;
  const mixed =
    pointsRow && minBare !== null && Math.abs(minBare.value) <= 1 && Math.abs(maxBare!.value) / Math.abs(minBare.value) >= MIXED_RATIO;
  const fractions = figures.map((f) => {
    if (f.marked || !pointsRow) return f.value;
    if (mixed && Math.abs(f.value) <= 1) return f.value;
    return f.value / 100;
  });
  return { fractions, mixed: mixed ? { points: maxBare!.cell, fraction: minBare!.cell } : null };
}

/**
 * One percentage on its own (a tolerance, a Settings percentage). A % sign or a percentage format
 * is taken as written (5% is 0.05, 100% is 1). A bare number of 1 or more is percentage points
 * (5 is 5%, and 1 is 1%, never 100%); a bare number below 1 is a fraction (0.05 is 5%).
 */
export function singlePercent(n: { value: number; percent: boolean }): number {
  return n.percent || Math.abs(n.value) < 1 ? n.value : n.value / 100;
}
