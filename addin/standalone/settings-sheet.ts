import type ExcelJS from "exceljs";
import { Settings } from "../../src/model";
import { formatPeriod } from "../../src/periods";
import { SHEET_NAMES, sheetKey } from "../../src/read/sheets";

// Writes Settings keys into an exceljs book the way a performance officer would type them: the key in
// the Setting column, its value beside it. Only the value cells of the keys asked for are written; a
// missing key is added below the last row, and a missing sheet is created with its two headers.

type SettingsValues = Partial<Pick<Settings, "reportingPeriod" | "amberTolerance">>;

const KEYS: Record<keyof SettingsValues, string> = {
  reportingPeriod: "Reporting period",
  amberTolerance: "Amber tolerance",
};

/** Keys are compared like headers: case, punctuation and repeated spaces ignored. */
function keyOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

export function writeSettingsRows(book: ExcelJS.Workbook, values: SettingsValues): void {
  const entries = (Object.keys(KEYS) as (keyof SettingsValues)[]).filter((k) => k in values);
  if (entries.length === 0) return;
  const sheet = settingsSheet(book) ?? newSettingsSheet(book);
  for (const key of entries) {
    const cell = valueCell(sheet, KEYS[key]);
    if (key === "reportingPeriod") {
      const period = values.reportingPeriod ?? null;
      // Blank means "the latest period that has any actual", as the workbook spec says.
      cell.value = period ? formatPeriod(period) : null;
    } else {
      cell.value = values.amberTolerance ?? null;
      cell.numFmt = "0%";
    }
  }
}

function settingsSheet(book: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  for (const name of SHEET_NAMES.settings) {
    const found = book.worksheets.find((s) => sheetKey(s.name) === sheetKey(name));
    if (found) return found;
  }
  return undefined;
}

function newSettingsSheet(book: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = book.addWorksheet("Settings");
  sheet.getCell("A1").value = "Setting";
  sheet.getCell("B1").value = "Value";
  sheet.getCell("A1").font = { bold: true };
  sheet.getCell("B1").font = { bold: true };
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 16;
  return sheet;
}

/** The cell right of the key's label, adding the key in a new row at the bottom when it is not there. */
function valueCell(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  // eachRow/eachCell only visit cells that exist: looking must not create cells in the user's sheet.
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && typeof cell.value === "string" && keyOf(cell.value) === keyOf(label)) found = cell;
    }),
  );
  if (found) return sheet.getCell(Number(found.row), Number(found.col) + 1);
  const row = sheet.rowCount + 1;
  const column = keyColumn(sheet);
  sheet.getCell(row, column).value = label;
  return sheet.getCell(row, column + 1);
}

/** The column under the "Setting" header (the user's table may not start in A), else A. */
function keyColumn(sheet: ExcelJS.Worksheet): number {
  let column = 1;
  let seen = false;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!seen && typeof cell.value === "string" && ["setting", "settings", "key"].includes(keyOf(cell.value))) {
        column = Number(cell.col);
        seen = true;
      }
    }),
  );
  return column;
}
