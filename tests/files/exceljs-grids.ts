import ExcelJS from "exceljs";
import { a1, CellValue, SheetGrid, WorkbookGrids } from "../../src/grid";

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
      const value = plainValue(cell.value);
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
  return grid;
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
