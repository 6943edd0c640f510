import { a1, CellValue, columnRanges, dateFromSerial, isDateOrTimeFormat, SheetGrid } from "../grid";
import { shiftFormula } from "./formula-shift";
import { cellColumn, cellRow } from "./cell-address";
import { unescapeExcel } from "./shared-strings";
import { decodeText, XmlCursor, XmlError } from "./xml";

// One worksheet's cells as the engine's grid: values, number formats and merged ranges, read straight
// from the sheet's XML. Only cells that hold a value cost anything: an empty formatted cell is one tag
// skipped, and data validations, conditional formats and the rest of the sheet are never looked at.

export interface ReadContext {
  sharedStrings(): readonly string[];
  /** Number format of each cell format index. */
  numFmts: readonly (string | null)[];
  date1904: boolean;
}

export function readSheet(name: string, xml: string, ctx: ReadContext): SheetGrid {
  const cells = new Cells(ctx);
  const hidden: [number, number][] = [];
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  const cursor = new XmlCursor(xml);
  let prefix = "";
  while (cursor.next()) {
    if (cursor.is("worksheet") && cursor.kind === "open") prefix = cursor.name.slice(0, cursor.name.length - cursor.local.length);
    else if (cursor.is("sheetData") && cursor.kind === "open") {
      const close = xml.indexOf(`</${prefix}sheetData>`, cursor.end);
      if (close < 0) throw new XmlError("the sheet's cells are cut short");
      cells.readRows(xml.slice(cursor.end, close), prefix);
      cursor.moveTo(close);
    } else if (cursor.is("col") && cursor.kind !== "close") {
      const h = cursor.attr("hidden");
      if (h === "1" || h === "true") hidden.push([Number(cursor.attr("min")), Number(cursor.attr("max"))]);
    } else if (cursor.is("mergeCell") && cursor.kind !== "close") {
      const [from, to = from] = (cursor.attr("ref") ?? "").split(":");
      if (!from) continue;
      const m = { top: cellRow(from), left: cellColumn(from), bottom: cellRow(to), right: cellColumn(to) };
      if (m.top && m.left && m.bottom && m.right && (m.bottom > m.top || m.right > m.left)) merges.push(m);
    }
  }
  const grid = toGrid(name, cells.values, cells.numFmts, merges);
  if (hidden.length) grid.hiddenColumns = columnRanges(hidden);
  if (cells.formulas.length) grid.formulas = cells.formulas;
  return grid;
}

/** Patterns for one element prefix ("" or "x:"), made once per prefix. */
interface Patterns {
  row: RegExp;
  cell: RegExp;
  value: string;
  valueClose: string;
  holds: string[];
}

const PATTERNS = new Map<string, Patterns>();
const ROW_NUMBER = /\sr\s*=\s*["'](\d+)/;
const CELL_ATTR = /\s([rst])\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// The attributes as Excel (and most writers) spell them, r, s, t in that order: read in one match, which
// on a sheet of 150,000 cells costs a fraction of the general loop above (the fallback).
const EXCEL_CELL_ATTRS = /^\s+r="([A-Za-z]+\d+)"(?:\s+s="(\d+)")?(?:\s+t="(\w+)")?\s*$/;

function patternsFor(prefix: string): Patterns {
  let p = PATTERNS.get(prefix);
  if (!p) {
    const e = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    p = {
      // An element and its content up to its close tag; a start tag's attribute values hold no ">".
      row: new RegExp(`<${e}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${e}row>)`, "g"),
      cell: new RegExp(`<${e}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${e}c>)`, "g"),
      value: `<${prefix}v>`,
      valueClose: `</${prefix}v>`,
      holds: [`<${prefix}v`, `<${prefix}is`, `<${prefix}f`],
    };
    PATTERNS.set(prefix, p);
  }
  return p;
}

/**
 * The cells of sheetData, matched row by row and cell by cell with regular expressions (the engine's
 * native code reads the many small, regular elements of a sheet several times faster than a scanner
 * in JavaScript); an unusual cell (a formula, an inline string) is read by the scanner.
 */
class Cells {
  readonly values: CellValue[][] = [];
  readonly numFmts: (string | null)[][] = [];
  readonly formulas: string[] = [];
  private readonly shared = new Map<string, { text: string; row: number; column: number }>();

  constructor(private readonly ctx: ReadContext) {}

  readRows(data: string, prefix: string): void {
    const p = patternsFor(prefix);
    p.row.lastIndex = 0;
    let row = 0;
    for (let m = p.row.exec(data); m; m = p.row.exec(data)) {
      const r = ROW_NUMBER.exec(m[1]);
      row = r ? Number(r[1]) : row + 1;
      const content = m[2];
      // A row of formatted empty cells (a block the user filled or bordered) holds nothing: passed over.
      if (!content || !p.holds.some((h) => content.includes(h))) continue;
      this.readCells(content, row, p);
    }
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
          const v = a[2] ?? a[3];
          if (a[1] === "r") ref = v;
          else if (a[1] === "t") type = v;
          else style = Number(v);
        }
      }
      column = ref ? cellColumn(ref) : column + 1;
      const inner = m[2];
      // An empty cell (only a format) holds nothing for the engine.
      if (!inner) continue;
      const cell = simpleValue(inner, p) ?? readCellContent(new XmlCursor(inner));
      this.put(row, column, type, style, cell);
    }
  }

  private put(row: number, column: number, type: string, style: number, cell: CellContent): void {
    if (cell.shared !== undefined && cell.formula) this.shared.set(cell.shared, { text: cell.formula, row, column });
    if (cell.value === undefined && cell.formula === undefined) return;
    if (cell.formula !== undefined) this.formulas.push(a1(row, column));
    const numFmt = this.ctx.numFmts[style] ?? null;
    // A formula saved without its result (a tool that does not calculate wrote the file): unknown, not blank.
    const value = cell.value === undefined ? { formulaWithoutResult: formulaText(cell, row, column, this.shared) } : cellValue(type, cell.value, cell.inline, numFmt, this.ctx);
    // An empty text shows nothing, as Office.js gives it (""): no value, like an empty cell.
    if (value === null || value === "") return;
    // Rows are filled densely (null where empty), as the engine takes them, without a second copy.
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

/** A formula's text; a cell that shares the formula of another gets it moved to its own place, as Excel shows it. */
function formulaText(cell: CellContent, row: number, column: number, shared: Map<string, { text: string; row: number; column: number }>): string {
  if (cell.formula) return cell.formula;
  const master = cell.shared === undefined ? undefined : shared.get(cell.shared);
  return master ? shiftFormula(master.text, row - master.row, column - master.column) : "";
}

/** The common cell, <v>...</v> alone, read without the scanner; undefined for anything else. */
function simpleValue(inner: string, p: Patterns): CellContent | undefined {
  if (!inner.startsWith(p.value) || !inner.endsWith(p.valueClose)) return undefined;
  const raw = inner.slice(p.value.length, inner.length - p.valueClose.length);
  if (raw.indexOf("<") >= 0) return undefined;
  return { value: decodeText(raw), inline: false };
}

interface CellContent {
  /** The <v> text, or the inline string; undefined when the cell has neither. */
  value?: string;
  inline: boolean;
  /** The formula's text, "" for a cell that shares another's; undefined without a formula. */
  formula?: string;
  /** The shared formula group (si) the cell belongs to. */
  shared?: string;
}

/** Reads one <c>'s children: the cursor walks the cell's content (and stops at a </c> if it meets one). */
function readCellContent(cursor: XmlCursor): CellContent {
  const out: CellContent = { inline: false };
  let inlineText: string | null = null;
  let phonetic = 0;
  while (cursor.next()) {
    if (cursor.kind === "close") {
      if (cursor.is("c")) break;
      if (cursor.is("rPh")) phonetic--;
      continue;
    }
    if (cursor.is("f")) {
      out.formula = "";
      if (cursor.attr("t") === "shared") out.shared = cursor.attr("si");
      if (cursor.kind === "open") out.formula = cursor.leafText();
    } else if (cursor.is("v")) {
      // <v/> is a cached empty text (=IF(A1="","",A1)), not a missing result.
      if (cursor.kind === "empty") {
        out.value = "";
        continue;
      }
      out.value = cursor.leafText();
    } else if (cursor.is("is")) {
      out.inline = true;
      inlineText ??= "";
    } else if (cursor.is("rPh") && cursor.kind === "open") phonetic++;
    else if (cursor.is("t") && cursor.kind === "open" && inlineText !== null && phonetic === 0) inlineText += cursor.leafText(); else if (cursor.kind === "open" && cursor.is("extLst")) cursor.skipElement();
  }
  if (inlineText !== null && out.value === undefined) out.value = inlineText;
  return out;
}

/** A cell's value as exceljs gave it to the engine: see tests/files/reader-matches-exceljs.test.ts. */
function cellValue(type: string, raw: string, inline: boolean, numFmt: string | null, ctx: ReadContext): CellValue {
  switch (type) {
    case "s": {
      const text = ctx.sharedStrings()[Number(raw)];
      return text === undefined ? null : text;
    }
    case "inlineStr":
    case "str":
      return inline || type === "str" ? unescapeExcel(raw) : raw;
    case "b":
      return raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return { error: raw.trim() };
    case "d": {
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
      return Number.isNaN(date.getTime()) ? null : date;
    }
    default: {
      if (inline) return unescapeExcel(raw);
      if (raw.trim() === "") return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return null;
      return isDateFormat(numFmt) ? dateFromSerial(n, ctx.date1904) : n;
    }
  }
}

// A book has a few dozen formats and a scorecard sheet tens of thousands of numbers: each format is
// tested for a date once.
const DATE_FORMATS = new Map<string, boolean>();

function isDateFormat(numFmt: string | null): boolean {
  if (!numFmt) return false;
  let date = DATE_FORMATS.get(numFmt);
  if (date === undefined) DATE_FORMATS.set(numFmt, (date = isDateOrTimeFormat(numFmt)));
  return date;
}

function toGrid(
  name: string,
  values: CellValue[][],
  numFmts: (string | null)[][],
  merges: { top: number; left: number; bottom: number; right: number }[],
): SheetGrid {
  // Excel shows a merged range's value in its first cell only; the Office.js adapter sees the same.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = values[r - 1];
      if (!row) continue;
      for (let c = m.left; c <= Math.min(m.right, row.length); c++) {
        if (r === m.top && c === m.left) continue;
        row[c - 1] = null;
        numFmts[r - 1][c - 1] = null;
      }
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      row.length = numFmts[r - 1].length = end;
    }
  }
  // Every row up to the last that holds a value; rows without one are empty.
  let last = values.length;
  while (last > 0 && !values[last - 1]?.length) last--;
  values.length = numFmts.length = last;
  for (let r = 0; r < last; r++) {
    values[r] ??= [];
    numFmts[r] ??= [];
  }
  const grid: SheetGrid = { name, values, numFmts };
  if (merges.length) {
    // In the order the old reader met them: by the first cell after the merge's own, row by row.
    const key = (m: (typeof merges)[number]) => (m.right > m.left ? [m.top, m.left + 1] : [m.top + 1, m.left]);
    const sorted = [...merges].sort((x, y) => key(x)[0] - key(y)[0] || key(x)[1] - key(y)[1]);
    grid.merges = sorted.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  }
  return grid;
}

