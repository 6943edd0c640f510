import { CellValue, SheetGrid, WorkbookGrids } from "../../src/grid";
import { Finding } from "../../src/model";

// Small builders so each test shows the workbook it reads as rows, the way an officer sees it.

export function sheet(name: string, values: CellValue[][], numFmts?: (string | null)[][]): SheetGrid {
  return numFmts ? { name, values, numFmts } : { name, values };
}

export function book(...sheets: SheetGrid[]): WorkbookGrids {
  return { sheets };
}

/** The findings at one cell of one sheet. */
export function at(findings: Finding[], sheetName: string, cell: string): Finding[] {
  return findings.filter((f) => f.sheet === sheetName && f.cell === cell);
}

export function errors(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "error");
}

export function warnings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "warning");
}

export const HEADERS = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Baseline", "Target 2009/10", "Actual 2009/10"];

/** A scorecard sheet with the usual headers in row 1 and the given indicator rows below. */
export function scorecard(rows: CellValue[][], headers: string[] = HEADERS): SheetGrid {
  return sheet("Scorecard", [headers, ...rows]);
}
