// A workbook as the engine sees it: named grids of plain cell values, addressed in A1 notation.
// Both adapters (src/files for files, Office.js for the live workbook) produce exactly this shape,
// so every rule downstream is written once.
//
// The grid contract, for any adapter:
// - An empty cell is null (or absent: rows may be ragged and stop at their last filled cell).
// - Text, numbers and booleans as stored; a date as a Date (UTC midnight), or as its serial number
//   with the cell's date format in numFmts (the reader accepts both).
// - An Excel error value (#N/A, #DIV/0!) is a CellError, never its text.
// - A formula is its cached result, as above. A formula saved WITHOUT a cached result (files written
//   by tools that do not calculate) is a FormulaWithoutResult: the figure is unknown, which is not
//   the same as blank, and the reader warns at its cell.
// - Only the first cell of a merged range holds its value; merges lists the ranges.
// - hiddenColumns lists hidden columns as ranges ("P:XFD"), where the adapter knows them: a file's all;
//   Excel's (ExcelApi 1.9) at least every column a refresh could write its own columns into.
// - Dates are turned into Dates by the adapter, in the workbook's date system (1900, or 1904 for old
//   Mac books): a serial left with its date format is read in the 1900 system.

/** An Excel error value such as #N/A or #DIV/0!, kept apart from text so it cannot pass as a label. */
export interface CellError {
  error: string;
}

/** A formula saved without its computed result: its value is unknown. `formula` is its text, without "=", or "". */
export interface FormulaWithoutResult {
  formulaWithoutResult: string;
}

export type CellValue = string | number | boolean | Date | CellError | FormulaWithoutResult | null;

/** Excel's last column, XFD. */
export const MAX_COLUMN = 16384;

export interface SheetGrid {
  name: string;
  /** values[r][c] is the cell at row r + 1, column c + 1: A1 is values[0][0]. Rows may be ragged. */
  values: CellValue[][];
  /** Number formats in the same shape, where the adapter knows them ("0%", "dd/mm/yyyy", "General"). */
  numFmts?: (string | null | undefined)[][];
  /** Merged ranges in A1 notation ("G3:I3"), where the adapter knows them: only the first cell holds a value. */
  merges?: string[];
  /** Hidden columns as A1 column ranges ("C:C", "P:XFD"), where the adapter knows them. */
  hiddenColumns?: string[];
  /** A1 addresses of the cells that hold a formula, where the adapter knows them: a merge never writes over one. */
  formulas?: string[];
}

export interface WorkbookGrids {
  sheets: SheetGrid[];
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && typeof (value as CellError).error === "string";
}

export function isFormulaWithoutResult(value: unknown): value is FormulaWithoutResult {
  return typeof value === "object" && value !== null && typeof (value as FormulaWithoutResult).formulaWithoutResult === "string";
}

/** 1-based column number to letters: 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 1-based row and column to an A1 address. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Column letters (any case, optionally with a $) to the 1-based column number: XFD -> 16384. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const ch of letters.replace("$", "").toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

/** An A1 address (optionally with $ signs) to its 1-based row and column. */
export function parseA1(address: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** The columns of A1 column ranges ("P:XFD", "C:C", "C") as [first, last] pairs; what cannot be read is skipped. */
export function columnSpans(ranges: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const range of ranges) {
    const m = /^\$?([A-Za-z]{1,3})(?::\$?([A-Za-z]{1,3}))?$/.exec(range.trim());
    if (m) spans.push([columnNumber(m[1]), columnNumber(m[2] ?? m[1])]);
  }
  return spans;
}

/** Column spans [first, last] as A1 column ranges ("P:XFD"), sorted and joined where they touch: columnSpans read back. */
export function columnRanges(spans: readonly (readonly [number, number])[]): string[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [first, last] of sorted) {
    const previous = joined[joined.length - 1];
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else joined.push([first, last]);
  }
  return joined.map(([first, last]) => `${columnLetters(first)}:${columnLetters(last)}`);
}

const PLAIN_SHEET_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** A sheet's name as Excel writes it in a reference: `Scorecard`, `'LAA Scorecard'`, `'Bob''s'`. */
export function quoteSheetName(sheet: string): string {
  return PLAIN_SHEET_NAME.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `'Partnership Summary'!A1`, `Scorecard!C5`: a cell of a sheet (either may be missing). */
export function sheetCellRef(sheet: string, cell: string): string {
  if (!sheet) return cell;
  return cell ? `${quoteSheetName(sheet)}!${cell}` : quoteSheetName(sheet);
}

/** The value at a 1-based row and column, null beyond the grid. */
export function cellAt(sheet: SheetGrid, row: number, column: number): CellValue {
  const r = sheet.values[row - 1];
  if (!r) return null;
  const v = r[column - 1];
  return v === undefined ? null : v;
}

/** The number format at a 1-based row and column, where known. */
export function numFmtAt(sheet: SheetGrid, row: number, column: number): string | undefined {
  return sheet.numFmts?.[row - 1]?.[column - 1] ?? undefined;
}

/** Number of rows and of columns that hold anything. */
export function gridSize(sheet: SheetGrid): { rows: number; columns: number } {
  let columns = 0;
  for (let r = 0; r < sheet.values.length; r++) if (sheet.values[r].length > columns) columns = sheet.values[r].length;
  return { rows: sheet.values.length, columns };
}

/** Text of a cell as a person reads it: trimmed, "" for blanks, errors and formulas without a result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined || isCellError(value) || isFormulaWithoutResult(value)) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/**
 * An Excel serial day number as a UTC Date (as exceljs gave it). In the 1900 date system (the
 * default) day 25569 is 1 January 1970; in the 1904 system (workbookPr date1904, old Mac books) day 0
 * is 1 January 1904, 1462 days later. The 1900 leap-year bug only touches dates before March 1900.
 */
export function dateFromSerial(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/**
 * Whether a number format shows a date or a time: a day, month, year, hour or second code outside
 * quotes and brackets (exceljs's test, utils.isDateFmt). Both adapters use it, so a date-formatted
 * number is a Date whether it comes from a file or from Excel. (Whether a header's format shows a date,
 * not a time, is dates.ts's isDateFormat.)
 */
export function isDateOrTimeFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
