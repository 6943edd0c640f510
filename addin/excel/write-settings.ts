import { Finding } from "../../src/model";
import { findSheet } from "../../src/read/sheets";
import { excelValue } from "./cell-values";
import { failureFinding, protectedSheetFinding } from "./office-failure";
import { sheetGrid } from "./sheet-grid";
import { SettingsValues, settingsCells } from "../settings-cells";

// Saves the reporting period and amber tolerance on the Settings sheet of the open workbook: three
// round trips (sheet names; the Settings sheet's cells and protection; the writes).

export async function writeSettings(context: Excel.RequestContext, values: SettingsValues): Promise<Finding[]> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const names = worksheets.items.map((s) => s.name);
    const found = findSheet({ sheets: names.map((name) => ({ name, values: [] })) }, "settings");

    let sheet: Excel.Worksheet;
    let grid = undefined;
    if (found) {
      sheet = worksheets.getItem(found.name);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address, values");
      sheet.load("protection/protected");
      await context.sync();
      if (sheet.protection.protected === true) return [protectedSheetFinding(found.name, "A1", "the settings cannot be saved")];
      grid = used.isNullObject ? { name: found.name, values: [] } : sheetGrid(found.name, used.address, used.values, [], []);
    } else {
      sheet = worksheets.add("Settings");
    }

    const plan = settingsCells(grid, values);
    for (const { address, cell } of plan.writes) {
      const range = sheet.getRange(address);
      range.values = [[excelValue(cell)]];
      if (cell.numFmt) range.numberFormat = [[cell.numFmt]];
      if (cell.bold) range.format.font.bold = true;
    }
    await context.sync();
    return [];
  } catch (error) {
    return [failureFinding(error, "Settings", "A1")];
  }
}
