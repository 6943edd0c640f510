// A workbook as the engine sees it: named grids of plain cell values, addressed in A1 notation.
// Both adapters (src/files for files, Office.js for the live workbook) produce exactly this shape,
// so every rule downstream is written once.

/** An Excel error value such as #N/A or #DIV/0!, kept apart from text so it cannot pass as a label. */
export interface CellError {
  error: string;
}

/** A formula cell arrives as its computed result; dates may arrive as Date or as a serial number with a date format. */
export type CellValue = string | number | boolean | Date | CellError | null;

export interface SheetGrid {
  name: string;
  /** values[r][c] is the cell at row r + 1, column c + 1: A1 is values[0][0]. Rows may be ragged. */
  values: CellValue[][];
  /** Number formats in the same shape, where the adapter knows them ("0%", "dd/mm/yyyy", "General"). */
  numFmts?: (string | null | undefined)[][];
  /** Merged ranges in A1 notation ("G3:I3"), where the adapter knows them: only the first cell holds a value. */
  merges?: string[];
}

export interface WorkbookGrids {
  sheets: SheetGrid[];
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && typeof (value as CellError).error === "string";
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

/** `'Partnership Summary'!A1`: a sheet name quoted the way Excel writes one with spaces or punctuation. */
export function cellRef(sheet: string, cell: string): string {
  if (!sheet) return cell;
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return cell ? `${name}!${cell}` : name;
}

/** An A1 address (optionally with $ signs) to its 1-based row and column. */
export function parseA1(address: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
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
  for (const r of sheet.values) if (r.length > columns) columns = r.length;
  return { rows: sheet.values.length, columns };
}

/** Text of a cell as a person reads it: trimmed, "" for blanks and errors. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined || isCellError(value)) return "";
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
 * number is a Date whether it comes from a file or from Excel.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
