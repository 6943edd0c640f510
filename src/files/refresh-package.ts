import { isSummaryMark, sheetKey } from "../keys";
import { cellText, parseA1 } from "../grid";
import { CellWrite, RefreshPlan, SummarySheetWrite } from "../refresh-plan";
import { statusChart } from "../summary-chart";
import { addSheet } from "./add-sheet";
import { CalcRemoval, removeCalcEntries } from "./calc-chain";
import { chartXml, drawingXml } from "./chart-part";
import { addContentType, TYPE } from "./content-types";
import { LoadedWorkbook } from "./load";
import { openPackage } from "./open-workbook";
import { REL, utf8Declared, WorkbookPackage } from "./package";
import { freePartName, removeSheetRelations, typeNewRelationshipParts } from "./part-tree";
import { ColumnCells, patchSheetUtf8, PatchRefused, SheetCellWrite } from "./sheet-patch";
import { sheetXml } from "./sheet-xml";
import { StyleBook } from "./style-book";
import { RefreshRefused } from "./refresh-refused";
import { refuseStrict, removeSignature } from "./signature";
import { readWorkbookInfo, SheetEntry, WorkbookInfo } from "./workbook-part";

// A refresh applied to the file by patching its package: the scorecard sheet's own-column cells, the
// Partnership Summary sheet (rewritten in its own part, or added), the formats they need, and the
// calculation chain entries of overwritten formulas. Every other part is copied as stored.

export { RefreshRefused };

export function refreshPackage(loaded: LoadedWorkbook, plan: RefreshPlan): Uint8Array {
  return refreshedPackage(loaded, plan).bytes();
}

/**
 * The refreshed package, every part in place, before its zip is written: the command line first waits
 * for the patched sheet's deflating, done on other threads while the rest of the refresh goes on.
 */
export function refreshedPackage(loaded: LoadedWorkbook, plan: RefreshPlan): WorkbookPackage {
  const { pkg, info, styles } = open(loaded);
  const scorecard = info.sheets.find((s) => s.worksheet && s.name === plan.sheet);
  if (!scorecard) throw new RefreshRefused(`The workbook has no sheet named "${plan.sheet}" to refresh.`, plan.sheet);
  // Checked before anything is written, so a refusal leaves the book as it was.
  const summary = existingSummary(loaded, info, plan.summary.sheet);
  checkProtection(pkg, info, scorecard, summary === undefined ? plan.summary.sheet : undefined, "write its status columns");

  // A new header looks like its neighbours: it takes the format of the nearest header to its left.
  const headers: SheetCellWrite[] = plan.columns.filter((c) => c.writeHeader).map((c) => ({ row: c.headerRow, column: c.column, write: { value: c.name }, styleFromLeft: true }));
  // The columns' cells go to the patch as the plan holds them (an array per column, rows in order).
  const removals: CalcRemoval[] = [patchPart(pkg, scorecard, headers, styles, plan.columns)];
  removals.push(writeSummary(pkg, info, plan.summary, styles, summary));
  complete(pkg, info, styles, removals);
  return pkg;
}

/** Where Settings cells go: an existing sheet, or a new one of this name with these column widths. */
export type CellsTarget = { sheet: string } | { newSheet: string; columnWidths: number[] };

/** Writes cells (by A1 address) into one sheet, or into a new sheet added after the last. */
export function writeCellsPackage(loaded: LoadedWorkbook, target: CellsTarget, cells: readonly { address: string; cell: CellWrite }[]): Uint8Array {
  const { pkg, info, styles } = open(loaded);
  const existing = "sheet" in target ? info.sheets.find((s) => s.worksheet && s.name === target.sheet) : undefined;
  checkProtection(pkg, info, existing, "newSheet" in target ? target.newSheet : undefined, "write the settings");
  if ("newSheet" in target) {
    addCellsSheet(pkg, info, styles, target.newSheet, target.columnWidths, cells);
    return finish(pkg, info, styles, []);
  }
  if (!existing) throw new RefreshRefused(`The workbook has no sheet named "${target.sheet}".`, target.sheet);
  const writes = cells.map(({ address, cell }) => ({ ...parseA1(address), write: cell }));
  return finish(pkg, info, styles, [patchPart(pkg, existing, writes, styles)]);
}

/** A new sheet after the last tab holding these cells (by A1 address). */
export function addCellsSheet(pkg: WorkbookPackage, info: WorkbookInfo, styles: StyleBook, name: string, columnWidths: number[], cells: readonly { address: string; cell: CellWrite }[]): void {
  const rows: (CellWrite | null)[][] = [];
  for (const { address, cell } of cells) {
    const { row, column } = parseA1(address);
    (rows[row - 1] ??= [])[column - 1] = cell;
  }
  const dense = Array.from({ length: rows.length }, (_, r) => Array.from({ length: rows[r]?.length ?? 0 }, (_, c) => rows[r]?.[c] ?? null));
  const { part } = addSheet(pkg, info, name);
  pkg.set(part, sheetXml({ rows: dense, columnWidths }, (base, write) => styles.styleFor(base, write)));
}

export function open(loaded: LoadedWorkbook): { pkg: WorkbookPackage; info: WorkbookInfo; styles: StyleBook } {
  const pkg = openPackage(loaded.bytes, loaded.textCache);
  const info = readWorkbookInfo(pkg);
  refuseStrict(pkg.text(info.part) ?? "");
  // The copy's content differs from what was signed: it goes out unsigned (the caller says so).
  removeSignature(pkg);
  return { pkg, info, styles: new StyleBook(info.styles ? pkg.text(info.styles) : undefined) };
}

export function patchPart(pkg: WorkbookPackage, sheet: SheetEntry, writes: SheetCellWrite[], styles: StyleBook, columns: readonly ColumnCells[] = []): CalcRemoval {
  try {
    const patched = patchSheetUtf8(utf8Declared(pkg.text(sheet.part) ?? ""), writes, (base, write) => styles.styleFor(base, write), columns);
    pkg.set(sheet.part, patched.content);
    return { sheetId: sheet.sheetId, cells: new Set(patched.formulasRemoved) };
  } catch (e) {
    if (e instanceof PatchRefused) throw new RefreshRefused(e.message, sheet.name);
    throw e;
  }
}

/**
 * As in Excel, where the add-in stops at a protected sheet or workbook structure: a protected scorecard
 * sheet is not written, and no sheet is added to a book whose structure is protected.
 */
export function checkProtection(pkg: WorkbookPackage, info: WorkbookInfo, sheet: SheetEntry | undefined, newSheet: string | undefined, action: string): void {
  if (sheet && hasSwitchedOn(pkg.text(sheet.part) ?? "", "sheetProtection", "sheet")) {
    throw new RefreshRefused(`The sheet "${sheet.name}" is protected, so the refresh cannot ${action}; unprotect it (Review > Unprotect Sheet), try again, then protect it again.`, sheet.name);
  }
  if (newSheet && hasSwitchedOn(pkg.text(info.part) ?? "", "workbookProtection", "lockStructure")) {
    throw new RefreshRefused(
      `The workbook's structure is protected, so the ${newSheet} sheet cannot be added; unprotect it (Review > Protect Workbook), try again, then protect it again.`,
    );
  }
}

/**
 * Whether the XML has the element with the attribute set (1 or true). The element's name is looked for
 * first (a native search): a pattern tried at every tag of a 5 MB sheet cost 10 to 20 ms of a refresh.
 * It is found by its capital and the letter after it ("Pr"), rare in a sheet's XML: a search for the
 * whole name skips only a few characters at a time through XML full of its letters (5 to 10 ms on
 * 10,000 rows, against about 1).
 */
function hasSwitchedOn(xml: string, element: string, attribute: string): boolean {
  const tag = new RegExp(`<(\\w+:)?${element}\\b[^>]*\\s${attribute}\\s*=\\s*["'](1|true)["']`, "y");
  const back = Math.max(0, element.search(/[A-Z]/));
  const rare = element.slice(back, back + 2);
  for (let at = xml.indexOf(rare, back); at >= 0; at = xml.indexOf(rare, at + 1)) {
    if (!xml.startsWith(element, at - back)) continue;
    tag.lastIndex = xml.lastIndexOf("<", at);
    if (tag.lastIndex >= 0 && tag.test(xml)) return true;
  }
  return false;
}

/** Our earlier summary sheet, or undefined; a sheet of that name without our mark is the user's. */
function existingSummary(loaded: LoadedWorkbook, info: WorkbookInfo, name: string): SheetEntry | undefined {
  const entry = info.sheets.find((s) => sheetKey(s.name) === sheetKey(name));
  if (!entry) return undefined;
  const grid = loaded.grids.sheets.find((s) => s.name === entry.name);
  if (!entry.worksheet || !grid || !isSummaryMark(cellText(grid.values[0]?.[0] ?? null))) {
    throw new RefreshRefused(`The sheet "${entry.name}" is not one this tool made, so it was left alone; rename it and refresh again.`, entry.name);
  }
  return entry;
}

/** The summary sheet, rewritten in its own part (same name, tab and sheet id) or added after the last tab. */
function writeSummary(pkg: WorkbookPackage, info: WorkbookInfo, summary: SummarySheetWrite, styles: StyleBook, existing: SheetEntry | undefined): CalcRemoval {
  let part: string, sheetId: number, name: string;
  if (existing) {
    ({ part, sheetId, name } = existing);
    removeSheetRelations(pkg, part);
  } else {
    ({ part, sheetId } = addSheet(pkg, info, summary.sheet));
    name = summary.sheet;
  }
  const chart = statusChart(summary);
  let drawingId: string | undefined;
  if (chart) {
    const folder = info.part.slice(0, info.part.lastIndexOf("/") + 1);
    const chartPart = freePartName(pkg, `${folder}charts/chart`, ".xml");
    pkg.set(chartPart, chartXml(chart, summary, name));
    const drawingPart = freePartName(pkg, `${folder}drawings/drawing`, ".xml");
    pkg.set(drawingPart, "");
    pkg.set(drawingPart, drawingXml(chart, pkg.addRelationship(drawingPart, REL.chart, chartPart)));
    drawingId = pkg.addRelationship(part, REL.drawing, drawingPart);
    addContentType(pkg, chartPart, TYPE.chart);
    addContentType(pkg, drawingPart, TYPE.drawing);
  }
  // Where the user calculates by hand, their formulas wait for F9, as they would after the add-in's refresh.
  const calculateOnOpen = !info.manualCalculation;
  pkg.set(part, sheetXml({ rows: summary.rows, columnWidths: summary.columnWidths, drawingId, calculateOnOpen }, (base, write) => styles.styleFor(base, write)));
  return { sheetId, cells: "all" };
}

export function finish(pkg: WorkbookPackage, info: WorkbookInfo, styles: StyleBook, removals: CalcRemoval[]): Uint8Array {
  complete(pkg, info, styles, removals);
  return pkg.bytes();
}

/** The parts every write changes besides its sheets: new formats, the calculation chain, content types. */
function complete(pkg: WorkbookPackage, info: WorkbookInfo, styles: StyleBook, removals: CalcRemoval[]): void {
  const stylesXml = styles.changedXml();
  if (stylesXml !== undefined) {
    const folder = info.part.slice(0, info.part.lastIndexOf("/") + 1);
    const part = info.styles ?? `${folder}styles.xml`;
    if (!info.styles) {
      pkg.addRelationship(info.part, REL.styles, part);
      addContentType(pkg, part, TYPE.styles);
    }
    pkg.set(part, stylesXml);
  }
  removeCalcEntries(pkg, info, removals);
  typeNewRelationshipParts(pkg);
}
