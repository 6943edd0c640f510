import ExcelJS from "exceljs";
import { a1, CellValue, columnLetters, SheetGrid, WorkbookGrids } from "../../src/grid";
import { resultIsMissing } from "./exceljs-formula-results";

// The file reader as it was before issue 9, over exceljs's whole-book model, kept here only to show
// that the new reader (src/files/sheet-read.ts) gives the engine the same grids.

export function workbookGrids(book: ExcelJS.Workbook): WorkbookGrids {
  return { sheets: book.worksheets.map(sheetGrid) };
}

export function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const numFmts: (string | null)[][] = [];
  // Each merge's extent, keyed by its first cell: the refresh must not append columns inside one.
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: CellValue[] = [];
    const rowFmts: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // Excel shows a merged range's value in its top-left cell only; the Office.js adapter sees the same.
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        const top = Number(master.row);
        const left = Number(master.col);
        const m = merges.get(master.address) ?? { top, left, bottom: top, right: left };
        m.bottom = Math.max(m.bottom, rowNumber);
        m.right = Math.max(m.right, column);
        merges.set(master.address, m);
        return;
      }
      const value = cellValue(cell, sheet);
      if (value === null) return;
      while (rowValues.length < column - 1) {
        rowValues.push(null);
        rowFmts.push(null);
      }
      rowValues[column - 1] = value;
      rowFmts[column - 1] = cell.numFmt ?? null;
    });
    if (rowValues.length === 0) return;
    while (values.length < rowNumber - 1) {
      values.push([]);
      numFmts.push([]);
    }
    values[rowNumber - 1] = rowValues;
    numFmts[rowNumber - 1] = rowFmts;
  });
  const grid: SheetGrid = { name: sheet.name, values, numFmts };
  if (merges.size) grid.merges = [...merges.values()].map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  const hidden = hiddenColumns(sheet);
  if (hidden.length) grid.hiddenColumns = hidden;
  return grid;
}

/** Hidden columns as ranges ("P:XFD"): exceljs gives one Column per column of a <col min max> span. */
function hiddenColumns(sheet: ExcelJS.Worksheet): string[] {
  const ranges: string[] = [];
  const columns = (sheet.columns ?? []) as Partial<ExcelJS.Column>[];
  let from = 0;
  for (let c = 1; c <= columns.length + 1; c++) {
    const hidden = c <= columns.length && Boolean(columns[c - 1]?.hidden);
    if (hidden && from === 0) from = c;
    if (!hidden && from > 0) {
      ranges.push(`${columnLetters(from)}:${columnLetters(c - 1)}`);
      from = 0;
    }
  }
  return ranges;
}

/** The grid's value of a cell; a formula saved without its result is unknown, not blank (src/grid.ts). */
function cellValue(cell: ExcelJS.Cell, sheet: ExcelJS.Worksheet): CellValue {
  const v = cell.value;
  if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v) && (v as { result?: unknown }).result === undefined) {
    return resultIsMissing(sheet.workbook, sheet.name, cell.address) ? { formulaWithoutResult: cell.formula ?? "" } : null;
  }
  return plainValue(v);
}

/** A cell's value as a person sees it: a formula's result, rich text and hyperlinks as their text. */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return null;
  if ("error" in value && typeof value.error === "string") return { error: value.error };
  if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    return plainValue((value as { result?: ExcelJS.CellValue }).result);
  }
  if ("hyperlink" in value) return plainValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  return null;
}
