import { a1, cellText, gridSize, SheetGrid } from "../src/grid";
import { Settings } from "../src/model";
import { formatPeriod } from "../src/periods";
import { CellWrite } from "../src/refresh-plan";

// Which cells a Settings change writes, worked out over the sheet's grid, for both sources (the open
// workbook and a file): the value beside the key's label; a missing key in a new row below the last;
// a missing sheet created with its two headers.

export type SettingsValues = Partial<Pick<Settings, "reportingPeriod" | "amberTolerance">>;

const LABELS: Record<keyof SettingsValues, string> = {
  reportingPeriod: "Reporting period",
  amberTolerance: "Amber tolerance",
};
const KEY_HEADERS = ["setting", "settings", "key"];

export interface SettingsCells {
  /** True when there is no Settings sheet and one must be added. */
  create: boolean;
  writes: { address: string; cell: CellWrite }[];
}

function keyOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

export function settingsCells(sheet: SheetGrid | undefined, values: SettingsValues): SettingsCells {
  const keys = (Object.keys(LABELS) as (keyof SettingsValues)[]).filter((k) => k in values);
  const writes: SettingsCells["writes"] = [];
  if (!sheet) {
    writes.push({ address: "A1", cell: { value: "Setting", bold: true } }, { address: "B1", cell: { value: "Value", bold: true } });
  }
  let nextRow = sheet ? gridSize(sheet).rows + 1 : 2;
  const keyColumn = sheet ? findKeyColumn(sheet) : 1;
  for (const key of keys) {
    const cell = valueCell(key, values);
    const found = sheet ? findLabel(sheet, LABELS[key]) : null;
    if (found) {
      writes.push({ address: a1(found.row, found.column + 1), cell });
    } else {
      writes.push({ address: a1(nextRow, keyColumn), cell: { value: LABELS[key] } }, { address: a1(nextRow, keyColumn + 1), cell });
      nextRow++;
    }
  }
  return { create: !sheet, writes };
}

function valueCell(key: keyof SettingsValues, values: SettingsValues): CellWrite {
  if (key === "reportingPeriod") {
    // Blank means "the latest period that has any actual", as the workbook spec says.
    return { value: values.reportingPeriod ? formatPeriod(values.reportingPeriod) : null };
  }
  return { value: values.amberTolerance ?? null, numFmt: "0%" };
}

function findLabel(sheet: SheetGrid, label: string): { row: number; column: number } | null {
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (keyOf(cellText(row[c])) === keyOf(label)) return { row: r + 1, column: c + 1 };
    }
  }
  return null;
}

/** The column under the "Setting" header (the user's table may not start in A), else A. */
function findKeyColumn(sheet: SheetGrid): number {
  for (const row of sheet.values) {
    const c = (row ?? []).findIndex((v) => KEY_HEADERS.includes(keyOf(cellText(v))));
    if (c >= 0) return c + 1;
  }
  return 1;
}
