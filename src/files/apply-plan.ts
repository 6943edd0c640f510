import ExcelJS from "exceljs";
import { PlainSentenceError } from "../errors";
import { CellWrite, RefreshPlan, SummarySheetWrite } from "../refresh-plan";
import { isSummaryMark } from "../read/sheets";

// Applies a refresh plan to an exceljs workbook: the own columns of the scorecard sheet and the
// Partnership Summary sheet, and no other cell. The engine decided every cell; this only writes them.

export class RefreshRefused extends PlainSentenceError {
  constructor(message: string) {
    super(message);
    this.name = "RefreshRefused";
  }
}

export function applyPlan(book: ExcelJS.Workbook, plan: RefreshPlan): void {
  const sheet = book.getWorksheet(plan.sheet);
  if (!sheet) throw new RefreshRefused(`The workbook has no sheet named "${plan.sheet}" to refresh.`);
  // Check the summary sheet before writing anything, so a refusal leaves the book as it was.
  const oldSummary = existingSummary(book, plan.summary.sheet);

  for (const column of plan.columns) {
    if (column.writeHeader) {
      const header = sheet.getCell(column.headerRow, column.column);
      // A new header looks like its neighbours: it takes the style of the nearest header to its left.
      const neighbour = nearestHeaderLeft(sheet, column.headerRow, column.column);
      if (neighbour) header.style = copyStyle(neighbour.style);
      header.value = column.name;
    }
    column.cells.forEach((write, i) => {
      if (write) writeCell(sheet.getCell(column.firstRow + i, column.column), write);
    });
  }
  rebuildSummary(book, plan.summary, oldSummary);
}

function nearestHeaderLeft(sheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell | undefined {
  // findCell, not getCell: looking must not create empty cells in the user's sheet.
  for (let c = column - 1; c >= 1; c--) {
    const cell = sheet.findCell(row, c);
    if (cell && cell.value !== null && cell.value !== undefined) return cell;
  }
  return undefined;
}

/** Our earlier summary sheet, or undefined; a sheet of that name without our mark is the user's. */
function existingSummary(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const sheet = book.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) return undefined;
  const first = sheet.getCell("A1").text;
  if (!isSummaryMark(first)) {
    throw new RefreshRefused(
      `The sheet "${sheet.name}" is not one this tool made, so it was left alone; rename it and refresh again.`,
    );
  }
  return sheet;
}

function rebuildSummary(book: ExcelJS.Workbook, plan: SummarySheetWrite, old: ExcelJS.Worksheet | undefined): void {
  // orderNo (exceljs's sheet position, untyped) keeps the sheet where the user put it after the last refresh.
  const orderNo = old ? (old as Ordered).orderNo : undefined;
  if (old) book.removeWorksheet(old.id);
  const sheet = book.addWorksheet(plan.sheet);
  if (orderNo !== undefined) (sheet as Ordered).orderNo = orderNo;
  plan.rows.forEach((row, r) =>
    row.forEach((write, c) => {
      if (write) writeCell(sheet.getCell(r + 1, c + 1), write);
    }),
  );
  plan.columnWidths.forEach((width, c) => {
    if (width > 0) sheet.getColumn(c + 1).width = width;
  });
}

type Ordered = ExcelJS.Worksheet & { orderNo: number };

function writeCell(cell: ExcelJS.Cell, write: CellWrite): void {
  // A fresh style object: exceljs may share one style object between cells, and we must not restyle a
  // user's cell. Shallow is enough: exceljs's setters replace a style's parts (font, fill), never edit them.
  const style = copyStyle(cell.style);
  if (write.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${write.fill}` } };
  if (write.numFmt) style.numFmt = write.numFmt;
  if (write.bold !== undefined) style.font = { ...(style.font ?? {}), bold: write.bold };
  cell.style = style;
  cell.value = write.value;
}

function copyStyle(style: Partial<ExcelJS.Style> | undefined): Partial<ExcelJS.Style> {
  return style ? { ...style } : {};
}
