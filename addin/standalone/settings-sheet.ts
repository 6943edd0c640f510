import type ExcelJS from "exceljs";
import { SheetGrid } from "../../src/grid";
import { findSheet } from "../../src/read/sheets";
import { SettingsValues, settingsCells } from "../settings-cells";

// Writes Settings keys into an exceljs book by the same rules as in Excel (settings-cells.ts): the
// cells are worked out over the sheet's grid, then only those cells are written.

export function writeSettingsRows(book: ExcelJS.Workbook, values: SettingsValues, gridOf: (sheet: ExcelJS.Worksheet) => SheetGrid): void {
  if (Object.keys(values).length === 0) return;
  const names = { sheets: book.worksheets.map((s) => ({ name: s.name, values: [] })) };
  const found = findSheet(names, "settings");
  const sheet = found ? book.getWorksheet(found.name) : undefined;
  const plan = settingsCells(sheet ? gridOf(sheet) : undefined, values);
  const target = sheet ?? newSettingsSheet(book);
  for (const { address, cell } of plan.writes) {
    const written = target.getCell(address);
    written.value = cell.value;
    if (cell.numFmt) written.numFmt = cell.numFmt;
    if (cell.bold) written.font = { ...written.font, bold: true };
  }
}

function newSettingsSheet(book: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = book.addWorksheet("Settings");
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 16;
  return sheet;
}
