import type { CellsTarget } from "../../src/files";
import { WorkbookGrids } from "../../src/grid";
import { CellWrite } from "../../src/refresh-plan";
import { findSheet } from "../../src/read/sheets";
import { SettingsValues, settingsCells } from "../settings-cells";

// Which Settings cells to write into an opened file, by the same rules as in Excel (settings-cells.ts):
// the cells are worked out over the sheet's grid; the file adapter then writes only those cells.

export interface SettingsWrite {
  target: CellsTarget;
  writes: { address: string; cell: CellWrite }[];
}

/** The writes for these values, or null when there is nothing to write. */
export function settingsWrite(grids: WorkbookGrids, values: SettingsValues): SettingsWrite | null {
  if (Object.keys(values).length === 0) return null;
  const sheet = findSheet(grids, "settings");
  const plan = settingsCells(sheet, values);
  // A new Settings sheet gets room for its labels and values.
  const target: CellsTarget = sheet ? { sheet: sheet.name } : { newSheet: "Settings", columnWidths: [24, 16] };
  return { target, writes: plan.writes };
}
