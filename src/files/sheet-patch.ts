import { PlainSentenceError } from "../errors";
import { a1, columnLetters } from "../grid";
import { CellWrite } from "../refresh-plan";
import { cellColumn, cellRow } from "./cell-address";
import { shiftFormula } from "./formula-shift";
import { CellSpot, FormulaSpot, RowSpot, scanSheet, SheetScan } from "./sheet-scan";
import { cellXml } from "./cell-xml";
import { escapeText, withAttrs } from "./xml";

// Writes cells into a worksheet's XML and leaves every other character as it was: the cells written
// are replaced or inserted in their row, rows are inserted where needed, and nothing else in the sheet
// (formats, validations, conditional formats, notes, sparklines, extension lists) is touched.

export interface SheetCellWrite {
  row: number;
  column: number;
  write: CellWrite;
  /** Take the format of the nearest cell to the left that shows something (a new header beside the others). */
  styleFromLeft?: boolean;
}

export interface SheetPatch {
  xml: string;
  /** Cells that held a formula before they were written: their calculation chain entries must go. */
  formulasRemoved: string[];
}

/** Derives the format index for a write from the format the cell had (see style-book.ts). */
export type StyleFor = (base: number, write: CellWrite) => number;

export class PatchRefused extends PlainSentenceError {
  constructor(message: string) {
    super(message);
    this.name = "PatchRefused";
  }
}

export function patchSheet(xml: string, writes: readonly SheetCellWrite[], styleFor: StyleFor): SheetPatch {
  // One pass over the writes (some 40,000 on a big scorecard): by row and column, each row's first column.
  const byRow = new Map<number, Map<number, SheetCellWrite>>();
  const firstColumns = new Map<number, number>();
  const leftStyleRows = new Set<number>();
  for (const w of writes) {
    let row = byRow.get(w.row);
    if (!row) byRow.set(w.row, (row = new Map<number, SheetCellWrite>()));
    row.set(w.column, w);
    const first = firstColumns.get(w.row);
    if (first === undefined || w.column < first) firstColumns.set(w.row, w.column);
    if (w.styleFromLeft) leftStyleRows.add(w.row);
  }
  const scan = scanSheet(xml, firstColumns, leftStyleRows);
  const written = (row: number, column: number) => byRow.get(row)?.has(column) ?? false;
  if (scan.formulas.some((f) => f.kind !== "shared" && f.ref)) checkRangeFormulas(scan.formulas, [...byRow.values()].flatMap((row) => [...row.values()]));
  const promoted = promoteSharedFormulas(scan.formulas, written, scan.prefix);

  const formulasRemoved: string[] = [];
  // Edits other than the written rows' own, few: a promotion in a row not written (one in a written row
  // is made by that row's rebuild), rows inserted into gaps, the dimension.
  const edits: Edit[] = [];
  const writtenRowAt = new Set(scan.rows.filter((r) => byRow.has(r.row)).map((r) => r.start));
  if (promoted.size) {
    const rowOf = (at: number) => scan.rows.find((r) => r.start <= at && at < r.end);
    for (const [start, edit] of promoted) if (!writtenRowAt.has(rowOf(start)?.start ?? -1)) edits.push({ start, end: edit.end, text: edit.text });
  }
  const existingRows = new Set(scan.rows.map((r) => r.row));
  const newRows = [...byRow.keys()].filter((r) => !existingRows.has(r)).sort((a, b) => a - b);
  for (const row of newRows) {
    const cells = [...byRow.get(row)!.values()].sort((a, b) => a.column - b.column);
    const base = (column: number) => columnStyle(scan, column);
    const content = cells.map((w) => cellXml(scan.prefix, w.row, w.column, w.write, styleFor(base(w.column), w.write)) ?? "").join("");
    if (!content) continue;
    const text = `<${scan.prefix}row r="${row}">${content}</${scan.prefix}row>`;
    const before = scan.rows.find((r) => r.row > row);
    const at = before ? before.start : scan.sheetData.closeStart;
    edits.push({ start: at, end: at, text });
  }
  if (scan.sheetData.empty && newRows.length) {
    // <sheetData/> becomes <sheetData>...</sheetData>: the inserted rows go between.
    const tag = xml.slice(scan.sheetData.start, scan.sheetData.end);
    const rows = edits.splice(0).map((e) => e.text).join("");
    edits.push({ start: scan.sheetData.start, end: scan.sheetData.end, text: `${tag.replace(/\s*\/>$/, ">")}${rows}</${scan.prefix}sheetData>` });
  }
  const widened = widenDimension(xml, scan, writes);
  if (widened) edits.push(widened);
  edits.sort((a, b) => a.start - b.start || a.end - b.end);

  // The written rows, in the sheet's order, merged with the edits above (none overlaps a written row:
  // an inserted row goes before a row's start) into the new text.
  const out = new TextPieces(xml);
  let next = 0;
  for (const spot of scan.rows) {
    const rowWrites = byRow.get(spot.row);
    if (!rowWrites) continue;
    while (next < edits.length && edits[next].start <= spot.start) out.edit(edits[next++]);
    rebuildRow(out, xml, spot, rowWrites, scan, styleFor, promoted, formulasRemoved);
  }
  while (next < edits.length) out.edit(edits[next++]);
  return { xml: out.finish(), formulasRemoved };
}

/** The row's new text, start tag (its spans may widen) to end tag, added to `out` piece by piece. */
function rebuildRow(
  out: TextPieces,
  xml: string,
  spot: RowSpot,
  writes: Map<number, SheetCellWrite>,
  scan: SheetScan,
  styleFor: StyleFor,
  promoted: Map<number, { end: number; text: string }>,
  formulasRemoved: string[],
): void {
  const cells = spot.cells ?? [];
  const pending = [...writes.values()];
  if (pending.length > 1) pending.sort((a, b) => a.column - b.column);
  const byColumn = cells.length ? new Map(cells.map((c) => [c.column, c])) : undefined;
  const base = (w: SheetCellWrite): number => {
    if (w.styleFromLeft) {
      const left = [...cells].reverse().find((c) => c.column < w.column && c.hasValue);
      if (left) return left.style;
      if (spot.leftStyle !== undefined) return spot.leftStyle;
    }
    return byColumn?.get(w.column)?.style ?? spot.style ?? columnStyle(scan, w.column);
  };
  const newCell = (w: SheetCellWrite) => {
    const cell = cellXml(scan.prefix, w.row, w.column, w.write, styleFor(base(w), w.write), byColumn?.has(w.column) ?? false);
    if (cell) out.push(cell);
  };
  const startTag = widenSpans(xml.slice(spot.start, spot.openEnd), spot, pending);
  out.copyTo(spot.start);
  if (spot.empty) {
    out.push(startTag.replace(/\s*\/>$/, ">"));
    pending.forEach(newCell);
    out.push(`</${scan.prefix}row>`);
    return out.skipTo(spot.end);
  }
  out.push(startTag);
  out.skipTo(spot.openEnd);
  // The cells before the first written column stay as they are (but for a shared formula's promotion);
  // from there on, each cell is kept or replaced, and new ones go in order.
  const from = spot.leftEnd ?? spot.openEnd;
  if (promoted.size) {
    out.push(withPromotions(xml, spot.openEnd, from, promoted));
    out.skipTo(from);
  }
  out.copyTo(from);
  for (const cell of cells) {
    // A new cell goes just after the cell before it.
    while (pending.length && pending[0].column < cell.column) newCell(pending.shift()!);
    const write = writes.get(cell.column);
    if (write) {
      pending.shift();
      if (/<(\w+:)?f[\s>/]/.test(xml.slice(cell.start, cell.end))) formulasRemoved.push(a1(spot.row, cell.column));
      out.copyTo(cell.start);
      newCell(write);
      out.skipTo(cell.end);
      continue;
    }
    const promotion = promoted.get(cellFormulaStart(xml, cell) ?? -1);
    if (promotion) {
      out.copyTo(cellFormulaStart(xml, cell)!);
      out.push(promotion.text);
      out.skipTo(promotion.end);
    }
    out.copyTo(cell.end);
  }
  pending.forEach(newCell);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function cellFormulaStart(xml: string, cell: CellSpot): number | undefined {
  const m = /<(\w+:)?f[\s>/]/.exec(xml.slice(cell.start, cell.end));
  return m ? cell.start + m.index : undefined;
}

function columnStyle(scan: SheetScan, column: number): number {
  // An indexed loop: this runs for every new cell, mostly before the code is optimised.
  const styles = scan.columnStyles;
  for (let i = 0; i < styles.length; i++) if (column >= styles[i][0] && column <= styles[i][1]) return styles[i][2];
  return 0;
}

/** A write that would cut into an array formula or a data table is refused: Excel forbids changing part of one. */
function checkRangeFormulas(formulas: FormulaSpot[], writes: readonly SheetCellWrite[]): void {
  for (const f of formulas) {
    if (f.kind === "shared" || !f.ref) continue;
    const [from, to = from] = f.ref.split(":");
    const top = cellRow(from), left = cellColumn(from), bottom = cellRow(to), right = cellColumn(to);
    const inside = writes.filter((w) => w.row >= top && w.row <= bottom && w.column >= left && w.column <= right).length;
    if (inside > 0 && inside < (bottom - top + 1) * (right - left + 1)) {
      const what = f.kind === "dataTable" ? "a data table" : "an array formula";
      throw new PatchRefused(`The refresh would overwrite part of ${what} in ${f.ref}, which Excel does not allow; move it out of the refreshed columns and refresh again.`);
    }
  }
}

/**
 * When a written cell holds the text of a shared formula, the first remaining cell of its group takes
 * the text (moved to its own position) and the group's extent; keyed by that cell's <f> position.
 */
function promoteSharedFormulas(formulas: FormulaSpot[], written: (row: number, column: number) => boolean, prefix: string): Map<number, { end: number; text: string }> {
  const out = new Map<number, { end: number; text: string }>();
  const groups = new Map<string, FormulaSpot[]>();
  for (const f of formulas) if (f.kind === "shared" && f.si !== undefined) groups.set(f.si, [...(groups.get(f.si) ?? []), f]);
  for (const [si, group] of groups) {
    const master = group.find((f) => f.ref !== undefined && f.text !== "");
    if (!master || !written(master.row, master.column)) continue;
    const rest = group.filter((f) => f !== master && !written(f.row, f.column)).sort((a, b) => a.row - b.row || a.column - b.column);
    if (!rest.length) continue;
    const heir = rest[0];
    const rows = rest.map((f) => f.row), columns = rest.map((f) => f.column);
    const ref = `${a1(Math.min(...rows), Math.min(...columns))}:${a1(Math.max(...rows), Math.max(...columns))}`;
    const text = shiftFormula(master.text, heir.row - master.row, heir.column - master.column);
    out.set(heir.start, { end: heir.end, text: `<${prefix}f t="shared" ref="${ref}" si="${escapeText(si)}">${escapeText(text)}</${prefix}f>` });
  }
  return out;
}

function widenSpans(startTag: string, spot: RowSpot, writes: SheetCellWrite[]): string {
  const colon = spot.spans ? spot.spans.indexOf(":") : -1;
  if (colon < 0 || writes.length === 0) return startTag;
  const min = Number(spot.spans!.slice(0, colon));
  const max = Number(spot.spans!.slice(colon + 1));
  if (!Number.isInteger(min) || !Number.isInteger(max)) return startTag;
  let lo = min;
  let hi = max;
  for (const w of writes) {
    if (w.column < lo) lo = w.column;
    if (w.column > hi) hi = w.column;
  }
  if (lo === min && hi === max) return startTag;
  // Excel writes spans="1:15": the value is replaced in place; any other spelling goes by the pattern.
  const at = startTag.indexOf(' spans="') + 8;
  if (at > 7 && startTag.startsWith(spot.spans!, at) && startTag.charCodeAt(at + spot.spans!.length) === 34) {
    return `${startTag.slice(0, at)}${lo}:${hi}${startTag.slice(at + spot.spans!.length)}`;
  }
  return startTag.replace(SPANS, `$1"${lo}:${hi}"`);
}

const SPANS = /(\sspans\s*=\s*)("[^"]*"|'[^']*')/;

function widenDimension(xml: string, scan: SheetScan, writes: readonly SheetCellWrite[]): Edit | undefined {
  const d = scan.dimension;
  if (!d || writes.length === 0) return undefined;
  const [from, to = from] = d.ref.split(":");
  let top = cellRow(from), left = cellColumn(from), bottom = cellRow(to), right = cellColumn(to);
  if (!top || !left || !bottom || !right) return undefined;
  for (const w of writes) {
    top = Math.min(top, w.row);
    bottom = Math.max(bottom, w.row);
    left = Math.min(left, w.column);
    right = Math.max(right, w.column);
  }
  const ref = top === bottom && left === right ? a1(top, left) : `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
  if (ref === d.ref) return undefined;
  return { start: d.start, end: d.end, text: withAttrs(xml.slice(d.start, d.end), { ref }) };
}

/** The XML between a shared formula's promotions, with them in place, from `from` to `to`. */
function withPromotions(xml: string, from: number, to: number, promoted: Map<number, { end: number; text: string }>): string {
  let out = "";
  let last = from;
  for (const at of [...promoted.keys()].filter((at) => at >= from && at < to).sort((a, b) => a - b)) {
    const promotion = promoted.get(at)!;
    out += xml.slice(last, at) + promotion.text;
    last = promotion.end;
  }
  return out + xml.slice(last, to);
}

/**
 * The new text, built from the old one in order: stretches copied (as slices, no copy until the end),
 * new text pushed. The pieces are joined every few hundred, so the many small strings of a big sheet's
 * rows die young instead of all living to the end (the garbage collector copies every survivor, and on a
 * 10,000-row sheet that copying cost more than the patching).
 */
class TextPieces {
  private pieces: string[] = [];
  private readonly chunks: string[] = [];
  /** Where the old text not yet copied starts. */
  private last = 0;

  constructor(private readonly xml: string) {}

  push(text: string): void {
    this.pieces.push(text);
    if (this.pieces.length >= 512) {
      this.chunks.push(this.pieces.join(""));
      this.pieces = [];
    }
  }

  /** Copies the old text up to `position`. */
  copyTo(position: number): void {
    if (position > this.last) this.push(this.xml.slice(this.last, position));
    this.last = Math.max(this.last, position);
  }

  /** Leaves out the old text up to `position` (it was replaced). */
  skipTo(position: number): void {
    this.last = position;
  }

  edit(e: Edit): void {
    this.copyTo(e.start);
    this.push(e.text);
    this.skipTo(e.end);
  }

  finish(): string {
    this.copyTo(this.xml.length);
    this.chunks.push(this.pieces.join(""));
    return this.chunks.join("");
  }
}
