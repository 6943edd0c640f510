import { sheetKey } from "./keys";
import { a1, cellAt, cellText, CellValue, SheetGrid, WorkbookGrids } from "./grid";
import { Analysis, hasErrors, OwnColumn, Status } from "./model";
import { planRefresh } from "./refresh";
import { RefreshPlan } from "./refresh-plan";

// Whether the workbook already holds what a refresh would write now: its own columns and the
// Partnership Summary sheet, compared cell by cell with the refresh plan. This, not a memory of the
// last refresh, tells the pane whether the statuses in the workbook are out of date: a refresh made
// by the command line, a settings change, a figure typed in Excel all show here alike.

export interface StatusWritten {
  ref: string;
  /** A1 address of its Status cell. */
  cell: string;
  /** What the Status cell holds ("" when blank). */
  written: string;
  now: Status;
}

export type WrittenState =
  /** No refresh has written anything: no own column holds a value and there is no summary sheet. */
  | { kind: "none" }
  /** A refresh now would write exactly what the workbook holds. */
  | { kind: "current" }
  /** A refresh would change these: the indicators whose Status differs, the other own columns, the summary sheet. */
  | { kind: "stale"; statuses: StatusWritten[]; columns: OwnColumn[]; summary: boolean };

/** What a refresh would change in this workbook; null when it cannot be refreshed (no scorecard, or errors). */
export function writtenState(workbook: WorkbookGrids, analysis: Analysis, plan?: RefreshPlan): WrittenState | null {
  if (!analysis.scorecard || hasErrors(analysis.findings)) return null;
  const refresh = plan ?? planRefresh(analysis);
  const sheet = workbook.sheets.find((s) => s.name === refresh.sheet);
  const summarySheet = workbook.sheets.find((s) => sheetKey(s.name) === sheetKey(refresh.summary.sheet));
  if (!sheet) return null;

  const refs = new Map(analysis.indicators.map((r) => [r.indicator.row, r]));
  const statuses: StatusWritten[] = [];
  const columns: OwnColumn[] = [];
  let anything = summarySheet !== undefined;
  for (const column of refresh.columns) {
    let differs = false;
    column.cells.forEach((planned, i) => {
      if (!planned) return;
      const row = column.firstRow + i;
      const held = cellAt(sheet, row, column.column);
      if (cellText(held) !== "") anything = true;
      if (sameCell(planned.value, held)) return;
      differs = true;
      const rating = refs.get(row);
      if (column.name === "Status" && rating) {
        statuses.push({ ref: rating.indicator.ref, cell: a1(row, column.column), written: cellText(held), now: rating.status });
      }
    });
    if (differs) columns.push(column.name);
  }
  if (!anything) return { kind: "none" };
  const summary = !summarySheet || !sameSheet(summarySheet, refresh.summary.rows);
  return columns.length === 0 && !summary ? { kind: "current" } : { kind: "stale", statuses, columns, summary };
}

/** Every cell of the sheet against the rows a refresh writes from A1: a cell left over counts as a change. */
function sameSheet(sheet: SheetGrid, rows: RefreshPlan["summary"]["rows"]): boolean {
  const height = Math.max(rows.length, sheet.values.length);
  for (let r = 0; r < height; r++) {
    const planned = rows[r] ?? [];
    const width = Math.max(planned.length, sheet.values[r]?.length ?? 0);
    for (let c = 0; c < width; c++) if (!sameCell(planned[c]?.value ?? null, cellAt(sheet, r + 1, c + 1))) return false;
  }
  return true;
}

/** A written value read back: blank is blank (Excel gives "", a file nothing); a figure to the precision Excel keeps. */
function sameCell(planned: string | number | null, held: CellValue): boolean {
  if (planned === null || planned === "") return cellText(held) === "";
  if (typeof planned === "number") {
    return typeof held === "number" && Math.abs(planned - held) <= 1e-9 * Math.max(1, Math.abs(planned), Math.abs(held));
  }
  return typeof held === "string" && held.trim() === planned.trim();
}
