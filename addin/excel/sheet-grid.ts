import { CellValue, SheetGrid, dateFromSerial, isDateOrTimeFormat, parseA1 } from "../../src/grid";

// One Office.js range read as the engine sees a sheet: the same shape the file adapter produces.

/** What else is known of a sheet besides its cells. */
export interface SheetFacts {
  /** Merged areas ("A2:A4"), where Excel listed them (ExcelApi 1.13). */
  merges?: string[];
  /** Hidden columns ("P:XFD"), where Excel told them (ExcelApi 1.9); undefined when unknown. */
  hiddenColumns?: string[];
  /** The workbook counts its dates from 1904 (an old Mac book), not 1900. */
  date1904?: boolean;
}

/**
 * One used range as a grid padded from A1, so values[r][c] is row r + 1, column c + 1 whatever the
 * range's top-left. Empty cells ("" in Office.js) become null; Error cells become {error}.
 */
export function sheetGrid(
  name: string,
  address: string,
  values: unknown[][],
  numberFormat: unknown[][],
  valueTypes: unknown[][],
  { merges = [], hiddenColumns, date1904 = false }: SheetFacts = {},
): SheetGrid {
  const { row: top, column: left } = parseA1(topLeft(address));
  const grid: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = 0; r < top - 1; r++) {
    grid.push([]);
    formats.push([]);
  }
  values.forEach((row, r) => {
    const out: CellValue[] = new Array<CellValue>(left - 1).fill(null);
    const fmt: (string | null)[] = new Array<string | null>(left - 1).fill(null);
    row.forEach((value, c) => {
      const f = numberFormat[r]?.[c];
      out.push(cellValue(value, valueTypes[r]?.[c], typeof f === "string" ? f : null, date1904));
      fmt.push(typeof f === "string" ? f : null);
    });
    grid.push(trimRow(out));
    formats.push(fmt.slice(0, grid[grid.length - 1].length));
  });
  const sheet: SheetGrid = { name, values: grid, numFmts: formats };
  // As the file adapter gives them: listed only when there are any.
  if (merges.length > 0) sheet.merges = merges;
  if (hiddenColumns?.length) sheet.hiddenColumns = hiddenColumns;
  return sheet;
}

/**
 * RangeAreas.address ("Scorecard!A2:A4, Scorecard!A5:A6"; a quoted sheet name may hold commas) as
 * plain areas ["A2:A4", "A5:A6"], as the file adapter lists merges.
 */
export function mergeAddresses(address: string): string[] {
  const areas: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of `${address},`) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      const cells = current.slice(current.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
      if (cells) areas.push(cells);
      current = "";
    } else current += ch;
  }
  return areas;
}

function cellValue(value: unknown, type: unknown, numberFormat: string | null, date1904: boolean): CellValue {
  if (type === "Error") return { error: String(value) };
  // Range.values gives a date as its serial number; the file adapter gives a Date for a date-formatted number,
  // so the engine sees a workbook the same way through either adapter, in the workbook's date system.
  if (typeof value === "number" && isDateOrTimeFormat(numberFormat)) return dateFromSerial(value, date1904);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  return null;
}

/** Drops trailing empty cells so a row is as long as what it holds, as the file adapter makes it. */
function trimRow(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end);
}

/** "'My sheet'!B2:F20" -> "B2"; "Sheet1!C3" -> "C3". */
export function topLeft(address: string): string {
  const cells = address.slice(address.lastIndexOf("!") + 1);
  return cells.split(":")[0];
}
