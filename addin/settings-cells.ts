import { a1, cellText, gridSize, SheetGrid } from "../src/grid";
import { isSettingsHeader, settingKey } from "../src/read/settings";
import { columnsTableRows } from "../src/read/columns-table";
import { Settings } from "../src/model";
import { formatPercent } from "../src/format";
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

export interface SettingsCells {
  /** True when there is no Settings sheet and one must be added. */
  create: boolean;
  writes: { address: string; cell: CellWrite }[];
}

export function settingsCells(sheet: SheetGrid | undefined, values: SettingsValues): SettingsCells {
  const keys = (Object.keys(LABELS) as (keyof SettingsValues)[]).filter((k) => k in values);
  const writes: SettingsCells["writes"] = [];
  if (!sheet) {
    writes.push({ address: "A1", cell: { value: "Setting", bold: true } }, { address: "B1", cell: { value: "Value", bold: true } });
  }
  let nextRow = sheet ? gridSize(sheet).rows + 1 : 2;
  // A row right under the Columns table would be read as one more of its entries: leave a blank row.
  const table = sheet ? columnsTableRows(sheet) : null;
  if (table && table.last >= nextRow - 1) nextRow = table.last + 2;
  const keyColumn = sheet ? findKeyColumn(sheet) : 1;
  for (const key of keys) {
    const cell = valueCell(key, values);
    const found = sheet ? findLabel(sheet, key) : null;
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
  const tolerance = values.amberTolerance ?? null;
  return { value: tolerance, numFmt: tolerance === null ? "0%" : percentFormat(tolerance) };
}

/** More decimals than any tolerance is typed with: a tolerance is shown as stored, nothing rounded away. */
const ALL_DECIMALS = 10;

/** A tolerance as the pane shows and says it: 0.0225 is "2.25%", 0.05 is "5%". */
export function toleranceText(fraction: number): string {
  return formatPercent(fraction, ALL_DECIMALS);
}

/** A percentage format showing every decimal the tolerance has (2.25% as 0.00%), so the sheet shows what is stored. */
function percentFormat(fraction: number): string {
  const decimals = toleranceText(fraction).replace(/%$/, "").split(".")[1]?.length ?? 0;
  return decimals ? `0.${"0".repeat(decimals)}%` : "0%";
}

/** The label's cell, matched as the Settings reader matches it (so "Tolerance" is the Amber tolerance's row). */
function findLabel(sheet: SheetGrid, key: keyof SettingsValues): { row: number; column: number } | null {
  const table = columnsTableRows(sheet);
  for (let r = 0; r < sheet.values.length; r++) {
    if (table && r + 1 >= table.first && r + 1 <= table.last) continue;
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (settingKey(cellText(row[c])) === key) return { row: r + 1, column: c + 1 };
    }
  }
  return null;
}

/** The column under the "Setting" header (the user's table may not start in A), else A. */
function findKeyColumn(sheet: SheetGrid): number {
  for (const row of sheet.values) {
    const c = (row ?? []).findIndex((v) => isSettingsHeader(cellText(v)));
    if (c >= 0) return c + 1;
  }
  return 1;
}
