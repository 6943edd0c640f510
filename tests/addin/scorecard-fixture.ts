import { CellValue, WorkbookGrids } from "../../src/grid";
import { MockSheet } from "./excel-mock";

// A plain scorecard of n indicators across five partnerships, Green, Amber and Red in turn, for the
// adapter's round-trip and sync-count tests.

export const PARTNERSHIPS = ["Safer Essex", "Healthier Essex", "Greener Essex", "Learning Essex", "Prosperous Essex"];
const HEADERS = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2008/09", "Actual 2008/09"];
const ACTUALS = [55, 49, 30];

export function scorecardValues(n: number): CellValue[][] {
  const rows: CellValue[][] = [HEADERS];
  for (let i = 0; i < n; i++) {
    const ref = `L${Math.floor(i / 10) + 1}.${(i % 10) + 1}`;
    rows.push([ref, `Local indicator ${i + 1}`, PARTNERSHIPS[i % PARTNERSHIPS.length], "Higher", 50, ACTUALS[i % 3]]);
  }
  return rows;
}

export function scorecardGrids(n: number): WorkbookGrids {
  return { sheets: [{ name: "Scorecard", values: scorecardValues(n) }] };
}

/** The same scorecard as Office.js returns it: "" for empty cells, a used range address. */
export function scorecardSheet(n: number, extra: Partial<MockSheet> = {}): MockSheet {
  const values = scorecardValues(n).map((r) => r.map((v) => (v === null ? "" : v)));
  return { name: "Scorecard", address: `A1:F${n + 1}`, values, ...extra };
}
