import { cellColumn, cellRow } from "./cell-address";
import { NextTag, XmlCursor, contentText, decodeText } from "./xml";

// Where things are in a worksheet's XML, by character position, for the patcher: the rows (all of
// them, briefly), the cells of the rows it writes (in full), every formula that is shared or spans a
// range, the column formats and the dimension. Nothing is decoded that the patch does not need.

export interface CellSpot {
  column: number;
  start: number;
  end: number;
  style: number;
  /** The cell shows something (a value or a formula), so it can lend its format to a new header. */
  hasValue: boolean;
}

export interface RowSpot {
  row: number;
  start: number;
  /** Just after the row's start tag (equal to end for an empty <row/>). */
  openEnd: number;
  end: number;
  empty: boolean;
  /** The row's format where it has one of its own (customFormat="1"). */
  style?: number;
  spans?: string;
  /** For a row the patch writes: its cells from the first written column on. */
  cells?: CellSpot[];
  /** For a row the patch writes: the end of its last cell before the first written column (else openEnd). */
  leftEnd?: number;
  /** ... and the format of the nearest such cell that shows something. */
  leftStyle?: number;
}

export interface FormulaSpot {
  row: number;
  column: number;
  kind: string;
  si?: string;
  ref?: string;
  /** The <f> element's position and its formula text (for a shared formula's first cell). */
  start: number;
  end: number;
  text: string;
}

export interface SheetScan {
  rows: RowSpot[];
  sheetData: { start: number; end: number; empty: boolean; openEnd: number; closeStart: number };
  dimension?: { start: number; end: number; ref: string };
  /** Column formats from <cols>: [min, max, style]. */
  columnStyles: [number, number, number][];
  /** Formulas that are shared or cover a range (array, data table). */
  formulas: FormulaSpot[];
  /** The prefix the sheet's elements carry ("x:" or ""). */
  prefix: string;
}

/**
 * Scans the sheet. `detailRows` maps each row the patch writes to its first written column;
 * `leftStyleRows` are those where a new cell takes the format of the cell to its left.
 */
export function scanSheet(xml: string, detailRows: ReadonlyMap<number, number>, leftStyleRows: ReadonlySet<number> = new Set()): SheetScan {
  const cursor = new XmlCursor(xml);
  const rows: RowSpot[] = [];
  const formulas: FormulaSpot[] = [];
  const columnStyles: [number, number, number][] = [];
  let sheetData: SheetScan["sheetData"] | undefined;
  let dimension: SheetScan["dimension"];
  let prefix = "";
  let current: RowSpot | undefined;
  let row = 0;
  let column = 0;
  // Where the next formula starts: a cell or a row before it has no formula, so it is passed over whole.
  let formulas_: NextTag | undefined;
  const formulaAfter = (at: number): number => (formulas_ ??= new NextTag(xml, [`<${prefix}f`])).after(at);
  // The tags searched for on every row, spelt once the prefix is known.
  let tags: { rowClose: string; cellOpen: string; cellClose: string } | undefined;
  const tagsFor = () => (tags ??= { rowClose: `</${prefix}row>`, cellOpen: `<${prefix}c`, cellClose: `</${prefix}c>` });
  const rowAttrs: (string | undefined)[] = [];
  /**
   * A written row whose cells all lie left of what is written (own columns added after the last), and
   * without a formula: passed over in one step, as far as its last cell.
   */
  const skipLeftCells = (spot: RowSpot, first: number): void => {
    const { rowClose, cellOpen, cellClose } = tagsFor();
    const close = xml.indexOf(rowClose, spot.openEnd);
    if (close < 0 || formulaAfter(spot.openEnd) < close) return;
    let last = xml.lastIndexOf(cellOpen, close);
    while (last >= spot.openEnd && !isNameEnd(xml.charCodeAt(last + cellOpen.length))) last = xml.lastIndexOf(cellOpen, last - 1);
    if (last < spot.openEnd) return cursor.moveTo(close);
    const tagEnd = xml.indexOf(">", last);
    const column = refColumn(xml, last + cellOpen.length, tagEnd);
    if (!column || column >= first) return;
    spot.leftEnd = xml.charCodeAt(tagEnd - 1) === 47 ? tagEnd + 1 : xml.indexOf(cellClose, tagEnd) + cellClose.length;
    cursor.moveTo(spot.leftEnd);
  };
  while (cursor.next()) {
    if (cursor.is("worksheet") && cursor.kind === "open") prefix = cursor.name.slice(0, cursor.name.length - cursor.local.length);
    else if (cursor.is("dimension") && cursor.kind !== "close" && !sheetData) dimension = { start: cursor.start, end: cursor.end, ref: cursor.attr("ref") ?? "" };
    else if (cursor.is("col") && cursor.kind !== "close" && !sheetData) {
      const style = cursor.attr("style");
      if (style) columnStyles.push([Number(cursor.attr("min")), Number(cursor.attr("max")), Number(style)]);
    } else if (cursor.is("sheetData")) {
      if (cursor.kind === "close") {
        sheetData!.closeStart = cursor.start;
        sheetData!.end = cursor.end;
        break;
      }
      sheetData = { start: cursor.start, openEnd: cursor.end, end: cursor.end, closeStart: cursor.start, empty: cursor.kind === "empty" };
      if (cursor.kind === "empty") break;
    } else if (cursor.is("row")) {
      if (cursor.kind === "close") {
        current!.end = cursor.end;
        continue;
      }
      // One pass over the row's attributes (every row of a big sheet comes here).
      cursor.rawAttrs(ROW_ATTRS, rowAttrs);
      const [r, custom, s, spans] = rowAttrs.map((v) => (v === undefined ? v : decodeText(v)));
      row = r ? Number(r) : row + 1;
      column = 0;
      current = { row, start: cursor.start, openEnd: cursor.end, end: cursor.end, empty: cursor.kind === "empty", spans };
      if (custom === "1" || custom === "true") current.style = Number(s ?? 0);
      rows.push(current);
      if (detailRows.has(row)) {
        current.cells = [];
        current.leftEnd = current.openEnd;
        if (cursor.kind === "open" && !leftStyleRows.has(row)) skipLeftCells(current, detailRows.get(row)!);
      } else if (cursor.kind === "open") {
        // A row the patch does not write, without a formula: only its extent matters.
        const close = xml.indexOf(tagsFor().rowClose, cursor.end);
        if (close >= 0 && formulaAfter(cursor.end) > close) cursor.moveTo(close);
      }
    } else if (cursor.is("c") && cursor.kind !== "close") {
      const ref = cursor.attr("r");
      column = ref ? cellColumn(ref) : column + 1;
      if (ref) row = cellRow(ref) || row;
      const detail = current?.cells !== undefined;
      if (cursor.kind === "empty" && !detail) continue;
      const spot: CellSpot = { column, start: cursor.start, end: cursor.end, style: detail ? Number(cursor.attr("s") ?? 0) : 0, hasValue: false };
      if (cursor.kind === "open") {
        const closeTag = `</${prefix}c>`;
        const close = xml.indexOf(closeTag, cursor.end);
        if (close >= 0 && formulaAfter(cursor.end) > close) {
          spot.hasValue = hasContent(xml, cursor.end, close);
          spot.end = close + closeTag.length;
          cursor.moveTo(spot.end);
        } else readCell(cursor, spot, row, formulas);
      }
      if (!detail) continue;
      // Cells left of what the patch writes are only passed over: their end and, for a new header, a format.
      if (spot.column >= detailRows.get(current!.row)!) current!.cells!.push(spot);
      else {
        current!.leftEnd = spot.end;
        if (spot.hasValue) current!.leftStyle = spot.style;
      }
    }
  }
  if (!sheetData) throw new Error("the sheet has no cell data");
  return { rows, sheetData, dimension, columnStyles, formulas, prefix };
}

function readCell(cursor: XmlCursor, spot: CellSpot, row: number, formulas: FormulaSpot[]): void {
  while (cursor.next()) {
    if (cursor.kind === "close" && cursor.is("c")) break;
    if (cursor.kind === "close") continue;
    if (cursor.is("v") || cursor.is("is")) spot.hasValue = true;
    if (cursor.is("f")) {
      spot.hasValue = true;
      const kind = cursor.attr("t") ?? "normal";
      const start = cursor.start;
      const si = cursor.attr("si");
      const ref = cursor.attr("ref");
      let text = "";
      if (cursor.kind === "open") {
        const from = cursor.position;
        cursor.skipElement();
        text = contentText(cursor.xml, from, cursor.start);
      }
      if (kind !== "normal") formulas.push({ row, column: spot.column, kind, si, ref, start, end: cursor.position, text });
      continue;
    }
    if (cursor.kind === "open") cursor.skipElement();
  }
  spot.end = cursor.end;
}

const ROW_ATTRS = ["r", "customFormat", "s", "spans"];

/** The column of a cell's r attribute, read in its start tag between `from` and `to`; 0 without one. */
function refColumn(xml: string, from: number, to: number): number {
  // Excel's spelling ( r="A1") is found directly; any other by the pattern.
  const at = xml.indexOf(' r="', from);
  if (at >= 0 && at < to) return cellColumn(xml.slice(at + 4, Math.min(at + 8, to)));
  const ref = /\sr\s*=\s*["']([A-Za-z]+)/.exec(xml.slice(from - 1, to));
  return ref ? cellColumn(ref[1]) : 0;
}

function hasContent(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) > 32) return true;
  return false;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}
