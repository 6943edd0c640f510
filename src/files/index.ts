import { WorkbookGrids } from "../grid";
import { RefreshPlan } from "../refresh-plan";
import { applyPlan } from "./apply-plan";
import { workbookGrids } from "./grids";
import { OpenedWorkbook, WorkbookBytes, openWorkbook, workbookBytes } from "./open-workbook";

// The exceljs file adapter: .xlsx bytes in, grids out; a refresh plan in, new .xlsx bytes out.
// Browser-safe (no fs): the CLI reads and writes paths through ./node-files.

export { applyPlan, RefreshRefused } from "./apply-plan";
export { workbookGrids, sheetGrid, plainValue } from "./grids";
export { openWorkbook, workbookBytes } from "./open-workbook";
export type { OpenedWorkbook, WorkbookBytes } from "./open-workbook";
export { unsupportedParts, unsupportedWarning } from "./unsupported-parts";
export { WorkbookFileError } from "./workbook-file-error";

export interface LoadedWorkbook extends OpenedWorkbook {
  grids: WorkbookGrids;
}

/** Opens the bytes and reads them into the engine's grids; the exceljs book is kept to apply a refresh onto. */
export async function loadWorkbook(bytes: WorkbookBytes): Promise<LoadedWorkbook> {
  const opened = await openWorkbook(bytes);
  return { ...opened, grids: workbookGrids(opened.book) };
}

/** Applies the plan to the loaded book and returns the refreshed workbook's bytes (the input bytes are not touched). */
export async function refreshedBytes(loaded: OpenedWorkbook, plan: RefreshPlan): Promise<Uint8Array> {
  applyPlan(loaded.book, plan);
  return workbookBytes(loaded.book);
}
