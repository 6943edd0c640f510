import { a1, CellValue, columnLetters, dateFromSerial, isDateOrTimeFormat, SheetGrid } from "../grid";
import { shiftFormula } from "./formula-shift";
import { cellColumn, cellRow } from "./cell-address";
import { unescapeExcel } from "./shared-strings";
import { NextTag, XmlCursor, contentText } from "./xml";

// One worksheet's cells as the engine's grid: values, number formats and merged ranges, read straight
// from the sheet's XML. Only cells that hold a value cost anything: an empty formatted cell is one tag
// skipped, and data validations, conditional formats and the rest of the sheet are never looked at.

export interface ReadContext {
  sharedStrings(): readonly string[];
  /** Number format of each cell format index. */
  numFmts: readonly (string | null)[];
  date1904: boolean;
}

const CELL_ATTRS = ["r", "t", "s"];

export function readSheet(name: string, xml: string, ctx: ReadContext): SheetGrid {
  const values: CellValue[][] = [];
  const numFmts: (string | null)[][] = [];
  const sharedFormulas = new Map<string, { text: string; row: number; column: number }>();
  const hidden: [number, number][] = [];
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  const cursor = new XmlCursor(xml);
  const attrs: (string | undefined)[] = [undefined, undefined, undefined];
  let row = 0;
  let column = 0;
  let inData = false;
  let prefix = "";
  let content: NextTag | undefined;
  while (cursor.next()) {
    if (cursor.is("sheetData")) {
      inData = cursor.kind === "open";
      continue;
    }
    if (cursor.is("worksheet") && cursor.kind === "open") prefix = cursor.name.slice(0, cursor.name.length - cursor.local.length);
    if (inData && cursor.is("row") && cursor.kind !== "close") {
      const r = cursor.attr("r");
      row = r ? Number(r) : row + 1;
      column = 0;
      if (cursor.kind === "open") {
        // A row of formatted empty cells (a block the user filled or bordered) is passed over in one step.
        const close = xml.indexOf(`</${prefix}row>`, cursor.end);
        content ??= new NextTag(xml, [`<${prefix}v`, `<${prefix}is`, `<${prefix}f`]);
        if (close >= 0 && content.after(cursor.end) > close) cursor.moveTo(close);
      }
      continue;
    }
    if (inData && cursor.is("c") && cursor.kind !== "close") {
      cursor.rawAttrs(CELL_ATTRS, attrs);
      const ref = attrs[0];
      column = ref ? cellColumn(ref) : column + 1;
      if (ref) row = cellRow(ref) || row;
      // An empty cell (only a format) holds nothing for the engine.
      if (cursor.kind === "empty") continue;
      const type = attrs[1] ?? "n";
      const style = attrs[2] ? Number(attrs[2]) : 0;
      const cell = readCellContent(cursor);
      if (cell.shared !== undefined && cell.formula) sharedFormulas.set(cell.shared, { text: cell.formula, row, column });
      if (cell.value === undefined && cell.formula === undefined) continue;
      const numFmt = ctx.numFmts[style] ?? null;
      // A formula saved without its result (a tool that does not calculate wrote the file): unknown, not blank.
      const value = cell.value === undefined ? { formulaWithoutResult: formulaText(cell, row, column, sharedFormulas) } : cellValue(type, cell.value, cell.inline, numFmt, ctx);
      // An empty text shows nothing, as Office.js gives it (""): no value, like an empty cell.
      if (value === null || value === "") continue;
      // Rows are filled densely (null where empty), as the engine takes them, without a second copy.
      const rowValues = (values[row - 1] ??= []);
      const rowFmts = (numFmts[row - 1] ??= []);
      while (rowValues.length < column - 1) {
        rowValues.push(null);
        rowFmts.push(null);
      }
      rowValues[column - 1] = value;
      rowFmts[column - 1] = numFmt;
      continue;
    }
    if (!inData && cursor.is("col") && cursor.kind !== "close") {
      const h = cursor.attr("hidden");
      if (h === "1" || h === "true") hidden.push([Number(cursor.attr("min")), Number(cursor.attr("max"))]);
      continue;
    }
    if (cursor.is("mergeCell") && cursor.kind !== "close") {
      const [from, to = from] = (cursor.attr("ref") ?? "").split(":");
      if (!from) continue;
      const m = { top: cellRow(from), left: cellColumn(from), bottom: cellRow(to), right: cellColumn(to) };
      if (m.top && m.left && m.bottom && m.right && (m.bottom > m.top || m.right > m.left)) merges.push(m);
    }
  }
  const grid = toGrid(name, values, numFmts, merges);
  if (hidden.length) grid.hiddenColumns = columnRanges(hidden);
  return grid;
}

/** A formula's text; a cell that shares the formula of another gets it moved to its own place, as Excel shows it. */
function formulaText(cell: CellContent, row: number, column: number, shared: Map<string, { text: string; row: number; column: number }>): string {
  if (cell.formula) return cell.formula;
  const master = cell.shared === undefined ? undefined : shared.get(cell.shared);
  return master ? shiftFormula(master.text, row - master.row, column - master.column) : "";
}

/** Hidden column spans [min, max] as A1 ranges ("P:XFD"), joined where they touch. */
function columnRanges(spans: [number, number][]): string[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [min, max] of sorted) {
    const last = joined[joined.length - 1];
    if (last && min <= last[1] + 1) last[1] = Math.max(last[1], max);
    else joined.push([min, max]);
  }
  return joined.map(([min, max]) => `${columnLetters(min)}:${columnLetters(max)}`);
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

/** Reads one <c>'s children (the cursor is on its open tag) and leaves the cursor on its close tag. */
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
      if (cursor.kind === "open") {
        const from = cursor.position;
        cursor.skipElement();
        out.formula = contentText(cursor.xml, from, cursor.start);
      }
    } else if (cursor.is("v")) {
      // <v/> is a cached empty text (=IF(A1="","",A1)), not a missing result.
      if (cursor.kind === "empty") {
        out.value = "";
        continue;
      }
      const from = cursor.position;
      cursor.skipElement();
      out.value = contentText(cursor.xml, from, cursor.start);
    } else if (cursor.is("is")) {
      out.inline = true;
      inlineText ??= "";
    } else if (cursor.is("rPh") && cursor.kind === "open") phonetic++;
    else if (cursor.is("t") && cursor.kind === "open" && inlineText !== null && phonetic === 0) {
      const from = cursor.position;
      cursor.skipElement();
      inlineText += contentText(cursor.xml, from, cursor.start);
    } else if (cursor.kind === "open" && cursor.is("extLst")) cursor.skipElement();
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
      return isDateOrTimeFormat(numFmt) ? dateFromSerial(n, ctx.date1904) : n;
    }
  }
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

