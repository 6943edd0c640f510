import { isDateFormat } from "../dates";
import { a1, numFmtAt, parseA1, SheetGrid } from "../grid";
import { classifyHeader, headerText } from "../headers";
import { filled } from "./row-cells";

// The scorecard's header may take two rows: a year written once (often merged) above its quarters
// or above "Target | Actual" pairs, either in the row above the Ref and Indicator headers or with
// the quarters in the row below them. Each column's header is then the text of its cells in those
// rows, top to bottom ("2009/10" over "Q1" is "2009/10 Q1"). Read one row alone, the quarters had
// no year and the pairs no period, and their figures fell out of the analysis.

/** One cell of a column's header: its text and where it is (a merge's first cell for a column it covers). */
export interface HeaderPiece {
  text: string;
  cell: string;
}

export interface HeaderBand {
  /** The row with the Ref and Indicator headers. */
  row: number;
  /** The rows read for headers: row - 1 when a year stands above, row + 1 when quarters or Target | Actual stand below. */
  top: number;
  bottom: number;
  /** The header pieces of each column (1-based index), top to bottom. */
  pieces: HeaderPiece[][];
}

type Sources = (HeaderPiece | undefined)[];

/** Each column's text in one row, a merge's text given to every column it covers when `spread`. */
function rowSources(sheet: SheetGrid, row: number, width: number, spread: boolean): Sources {
  const sources: Sources = new Array(width + 1);
  const cells = sheet.values[row - 1] ?? [];
  for (let c = 1; c <= width; c++) {
    const text = headerText(cells[c - 1] ?? null, numFmtAt(sheet, row, c)).trim();
    if (text) sources[c] = { text, cell: a1(row, c) };
  }
  if (!spread) return sources;
  for (const range of sheet.merges ?? []) {
    const [from, to] = range.split(":");
    if (!to) continue;
    const start = parseA1(from);
    const end = parseA1(to);
    if (start.row > row || end.row < row || end.column === start.column) continue;
    const first = sources[start.column] ?? (start.row < row ? pieceAt(sheet, start.row, start.column) : undefined);
    if (!first) continue;
    for (let c = start.column; c <= Math.min(end.column, width); c++) sources[c] ??= first;
  }
  return sources;
}

function pieceAt(sheet: SheetGrid, row: number, column: number): HeaderPiece | undefined {
  const text = headerText(sheet.values[row - 1]?.[column - 1] ?? null, numFmtAt(sheet, row, column)).trim();
  return text ? { text, cell: a1(row, column) } : undefined;
}

/** A header that is only a period, perhaps with the kind of figure: "2009/10", "Year 1", "2009/10 Actuals". */
function isPeriodLabel(text: string, agreementStart: number): boolean {
  const meaning = classifyHeader(text, agreementStart);
  return meaning.kind === "actual" || meaning.kind === "target" || meaning.kind === "stretch";
}

/** A header that needs a year: "Q1", "Target", "Apr-Jun" (a problem says it has its year, and something else is wrong). */
function isYearless(text: string, agreementStart: number): boolean {
  const meaning = classifyHeader(text, agreementStart);
  return meaning.kind === "unreadable-period" && !meaning.problem;
}

/** What a cell of a second header row may be: figures' words ("Q1", "Apr-Jun", "Target", a quarter-end date), or a column ignored ("RAG", "Comments"). */
function subHeaderKind(text: string, agreementStart: number): "figures" | "ignored" | null {
  const kind = classifyHeader(text, agreementStart).kind;
  return kind === "ignored" ? "ignored" : kind === "field" || kind === "other" || kind === "own" ? null : "figures";
}

/**
 * The header band around `row` and each column's pieces. `keys` are the Ref and Indicator columns:
 * a row below is a second header row only where both are blank in it, and a text above them is a
 * title, not a header.
 */
export function readHeaderBand(sheet: SheetGrid, row: number, width: number, keys: readonly number[], agreementStart: number): HeaderBand {
  const below = subHeaderRow(sheet, row, width, keys, agreementStart);
  const middle = rowSources(sheet, row, width, below);
  const pieces: HeaderPiece[][] = [];
  for (let c = 1; c <= width; c++) pieces[c] = middle[c] ? [middle[c]!] : [];
  let top = row;
  if (row > 1) {
    const above = rowSources(sheet, row - 1, width, true);
    let carried: HeaderPiece | undefined;
    for (let c = 1; c <= width; c++) {
      const piece = above[c];
      // Any text above ends a year typed once and not merged, which stands for the yearless columns to its right.
      if (piece) carried = !keys.some((k) => above[k] === piece) && isPeriodLabel(piece.text, agreementStart) ? piece : undefined;
      if (!carried || keys.includes(c)) continue;
      const own = pieces[c].map((p) => p.text).join(" ");
      // Only a header that needs a year takes it ("Q1", "Target", "Apr-Jun"), or a blank one right under it.
      if (!(own ? isYearless(own, agreementStart) : piece === carried)) continue;
      pieces[c].unshift(carried);
      top = row - 1;
    }
  }
  if (below) {
    const lower = rowSources(sheet, row + 1, width, false);
    // A year typed once (not merged) in the header row stands for the yearless sub-headers to its right.
    let carried: HeaderPiece | undefined;
    for (let c = 1; c <= width; c++) {
      const own = middle[c];
      if (own) carried = !keys.includes(c) && isPeriodLabel(own.text, agreementStart) ? own : undefined;
      const piece = lower[c];
      if (!piece) continue;
      if (!own && carried && isYearless(piece.text, agreementStart)) pieces[c].push(carried);
      pieces[c].push(piece);
    }
  }
  return { row, top, bottom: below ? row + 1 : row, pieces };
}

/** Whether the row below the Ref and Indicator headers holds only sub-headers, under at least one merge or period. */
function subHeaderRow(sheet: SheetGrid, row: number, width: number, keys: readonly number[], agreementStart: number): boolean {
  const cells = sheet.values[row] ?? [];
  if (keys.some((k) => filled(cells[k - 1] ?? null))) return false;
  let figures = false;
  for (let c = 1; c <= width; c++) {
    const value = cells[c - 1] ?? null;
    if (!filled(value)) continue;
    const numFmt = numFmtAt(sheet, row + 1, c);
    // A figure is a row of figures, not of headers; a date cell is a header.
    if (typeof value === "number" && !isDateFormat(numFmt)) return false;
    const kind = subHeaderKind(headerText(value, numFmt), agreementStart);
    if (!kind) return false;
    figures ||= kind === "figures";
  }
  return figures;
}
