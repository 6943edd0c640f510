import { literalPattern } from "../keys";
import { a1, CellValue } from "../grid";
import { cellColumn } from "./cell-address";
import { cellValue, isDateFormat, numberValue, ReadContext } from "./cell-value";
import { CellContent, formulaText, readCellContent, simpleValue } from "./cell-content";
import { decodeText, markupFrom, TagKind, XmlCursor } from "./xml";

// The cells of a sheet's sheetData, read with regular expressions: the engine's native code reads the
// many small, regular elements of a sheet several times faster than JavaScript walking them, and the
// reader runs once per process, before JavaScript is optimised, so work per cell in JavaScript is what
// costs. Two paths, giving the same cells:
// - the common path: one match per cell as Excel writes it (<c r="AB12" s="3" t="s"><v>17</v></c>, a
//   formula with its result, a status the refresh wrote as an inline string), formatted empty cells
//   passed over inside the same match, rows taken from their <row r="..."> tag;
// - the general path, for a whole row as soon as anything in it is unusual (a shared formula, rich
//   text, an entity, attributes in another order or spacing, a cell without r, <v/>): each row and
//   cell matched loosely, its attributes read in any order, its content read by the scanner.

/** Patterns for one element prefix ("" or "x:"), made once per prefix. */
interface Patterns {
  common: RegExp;
  row: RegExp;
  cell: RegExp;
  value: string;
  valueClose: string;
  holds: string[];
}

// The groups of the common pattern (plain constants: the loop runs mostly before it is optimised).
const COLUMN = 1;
const FORMAT = 2;
const TYPE = 3;
const FORMULA = 4;
const VALUE = 5;
const INLINE = 6;
const ROW_AFTER_END = 7;
const ROW = 8;

const PATTERNS = new Map<string, Patterns>();
const ROW_NUMBER = /\sr\s*=\s*(?:"([^"]*)"|'([^']*)')/;
// A quoted value holding ">" or the other quote (or text that looks like one: then read by the scanner too).
const ODD_VALUE = /=\s*(?:"[^"]*[>']|'[^']*[>"])/;
const CELL_ATTR = /\s([rst])\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// The attributes as Excel (and most writers) spell them, r, s, t in that order: read in one match.
const EXCEL_CELL_ATTRS = /^\s+r="([A-Za-z]+\d+)"(?:\s+s="(\d+)")?(?:\s+t="(\w+)")?\s*$/;

function patternsFor(prefix: string): Patterns {
  let p = PATTERNS.get(prefix);
  if (!p) {
    const e = literalPattern(prefix);
    p = {
      // Sticky: one token exactly where the last ended, so nothing unusual is ever stepped over. Before
      // it, any whitespace and formatted empty cells. The token: a common cell (its value a <v>, with or
      // without an <f>, or an inline string as the refresh writes it; texts without entities), a row's
      // start (after the last row's end), or a row's end. Groups: see COLUMN and after.
      common: new RegExp(
        `(?:\\s|<${e}c r="[A-Z]{1,3}\\d+"(?: s="\\d+")?/>)*(?:` +
          `<${e}c r="([A-Z]{1,3})\\d+"(?: s="(\\d+)")?(?: t="(\\w+)")?>` +
          `(?:(?:<${e}f>([^<&]*)</${e}f>)?<${e}v>([^<&]*)</${e}v>|<${e}is><${e}t(?: xml:space="preserve")?>([^<&]*)</${e}t></${e}is>)</${e}c>` +
          `|(</${e}row>\\s*)?<${e}row r="(\\d+)"[^<>]*>|(</${e}row>))`,
        "y",
      ),
      // An element and its content up to its close tag; a start tag's attribute values hold no ">".
      // End tags may have white space before their ">" (</row >).
      row: new RegExp(`<${e}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${e}row\\s*>)`, "g"),
      cell: new RegExp(`<${e}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${e}c\\s*>)`, "g"),
      value: `<${prefix}v>`,
      valueClose: `</${prefix}v>`,
      holds: [`<${prefix}v`, `<${prefix}is`, `<${prefix}f`],
    };
    PATTERNS.set(prefix, p);
  }
  return p;
}

/** The values (rows filled densely, null where empty, as the engine takes them), formats and formulas of sheetData. */
export class Cells {
  readonly values: CellValue[][] = [];
  readonly numFmts: (string | null)[][] = [];
  readonly formulas: string[] = [];
  private readonly shared = new Map<string, { text: string; row: number; column: number }>();
  private strings: readonly string[] | undefined;

  constructor(private readonly ctx: ReadContext) {}

  /**
   * Reads sheetData's content. False, having read nothing worth keeping, when it holds a </sheetData>
   * (the caller cut it at the last, and the sheet's cells end at the first).
   */
  readRows(data: string, prefix: string, cutAtLast: boolean): boolean {
    const p = patternsFor(prefix);
    const common = p.common;
    const numFmts = this.ctx.numFmts;
    const dates = numFmts.map(isDateFormat);
    let pos = 0;
    let row = 0;
    // The row being read: where its tag is (at or after), -1 between rows; what it may have to undo; its
    // arrays once it holds a value.
    let rowStart = -1;
    let undo: RowUndo = { row: 0, last: 0, formulas: 0 };
    let rowValues: CellValue[] | undefined;
    let rowFmts: (string | null)[] | undefined;
    let checked = false;
    // Where the next comment, CDATA section or processing instruction starts (looked for when passed).
    let nextMarkup = -1;
    while (pos < data.length) {
      common.lastIndex = pos;
      const m = common.exec(data);
      const cell = m !== null && m[COLUMN] !== undefined;
      // A token is taken where it fits: a cell inside a row, a row (numbered from 1) not inside another.
      const fits = m !== null && (cell ? rowStart >= 0 : m[ROW] === undefined || ((m[ROW_AFTER_END] !== undefined || rowStart < 0) && Number(m[ROW]) >= 1));
      // Anything else: the general path reads on from this row (or the next), as if the common path had
      // never started it.
      if (m === null || !fits) {
        // No common token holds a "<" but its own tags: an earlier </sheetData> can only be somewhere the
        // common path stopped, so it is looked for once, the first time it stops.
        if (!checked) {
          checked = true;
          // Either spelling, </sheetData> or </sheetData >.
          if (cutAtLast && data.includes(`</${prefix}sheetData`)) return false;
        }
        if (rowStart >= 0) row = this.undo(undo);
        p.row.lastIndex = rowStart >= 0 ? rowStart : pos;
        rowStart = -1;
        const from = p.row.lastIndex;
        const r = p.row.exec(data);
        // A comment, CDATA section or processing instruction may hold what looks like a tag (</row>), and
        // an attribute's value a ">" or the other quote (where the loose matches would end a tag or see an
        // attribute): the row is then read by the scanner, which steps over them.
        if (nextMarkup < from) nextMarkup = markupFrom(data, from);
        if (r && nextMarkup >= p.row.lastIndex && !ODD_VALUE.test(r[0])) {
          row = this.readRow(r, row, p);
          pos = p.row.lastIndex;
        } else {
          const read = this.readRowByCursor(data, from, row);
          if (!read) return true;
          pos = read.end;
          row = read.row;
        }
        continue;
      }
      pos = common.lastIndex;
      if (!cell) {
        if (m[ROW] === undefined) rowStart = -1;
        else {
          undo = this.undoFor(Number(m[ROW]), row);
          row = undo.row;
          // <row r="5"/> holds no cells (and the next row is not inside it).
          rowStart = data.charCodeAt(pos - 2) === 47 /* / */ ? -1 : m.index;
          rowValues = rowFmts = undefined;
        }
        continue;
      }
      const column = cellColumn(m[COLUMN]);
      if (m[FORMULA] !== undefined) this.formulas.push(a1(row, column));
      const type = m[TYPE];
      const style = m[FORMAT] === undefined ? 0 : Number(m[FORMAT]);
      const raw = m[VALUE];
      let value: CellValue;
      if (raw === undefined) value = cellValue(type ?? "n", m[INLINE], true, numFmts[style] ?? null, this.ctx);
      else if (type === undefined) value = numberValue(raw, dates[style] === true, this.ctx.date1904);
      else if (type === "s") value = (this.strings ??= this.ctx.sharedStrings())[Number(raw)] ?? null;
      else value = cellValue(type, raw, false, numFmts[style] ?? null, this.ctx);
      // An empty text shows nothing, as Office.js gives it (""): no value, like an empty cell.
      if (value === null || value === "") continue;
      rowValues ??= this.values[row - 1] ??= [];
      rowFmts ??= this.numFmts[row - 1] ??= [];
      while (rowValues.length < column - 1) {
        rowValues.push(null);
        rowFmts.push(null);
      }
      rowValues[column - 1] = value;
      rowFmts[column - 1] = numFmts[style] ?? null;
    }
    // A row never closed is not read (the general pattern needs its end).
    if (rowStart >= 0) this.undo(undo);
    return true;
  }

  /** What to put back if the row starting now is given up; a row number met before is copied (rare). */
  private undoFor(row: number, last: number): RowUndo {
    const values = this.values[row - 1];
    const undo: RowUndo = { row, last, formulas: this.formulas.length };
    if (values !== undefined) undo.saved = [values.slice(), this.numFmts[row - 1].slice()];
    return undo;
  }

  /** Takes back what the common path read of a row; gives the row number before it. */
  private undo(u: RowUndo): number {
    this.formulas.length = u.formulas;
    // An empty row is the same as none to the grid (trailing ones are dropped).
    this.values[u.row - 1] = u.saved?.[0] ?? [];
    this.numFmts[u.row - 1] = u.saved?.[1] ?? [];
    return u.last;
  }

  /** One row matched by the general pattern; gives the row's number (counted on from the last when it has no r). */
  private readRow(m: RegExpExecArray, last: number, p: Patterns): number {
    const r = ROW_NUMBER.exec(m[1]);
    const row = r ? Number(decodeText(r[1] ?? r[2])) : last + 1;
    const content = m[2];
    // A row of formatted empty cells (a block the user filled or bordered) holds nothing: passed over.
    if (content && p.holds.some((h) => content.includes(h))) this.readCells(content, row, p);
    return row;
  }

  private readCells(content: string, row: number, p: Patterns): void {
    p.cell.lastIndex = 0;
    let column = 0;
    for (let m = p.cell.exec(content); m; m = p.cell.exec(content)) {
      let ref: string | undefined, type = "n", style = 0;
      const excel = EXCEL_CELL_ATTRS.exec(m[1]);
      if (excel) {
        ref = excel[1];
        if (excel[2] !== undefined) style = Number(excel[2]);
        if (excel[3] !== undefined) type = excel[3];
      } else {
        CELL_ATTR.lastIndex = 0;
        for (let a = CELL_ATTR.exec(m[1]); a; a = CELL_ATTR.exec(m[1])) {
          const v = decodeText(a[2] ?? a[3]);
          if (a[1] === "r") ref = v;
          else if (a[1] === "t") type = v;
          else style = Number(v);
        }
      }
      column = ref ? cellColumn(ref) : column + 1;
      const inner = m[2];
      // An empty cell (only a format) holds nothing for the engine.
      if (!inner) continue;
      const cell = simpleValue(inner, p.value, p.valueClose) ?? readCellContent(new XmlCursor(inner));
      this.put(row, column, type, style, cell);
    }
  }

  /**
   * The next row from `from`, read by the scanner: its number (counted on from `last` without r) and
   * where it ends; undefined when there is none.
   */
  private readRowByCursor(data: string, from: number, last: number): { row: number; end: number } | undefined {
    const cursor = new XmlCursor(data, from);
    let found = false;
    while (!found && cursor.next()) found = cursor.is("row") && cursor.kind !== "close";
    if (!found) return undefined;
    const r = cursor.attr("r");
    const row = r ? Number(r) : last + 1;
    if (cursor.kind === "empty") return { row, end: cursor.end };
    let column = 0;
    // Kept until the row's end is found: a row left without its end is not read, as on the other paths.
    const cells: [number, string, number, CellContent][] = [];
    while (cursor.next()) {
      const kind = cursor.kind as TagKind;
      if (kind === "close" && cursor.is("row")) {
        for (const [c, type, style, content] of cells) this.put(row, c, type, style, content);
        return { row, end: cursor.end };
      }
      if (!cursor.is("c") || kind === "close") continue;
      const ref = cursor.attr("r");
      column = ref ? cellColumn(ref) : column + 1;
      if (kind === "empty") continue;
      cells.push([column, cursor.attr("t") ?? "n", Number(cursor.attr("s") ?? 0), readCellContent(cursor)]);
    }
    return undefined;
  }

  private put(row: number, column: number, type: string, style: number, cell: CellContent): void {
    if (cell.shared !== undefined && cell.formula) this.shared.set(cell.shared, { text: cell.formula, row, column });
    if (cell.value === undefined && cell.formula === undefined) return;
    if (cell.formula !== undefined) this.formulas.push(a1(row, column));
    const numFmt = this.ctx.numFmts[style] ?? null;
    // A formula saved without its result (a tool that does not calculate wrote the file): unknown, not blank.
    const value = cell.value === undefined ? { formulaWithoutResult: formulaText(cell, row, column, this.shared) } : cellValue(type, cell.value, cell.inline, numFmt, this.ctx);
    if (value === null || value === "") return;
    const rowValues = (this.values[row - 1] ??= []);
    const rowFmts = (this.numFmts[row - 1] ??= []);
    while (rowValues.length < column - 1) {
      rowValues.push(null);
      rowFmts.push(null);
    }
    rowValues[column - 1] = value;
    rowFmts[column - 1] = numFmt;
  }
}

interface RowUndo {
  row: number;
  /** The row number before it. */
  last: number;
  /** How many formulas were listed before it. */
  formulas: number;
  /** Its values and formats before it, when an earlier row had the same number. */
  saved?: [CellValue[], (string | null)[]];
}
