import { PlainSentenceError } from "../errors";
import { a1, columnLetters } from "../grid";
import { cellColumn, cellRow } from "./cell-address";
import { ColumnCellXml, StyleFor } from "./cell-xml";
import { RowAppender, widenedSpans, withSpans } from "./row-append";
import { shiftFormula } from "./formula-shift";
import { CellSpot, FormulaSpot, RowSpot, scanSheet, SheetScan } from "./sheet-scan";
import { ColumnCells, SheetCellWrite, SheetWrites } from "./sheet-writes";
import { Edit, PatchedText, TextPieces, Utf8Text } from "./text-pieces";
import type { DeflatedPart } from "./zip";
import { escapeText, withAttrs } from "./xml";

// Writes cells into a worksheet's XML and leaves every other character as it was: the cells written
// are replaced or inserted in their row, rows are inserted where needed, and nothing else in the sheet
// (formats, validations, conditional formats, notes, sparklines, extension lists) is touched.

export type { ColumnCells, SheetCellWrite, StyleFor };

export interface SheetPatch {
  xml: string;
  /** Cells that held a formula before they were written: their calculation chain entries must go. */
  formulasRemoved: string[];
}

export class PatchRefused extends PlainSentenceError {
  constructor(message: string) {
    super(message);
    this.name = "PatchRefused";
  }
}

type Promotions = Map<number, { end: number; text: string }>;

/** Writes single cells and whole columns (a refresh's own columns, as its plan gives them). */
export function patchSheet(xml: string, writes: readonly SheetCellWrite[], styleFor: StyleFor, columns: readonly ColumnCells[] = []): SheetPatch {
  const out = new TextPieces(xml);
  const formulasRemoved = patch(out, xml, writes, styleFor, columns);
  return { xml: out.finish(), formulasRemoved };
}

/**
 * The same, as UTF-8: the new text is encoded as it is made, so a big sheet's text (7 MB for 10,000
 * indicators) is never joined into one string only to be encoded and dropped. On the command line it
 * comes back deflated already (text-pieces.ts).
 */
export function patchSheetUtf8(xml: string, writes: readonly SheetCellWrite[], styleFor: StyleFor, columns: readonly ColumnCells[] = []): { content: Uint8Array | DeflatedPart; formulasRemoved: string[] } {
  const out = new Utf8Text(xml);
  const formulasRemoved = patch(out, xml, writes, styleFor, columns);
  return { content: out.finish(), formulasRemoved };
}

/** Writes into `out`; returns the cells that held a formula. */
function patch(out: PatchedText, xml: string, writes: readonly SheetCellWrite[], styleFor: StyleFor, columns: readonly ColumnCells[]): string[] {
  const table = new SheetWrites(writes, columns);
  const scan = scanSheet(xml, table);
  if (scan.formulas.some((f) => f.kind !== "shared" && f.ref)) checkRangeFormulas(scan.formulas, table);
  const promoted = promoteSharedFormulas(scan.formulas, table, scan.prefix);
  const cells = new ColumnCellXml(scan.prefix, table.columns, styleFor);
  const edits = otherEdits(xml, scan, table, cells, promoted);
  const appender = new RowAppender(xml, table, cells, (column) => columnStyle(scan, column));

  // The written rows, in the sheet's order, merged with the edits above (none overlaps a written row:
  // an inserted row goes before a row's start) into the new text.
  const formulasRemoved: string[] = [];
  let next = 0;
  const rows = scan.rows;
  for (let k = 0; k < rows.length; k++) {
    const spot = rows[k];
    if (!spot.cells) continue;
    while (next < edits.length && edits[next].start <= spot.start) out.edit(edits[next++]);
    if (spot.cells.length === 0 && !spot.empty && promoted.size === 0 && !table.takesLeftStyle(spot.row)) appender.append(out, spot);
    else rebuildRow(out, xml, spot, table, cells, scan, promoted, formulasRemoved);
  }
  while (next < edits.length) out.edit(edits[next++]);
  return formulasRemoved;
}

/** The row's new text, start tag (its spans may widen) to end tag, added to `out` piece by piece. */
function rebuildRow(out: PatchedText, xml: string, spot: RowSpot, table: SheetWrites, maker: ColumnCellXml, scan: SheetScan, promoted: Promotions, formulasRemoved: string[]): void {
  const cells = spot.cells!;
  const row = spot.row;
  // The written columns of this row, by index into table.columns (ascending).
  const pending: number[] = [];
  for (let j = 0; j < table.columns.length; j++) if (table.at(j, row)) pending.push(j);
  const cellAt = (column: number): CellSpot | undefined => {
    for (let i = cells.length - 1; i >= 0; i--) if (cells[i].column === column) return cells[i];
    return undefined;
  };
  const newCell = (j: number): void => {
    const column = table.columns[j];
    const own = cellAt(column);
    let base = own?.style ?? spot.style ?? columnStyle(scan, column);
    if (table.styleFromLeft(j, row)) {
      const left = cells.filter((c) => c.column < column && c.hasValue).pop();
      if (left) base = left.style;
      else if (spot.leftStyle !== undefined) base = spot.leftStyle;
    }
    out.push(maker.xml(j, row, table.at(j, row)!, base, own !== undefined));
  };
  const startTag = xml.slice(spot.start, spot.openEnd);
  const spans = spot.spans ? widenedSpans(spot.spans, table.columns[pending[0]], table.columns[pending[pending.length - 1]]) : undefined;
  const newTag = spans === undefined ? startTag : withSpans(startTag, spot.spans!, spans);
  out.copyTo(spot.start);
  if (spot.empty) {
    out.push(newTag.replace(/\s*\/>$/, ">"));
    pending.forEach(newCell);
    out.push(`</${scan.prefix}row>`);
    return out.skipTo(spot.end);
  }
  out.push(newTag);
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
    while (pending.length && table.columns[pending[0]] < cell.column) newCell(pending.shift()!);
    const j = table.columns.indexOf(cell.column);
    if (j >= 0 && table.at(j, row)) {
      pending.shift();
      if (/<(\w+:)?f[\s>/]/.test(xml.slice(cell.start, cell.end))) formulasRemoved.push(a1(row, cell.column));
      out.copyTo(cell.start);
      newCell(j);
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

/**
 * The edits other than the written rows' own, few, in order: a promotion in a row not written (one in a
 * written row is made by that row's rebuild), rows inserted into gaps, the dimension.
 */
function otherEdits(xml: string, scan: SheetScan, table: SheetWrites, cells: ColumnCellXml, promoted: Promotions): Edit[] {
  const edits: Edit[] = [];
  if (promoted.size) {
    const writtenRowAt = new Set(scan.rows.filter((r) => r.cells).map((r) => r.start));
    const rowOf = (at: number) => scan.rows.find((r) => r.start <= at && at < r.end);
    for (const [start, edit] of promoted) if (!writtenRowAt.has(rowOf(start)?.start ?? -1)) edits.push({ start, end: edit.end, text: edit.text });
  }
  const added = newRows(scan, table);
  for (const row of added) {
    let content = "";
    for (let j = 0; j < table.columns.length; j++) {
      const write = table.at(j, row);
      if (write) content += cells.xml(j, row, write, columnStyle(scan, table.columns[j]), false);
    }
    if (!content) continue;
    const text = `<${scan.prefix}row r="${row}">${content}</${scan.prefix}row>`;
    const before = scan.rows.find((r) => r.row > row);
    const at = before ? before.start : scan.sheetData.closeStart;
    edits.push({ start: at, end: at, text });
  }
  if (scan.sheetData.empty && added.length) {
    // <sheetData/> becomes <sheetData>...</sheetData>: the inserted rows go between.
    const tag = xml.slice(scan.sheetData.start, scan.sheetData.end);
    const rows = edits.splice(0).map((e) => e.text).join("");
    edits.push({ start: scan.sheetData.start, end: scan.sheetData.end, text: `${tag.replace(/\s*\/>$/, ">")}${rows}</${scan.prefix}sheetData>` });
  }
  const widened = widenDimension(xml, scan, table);
  if (widened) edits.push(widened);
  return edits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The rows written that the sheet does not have, ascending. */
function newRows(scan: SheetScan, table: SheetWrites): number[] {
  // Usually every row written is there, found in order (counted by the scan).
  if (scan.writtenRows === table.rows.length) return [];
  const existing = new Set(scan.rows.map((r) => r.row));
  return table.rows.filter((r) => !existing.has(r));
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
function checkRangeFormulas(formulas: FormulaSpot[], table: SheetWrites): void {
  for (const f of formulas) {
    if (f.kind === "shared" || !f.ref) continue;
    const [from, to = from] = f.ref.split(":");
    const top = cellRow(from), left = cellColumn(from), bottom = cellRow(to), right = cellColumn(to);
    const inside = table.countInside(top, left, bottom, right);
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
function promoteSharedFormulas(formulas: FormulaSpot[], table: SheetWrites, prefix: string): Promotions {
  const out: Promotions = new Map();
  const groups = new Map<string, FormulaSpot[]>();
  for (const f of formulas) if (f.kind === "shared" && f.si !== undefined) groups.set(f.si, [...(groups.get(f.si) ?? []), f]);
  for (const [si, group] of groups) {
    const master = group.find((f) => f.ref !== undefined && f.text !== "");
    if (!master || !table.has(master.row, master.column)) continue;
    const rest = group.filter((f) => f !== master && !table.has(f.row, f.column)).sort((a, b) => a.row - b.row || a.column - b.column);
    if (!rest.length) continue;
    const heir = rest[0];
    const rows = rest.map((f) => f.row), columns = rest.map((f) => f.column);
    const ref = `${a1(Math.min(...rows), Math.min(...columns))}:${a1(Math.max(...rows), Math.max(...columns))}`;
    const text = shiftFormula(master.text, heir.row - master.row, heir.column - master.column);
    out.set(heir.start, { end: heir.end, text: `<${prefix}f t="shared" ref="${ref}" si="${escapeText(si)}">${escapeText(text)}</${prefix}f>` });
  }
  return out;
}

function widenDimension(xml: string, scan: SheetScan, table: SheetWrites): Edit | undefined {
  const d = scan.dimension;
  if (!d || table.rows.length === 0) return undefined;
  const [from, to = from] = d.ref.split(":");
  let top = cellRow(from), left = cellColumn(from), bottom = cellRow(to), right = cellColumn(to);
  if (!top || !left || !bottom || !right) return undefined;
  top = Math.min(top, table.rows[0]);
  bottom = Math.max(bottom, table.rows[table.rows.length - 1]);
  left = Math.min(left, table.columns[0]);
  right = Math.max(right, table.columns[table.columns.length - 1]);
  const ref = top === bottom && left === right ? a1(top, left) : `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
  if (ref === d.ref) return undefined;
  return { start: d.start, end: d.end, text: withAttrs(xml.slice(d.start, d.end), { ref }) };
}

/** The XML between a shared formula's promotions, with them in place, from `from` to `to`. */
function withPromotions(xml: string, from: number, to: number, promoted: Promotions): string {
  let out = "";
  let last = from;
  for (const at of [...promoted.keys()].filter((at) => at >= from && at < to).sort((a, b) => a - b)) {
    const promotion = promoted.get(at)!;
    out += xml.slice(last, at) + promotion.text;
    last = promotion.end;
  }
  return out + xml.slice(last, to);
}
