import { literalPattern } from "../keys";
import { columnLetters } from "../grid";
import { cellColumn, cellRow } from "./cell-address";
import { SheetWrites } from "./sheet-writes";
import { cellEnd, formulaWithAttributes, hasContent, readCell, refColumn } from "./cell-scan";
import { isNameEnd, markupFrom, XmlCursor, decodeText } from "./xml";

// Where things are in a worksheet's XML, by character position, for the patcher: the rows (all of
// them, briefly), the cells of the rows it writes (in full), every formula that is shared or spans a
// range, the column formats and the dimension. Nothing is decoded that the patch does not need.
// A row spelt as Excel writes it (<row r="5" spans="1:15" ...>, no format of its own) is found by one
// regular expression and passed over by native searches; anything else goes through the XML cursor.

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
  /** How many rows are written, when they come in ascending order, each once; else -1. */
  writtenRows: number;
  sheetData: { start: number; end: number; empty: boolean; openEnd: number; closeStart: number };
  dimension?: { start: number; end: number; ref: string };
  /** Column formats from <cols>: [min, max, style]. */
  columnStyles: [number, number, number][];
  /** Formulas that are shared or cover a range (array, data table). */
  formulas: FormulaSpot[];
  /** The prefix the sheet's elements carry ("x:" or ""). */
  prefix: string;
}

/** The tags searched for on every row, spelt once the prefix is known. */
interface RowTags {
  /** A row's start tag as Excel writes it: r first, then spans, no format (s, customFormat) of its own. */
  row: RegExp;
  /** Its start, up to the row number. */
  rowOpen: string;
  /** The row's name with its prefix ("x:row"). */
  rowName: string;
  rowClose: string;
  cellOpen: string;
  /** A cell's end tag up to its name ("</c"): white space may follow before the ">". */
  cellClose: string;
}

/** Scans the sheet; the rows `writes` writes are scanned in full. */
export function scanSheet(xml: string, writes: SheetWrites): SheetScan {
  const cursor = new XmlCursor(xml);
  const rows: RowSpot[] = [];
  const formulas: FormulaSpot[] = [];
  const columnStyles: [number, number, number][] = [];
  let sheetData: SheetScan["sheetData"] | undefined;
  let dimension: SheetScan["dimension"];
  let prefix = "";
  let current: RowSpot | undefined;
  let first = 0; // the first column written in the current row (0: none)
  let row = 0;
  let column = 0;
  let tags: RowTags | undefined;
  let writtenRows = 0;
  let lastWritten = 0;
  // Where the next formula with attributes starts (shared, array, data table): a cell or a row before it
  // is passed over whole. A plain <f> (Excel's own spelling of an ordinary formula) is none of those.
  let nextFormula = -1;
  const formulaAfter = (at: number): number => {
    if (nextFormula < at && nextFormula !== Infinity) nextFormula = formulaWithAttributes(xml, `<${prefix}f`, at);
    return nextFormula;
  };
  // Where the next comment, CDATA section or processing instruction starts: a cell before it is read by
  // its end tag alone.
  let nextMarkup = -1;
  const markupAfter = (at: number): number => {
    if (nextMarkup < at) nextMarkup = markupFrom(xml, at);
    return nextMarkup;
  };
  const rowAttrs: (string | undefined)[] = [];
  const cellAttrs: (string | undefined)[] = [];

  /**
   * After a row's start tag: -1 when the row is passed over whole (its end found), else where the walk
   * through its cells starts. A row is passed over when it has no formula that matters (shared, array)
   * and either the patch does not write it, or all its cells lie left of the first column written (the
   * own columns added after the last): then only where its last cell ends matters. One function of
   * native searches, as it runs for each of 10,000 rows mostly before the code is optimised.
   */
  const passRow = (spot: RowSpot, open: boolean): number => {
    const j = writes.firstIn(spot.row);
    first = j < 0 ? 0 : writes.columns[j];
    if (first) {
      // Filled only where the row's cells are walked (walk() below); most written rows have none to list.
      spot.cells = NO_CELLS;
      spot.leftEnd = spot.openEnd;
      // Counted in order, so the patch knows without a set of 10,000 rows that no row is to be added.
      writtenRows = spot.row > lastWritten && writtenRows >= 0 ? writtenRows + 1 : -1;
      lastWritten = spot.row;
    }
    if (!open) return -1;
    const { rowName, rowClose, cellOpen, cellClose } = tags!;
    // The end tag, found by its rare letter "w" (a search for "</row>" stops at every "<"). Any other
    // row tag met first (</row > with white space, the next row's start tag after such an end) leaves
    // the row to the cursor, which reads every spelling.
    const back = rowClose.length - 2;
    let close = -1;
    for (let w = xml.indexOf("w", spot.openEnd + back); w >= 0; w = xml.indexOf("w", w + 1)) {
      const c = xml.charCodeAt(w + 1);
      if (c > 32 && c !== 62) continue;
      if (c === 62 && xml.startsWith(rowClose, w - back)) {
        close = w - back;
        break;
      }
      if (isRowTag(xml, w + 1 - rowName.length, rowName)) return walk(spot, spot.openEnd);
    }
    if (close < 0 || formulaAfter(spot.openEnd) < close) return walk(spot, spot.openEnd);
    if (first) {
      if (writes.takesLeftStyle(spot.row)) return walk(spot, spot.openEnd);
      let last = xml.lastIndexOf(cellOpen, close);
      while (last >= spot.openEnd && !isNameEnd(xml.charCodeAt(last + cellOpen.length))) last = xml.lastIndexOf(cellOpen, last - 1);
      if (last < spot.openEnd) return walk(spot, close);
      const tagEnd = xml.indexOf(">", last);
      const column = refColumn(xml, last + cellOpen.length, tagEnd);
      if (!column) return walk(spot, spot.openEnd);
      if (column >= first) return walk(spot, firstWrittenCell(spot, close));
      const leftEnd = xml.charCodeAt(tagEnd - 1) === 47 ? tagEnd + 1 : cellEnd(xml, cellClose, tagEnd);
      if (leftEnd !== close) {
        // Anything between the last cell and the end tag (an extension list) is walked; from the row's
        // start when the cell did not end before it (</c > spelt otherwise than searched for) or a comment,
        // CDATA section or processing instruction may have held what was found.
        // So too when the "/>" taken for the cell's end was inside an attribute's value (y:a="/>").
        if (leftEnd < 0 || leftEnd > close || markupAfter(spot.openEnd) < close || !tagEndsAt(xml, last, tagEnd)) return walk(spot, spot.openEnd);
        spot.leftEnd = leftEnd;
        return walk(spot, leftEnd);
      }
      spot.leftEnd = leftEnd;
    }
    spot.end = close + rowClose.length;
    return -1;
  };

  /**
   * A row that already has cells in the written columns (a second refresh), without a formula that
   * matters: the walk starts at the cell of the first written column, when it is there as Excel spells it
   * (<c r="P5") right after the cell before it; the cells left of it need only end there. Else the walk
   * starts at the row's first cell.
   */
  const firstWrittenCell = (spot: RowSpot, close: number): number => {
    const { cellOpen, cellClose } = tags!;
    const tag = `${cellOpen} r="${columnLetters(first)}${spot.row}"`;
    const at = xml.indexOf(tag, spot.openEnd);
    if (at < 0 || at >= close || !isNameEnd(xml.charCodeAt(at + tag.length))) return spot.openEnd;
    const afterCell = (xml.charCodeAt(at - 1) === 62 && xml.startsWith(cellClose, at - 1 - cellClose.length)) || xml.startsWith("/>", at - 2);
    if (at !== spot.openEnd && !afterCell) return spot.openEnd;
    spot.leftEnd = at;
    return at;
  };

  /** Where the walk through a row's cells starts; a written row gets a list for them. */
  const walk = (spot: RowSpot, from: number): number => {
    if (spot.cells) spot.cells = [];
    return from;
  };

  /** Rows as Excel spells them, one after another from the cursor, until one whose cells must be walked. */
  const excelRows = (): void => {
    const { row: tag, rowOpen } = tags!;
    let at = cursor.position;
    let spans = "";
    for (;;) {
      while (xml.charCodeAt(at) <= 32) at++;
      tag.lastIndex = at;
      // Matched, then read in place: no match array and no strings for 10,000 rows.
      if (!tag.test(xml)) break;
      let p = at + rowOpen.length;
      row = 0;
      for (let c = xml.charCodeAt(p); c !== 34; c = xml.charCodeAt(++p)) row = row * 10 + c - 48;
      column = 0;
      // Rows share their spans ("1:15"): the last one is used again when it is the same.
      let rowSpans: string | undefined;
      if (xml.startsWith(' spans="', p + 1)) {
        p += 9;
        if (!(xml.startsWith(spans, p) && xml.charCodeAt(p + spans.length) === 34)) spans = xml.slice(p, xml.indexOf('"', p));
        rowSpans = spans;
      }
      current = rowSpot(row, at, tag.lastIndex, xml.charCodeAt(tag.lastIndex - 2) === 47, rowSpans);
      rows.push(current);
      const from = passRow(current, !current.empty);
      if (from >= 0) {
        at = from;
        break;
      }
      at = current.end;
    }
    cursor.moveTo(at);
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
      tags = rowTags(prefix);
      excelRows();
    } else if (cursor.is("row")) {
      if (cursor.kind === "close") {
        current!.end = cursor.end;
        excelRows();
        continue;
      }
      // Any other spelling: one pass over the row's attributes.
      cursor.rawAttrs(ROW_ATTRS, rowAttrs);
      const [r, custom, s, spans] = rowAttrs.map((v) => (v === undefined ? v : decodeText(v)));
      row = r ? Number(r) : row + 1;
      column = 0;
      current = rowSpot(row, cursor.start, cursor.end, cursor.kind === "empty", spans);
      if (custom === "1" || custom === "true") current.style = Number(s ?? 0);
      rows.push(current);
      const from = passRow(current, cursor.kind === "open");
      if (from >= 0) cursor.moveTo(from);
      else {
        cursor.moveTo(current.end);
        excelRows();
      }
    } else if (cursor.is("c") && cursor.kind !== "close") {
      // One pass over the cell's attributes (a second refresh walks the 40,000 cells it rewrites).
      cursor.rawAttrs(CELL_ATTRS, cellAttrs);
      const ref = cellAttrs[0] === undefined ? undefined : decodeText(cellAttrs[0]);
      column = ref ? cellColumn(ref) : column + 1;
      if (ref) row = cellRow(ref) || row;
      const detail = current?.cells !== undefined;
      if (cursor.kind === "empty" && !detail) continue;
      const style = detail && cellAttrs[1] !== undefined ? Number(decodeText(cellAttrs[1])) : 0;
      const spot: CellSpot = { column, start: cursor.start, end: cursor.end, style, hasValue: false };
      if (cursor.kind === "open") {
        const end = cellEnd(xml, (tags ??= rowTags(prefix)).cellClose, cursor.end);
        if (end >= 0 && formulaAfter(cursor.end) > end && markupAfter(cursor.end) > end) {
          spot.hasValue = hasContent(xml, cursor.end, xml.lastIndexOf("<", end));
          spot.end = end;
          cursor.moveTo(end);
        } else readCell(cursor, spot, row, formulas);
      }
      if (!detail) continue;
      // Cells left of what the patch writes are only passed over: their end and, for a new header, a format.
      if (spot.column >= first) current!.cells!.push(spot);
      else {
        current!.leftEnd = spot.end;
        if (spot.hasValue) current!.leftStyle = spot.style;
      }
    }
  }
  if (!sheetData) throw new Error("the sheet has no cell data");
  return { rows, writtenRows, sheetData, dimension, columnStyles, formulas, prefix };
}

// The cells of a written row passed over whole: none listed (frozen: a row walked gets its own list).
const NO_CELLS: CellSpot[] = Object.freeze([]) as unknown as CellSpot[];

function rowSpot(row: number, start: number, openEnd: number, empty: boolean, spans: string | undefined): RowSpot {
  // Every field from the start: rows of one shape keep the patch's property reads monomorphic (fast while cold).
  return { row, start, openEnd, end: openEnd, empty, style: undefined, spans, cells: undefined, leftEnd: undefined, leftStyle: undefined };
}

function rowTags(prefix: string): RowTags {
  const p = literalPattern(prefix);
  // Other attributes (ht, customHeight, x14ac:dyDescent) may follow, double-quoted, without entities.
  const row = new RegExp(`<${p}row r="(\\d+)"(?: spans="(\\d+:\\d+)")?(?:\\s+(?!customFormat|spans|s\\s*=)[\\w:.-]+="[^"<>&]*")*\\s*(/?)>`, "y");
  return { row, rowOpen: `<${prefix}row r="`, rowName: `${prefix}row`, rowClose: `</${prefix}row>`, cellOpen: `<${prefix}c`, cellClose: `</${prefix}c` };
}

/** Whether the tag starting at `start` ends at the ">" at `gt` (not at one inside a quoted value). */
function tagEndsAt(xml: string, start: number, gt: number): boolean {
  const cursor = new XmlCursor(xml, start);
  return cursor.next() && cursor.end === gt + 1;
}

/** Whether the name at `at` is that of a row tag, start or end (<row, </row). */
function isRowTag(xml: string, at: number, rowName: string): boolean {
  if (!xml.startsWith(rowName, at)) return false;
  const before = xml.charCodeAt(at - 1);
  return before === 60 || (before === 47 && xml.charCodeAt(at - 2) === 60);
}

const ROW_ATTRS = ["r", "customFormat", "s", "spans"];
const CELL_ATTRS = ["r", "s"];
