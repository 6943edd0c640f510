import { CellValue, SheetGrid, dateFromSerial, isDateOrTimeFormat, parseA1 } from "../../src/grid";

// One Office.js range read as the engine sees a sheet: the same shape the file adapter produces.

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
  merges: string[] = [],
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
      out.push(cellValue(value, valueTypes[r]?.[c], typeof f === "string" ? f : null));
      fmt.push(typeof f === "string" ? f : null);
    });
    grid.push(trimRow(out));
    formats.push(fmt.slice(0, grid[grid.length - 1].length));
  });
  return merges.length > 0 ? { name, values: grid, numFmts: formats, merges } : { name, values: grid, numFmts: formats };
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

function cellValue(value: unknown, type: unknown, numberFormat: string | null): CellValue {
  if (type === "Error") return { error: String(value) };
  // Range.values gives a date as its serial number; the file adapter gives a Date for a date-formatted number,
  // so the engine sees a workbook the same way through either adapter.
  if (typeof value === "number" && isDateOrTimeFormat(numberFormat)) return dateFromSerial(value);
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
