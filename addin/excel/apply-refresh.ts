import { a1 } from "../../src/grid";
import { Finding } from "../../src/model";
import { ColumnWrite, RefreshPlan } from "../../src/refresh-plan";
import { BASELINE, Capabilities } from "./capabilities";
import { Runs, columnRuns, mergeRuns } from "./cell-runs";
import { excelValue } from "./cell-values";
import { applyRuns } from "./format-runs";
import { failureFinding, officeErrorCode, protectedSheetFinding, protectedWorkbookFinding } from "./office-failure";
import { queueSummarySheet, reuseSummarySheet } from "./summary-sheet";

// Applies a refresh plan to the open workbook in two round trips whatever the number of indicators:
// one to learn whether anything is in the way (a protected sheet, the old summary sheet), one for
// every write; a third, of constant size, when our summary sheet is already there (its protection
// and charts). Writes are split into more requests only past Excel on the web's 5 MB request limit.

/** Under Excel on the web's 5 MB per request, with room for the request's own wrapping. */
export const REQUEST_BUDGET = 4_000_000;

export async function applyRefresh(
  context: Excel.RequestContext,
  plan: RefreshPlan,
  capabilities: Capabilities = BASELINE,
  budget = REQUEST_BUDGET,
): Promise<Finding[]> {
  const at = firstCell(plan);
  const worksheets = context.workbook.worksheets;
  const sheet = worksheets.getItemOrNullObject(plan.sheet);
  sheet.load("protection/protected");
  const oldSummary = worksheets.getItemOrNullObject(plan.summary.sheet);
  const book = capabilities.workbookProtection ? context.workbook.protection.load("protected") : null;
  try {
    await context.sync();
  } catch (error) {
    return [failureFinding(error, plan.sheet, at)];
  }
  if (sheet.isNullObject) return [missingSheet(plan.sheet)];
  if (sheet.protection.protected === true) return [protectedSheetFinding(plan.sheet, at)];
  if (book?.protected === true && oldSummary.isNullObject) return [protectedWorkbookFinding(plan.summary.sheet)];

  let charts: Excel.ChartCollection | null = null;
  let oldUsed: Excel.Range | null = null;
  if (!oldSummary.isNullObject) {
    // Our summary sheet is rewritten in place, never deleted, so formulas that refer to it keep working.
    // Its protection, charts and used range are asked for only now: a sheet Excel may not have is never queried.
    oldSummary.load("protection/protected");
    charts = oldSummary.charts.load("items/name");
    // Formats count here (no valuesOnly): the old fills and bold are cleared with the old values.
    oldUsed = oldSummary.getUsedRangeOrNullObject();
    oldUsed.load("address");
    try {
      await context.sync();
    } catch (error) {
      return [failureFinding(error, plan.summary.sheet, "A1")];
    }
    if (oldSummary.protection.protected === true) return [protectedSheetFinding(plan.summary.sheet, "A1", "the refresh cannot rewrite it")];
  }

  let written = 0;
  try {
    // The summary sheet first: if Excel refuses it, the scorecard has not been touched yet.
    if (charts) reuseSummarySheet(oldSummary, charts, oldUsed, plan.summary, capabilities);
    else queueSummarySheet(context.workbook.worksheets.add(plan.summary.sheet), plan.summary, capabilities);
    const slices = rowSlices(plan.columns, budget);
    for (let i = 0; i < slices.length; i++) {
      queueColumns(sheet, plan.columns, slices[i], capabilities);
      if (i < slices.length - 1) {
        await context.sync();
        written = slices[i].to;
      }
    }
    await context.sync();
  } catch (error) {
    // Excel could not make these writes one undo step: the caller runs the refresh again, ungrouped.
    if (officeErrorCode(error) === "UndoNotSupported") throw error;
    const finding = failureFinding(error, plan.sheet, at);
    // Separate requests are not one transaction: say which rows Excel had already taken.
    if (written > 0) finding.hint = `${partialWrite(plan, written)} Fix the cause and refresh again to write the rest.`;
    return [finding];
  }
  return [];
}

/** The rows a split refresh wrote before Excel refused the rest. */
function partialWrite(plan: RefreshPlan, rows: number): string {
  const first = plan.columns[0];
  if (!first) return "Part of the refresh was written.";
  return `The summary sheet and rows ${first.firstRow} to ${first.firstRow + rows - 1} of ${plan.sheet} were refreshed before Excel refused the rest.`;
}

interface Slice {
  from: number;
  to: number;
}

/**
 * Row slices (indexes into each column's cells) small enough for one request each. One slice
 * holding every row unless the estimate passes the budget.
 */
export function rowSlices(columns: ColumnWrite[], budget: number): Slice[] {
  const rows = Math.max(0, ...columns.map((c) => c.cells.length));
  const bytes = columns.reduce((sum, c) => sum + estimateBytes(c), 0);
  const count = Math.max(1, Math.ceil(bytes / budget));
  const size = Math.ceil(rows / count) || 1;
  const slices: Slice[] = [];
  for (let from = 0; from < rows || slices.length === 0; from += size) slices.push({ from, to: Math.min(rows, from + size) });
  return slices;
}

/** A generous guess at a column's share of a request: its values and formats as JSON, and its fill runs. */
function estimateBytes(column: ColumnWrite): number {
  let bytes = 200;
  for (const cell of column.cells) {
    bytes += 12 + (cell ? JSON.stringify(cell.value).length + (cell.numFmt?.length ?? 0) + (cell.fill ? 80 : 0) : 0);
  }
  return bytes;
}

function queueColumns(sheet: Excel.Worksheet, columns: ColumnWrite[], slice: Slice, capabilities: Capabilities): void {
  const fills: Runs = new Map();
  const bold: Runs = new Map();
  for (const column of columns) {
    if (slice.from === 0 && column.writeHeader) sheet.getRange(a1(column.headerRow, column.column)).values = [[column.name]];
    const cells = column.cells.slice(slice.from, slice.to);
    if (cells.length === 0) continue;
    const top = column.firstRow + slice.from;
    const range = sheet.getRange(`${a1(top, column.column)}:${a1(top + cells.length - 1, column.column)}`);
    // One 2-D write per column; null leaves a section row or blank row exactly as it was.
    range.values = cells.map((cell) => [excelValue(cell)]);
    if (cells.some((cell) => cell?.numFmt)) range.numberFormat = cells.map((cell) => [cell?.numFmt ?? null]);
    mergeRuns(fills, columnRuns(column.column, top, cells.map((cell) => cell?.fill)));
    mergeRuns(bold, columnRuns(column.column, top, cells.map((cell) => (cell?.bold === undefined ? undefined : String(cell.bold)))));
  }
  applyRuns(sheet, fills, bold, capabilities);
}

function firstCell(plan: RefreshPlan): string {
  const first = plan.columns[0];
  return first ? a1(first.headerRow, first.column) : "A1";
}

function missingSheet(sheet: string): Finding {
  return {
    severity: "error",
    sheet,
    cell: "A1",
    message: `The sheet ${sheet} is no longer in the workbook, so there is nothing to refresh.`,
    hint: "Check the scorecard again, then refresh.",
  };
}
