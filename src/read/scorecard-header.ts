import { a1, columnLetters, gridSize, parseA1, SheetGrid, WorkbookGrids } from "../grid";
import { FIELD_HEADERS } from "../headers";
import { finding } from "../findings";
import { Finding } from "../model";
import { joinOr } from "../words";
import { ColumnAccount } from "../columns";
import { HeaderContext } from "./column-account";
import { chooseRefColumn, ColumnMap, headerKeys, mapColumns } from "./column-map";
import { filled } from "./row-cells";
import { findSheet, SHEET_NAMES } from "./sheets";

// Finding the scorecard: its sheet, its header row (the first of the top 20 with a Ref-like and an
// Indicator-like header) and what each column holds.

export type { ColumnMap, PeriodColumn } from "./column-map";

export interface ScorecardLayout {
  sheet: SheetGrid;
  headerRow: number;
  columns: ColumnMap;
  /** How every column was read (src/columns.ts). */
  accounts: ColumnAccount[];
  lastColumn: number;
  /** Warnings about the header row itself (periods that cannot be read), and about other sheets that look like it. */
  findings: Finding[];
}

const HEADER_ROWS = 20;

/**
 * The scorecard's layout, or the one error that says why there is none. A sheet with an accepted name
 * is read first; when another sheet also looks like a scorecard (a header row and an indicator below
 * it), the finding names both, and when none has an accepted name, which to read is not guessed.
 */
export function findScorecard(workbook: WorkbookGrids, ctx: HeaderContext): ScorecardLayout | { error: Finding } {
  const named = findSheet(workbook, "scorecard");
  const namedLayout = named ? readLayout(named, ctx) : null;
  const others: ScorecardLayout[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet === named) continue;
    const layout = readLayout(sheet, ctx);
    if (layout && hasIndicatorRow(layout)) others.push(layout);
  }
  if (namedLayout) {
    const rival = others[0];
    if (rival) {
      namedLayout.findings.push(finding("two-scorecards", rival.sheet.name, "A1",
        `The sheets "${namedLayout.sheet.name}" and "${rival.sheet.name}" both look like scorecards; "${namedLayout.sheet.name}" is read, and "${rival.sheet.name}" is not.`,
        `If "${rival.sheet.name}" is the one to rate, rename it "Scorecard" and rename the other.`));
    }
    return namedLayout;
  }
  if (others.length > 1) {
    const [first, second] = others;
    return {
      error: finding("which-scorecard", second.sheet.name, "A1",
        `The sheets "${first.sheet.name}" and "${second.sheet.name}" both look like scorecards, and neither is named as one, so neither is rated.`,
        `Rename the sheet to rate "Scorecard" (or ${joinOr(SHEET_NAMES.scorecard.slice(1))}).`),
    };
  }
  if (others.length === 1) return others[0];
  // A header row with no indicator below it yet is still the scorecard, when it is the only one.
  for (const sheet of workbook.sheets) {
    const layout = sheet === named ? null : readLayout(sheet, ctx);
    if (layout) return layout;
  }
  return { error: noScorecard(workbook, named) };
}

function hasIndicatorRow(layout: ScorecardLayout): boolean {
  const ref = layout.columns.fields.ref!;
  for (let r = layout.headerRow; r < layout.sheet.values.length; r++) {
    const v = layout.sheet.values[r]?.[ref - 1];
    if (v !== null && v !== undefined && String(v).trim() !== "") return true;
  }
  return false;
}

function readLayout(sheet: SheetGrid, ctx: HeaderContext): ScorecardLayout | null {
  const last = Math.min(HEADER_ROWS, sheet.values.length);
  for (let r = 1; r <= last; r++) {
    if (!headerKeys(sheet, r)) continue;
    const lastColumn = lastUsedColumn(sheet, r);
    const mapped = mapColumns(sheet, r, lastColumn, ctx);
    // The Columns table may say the Ref or Indicator column is something else.
    if (mapped.refCandidates.length === 0 || !mapped.map.fields.indicator) continue;
    chooseRefColumn(sheet, r, mapped.refCandidates, mapped.map);
    const ref = mapped.map.fields.ref!;
    for (const account of mapped.accounts) {
      if (account.reading.kind === "field" && account.reading.role === "ref" && account.column !== ref) account.note = `not read: ${columnLetters(ref)} is the Ref`;
    }
    return { sheet, headerRow: r, columns: mapped.map, accounts: mapped.accounts, lastColumn, findings: mapped.findings };
  }
  return null;
}

/**
 * The last column holding anything in any row, or covered by a merge reaching the header row or below
 * (only a merge's first cell holds its value, and a write into the rest would replace that value):
 * own columns are appended after it.
 */
function lastUsedColumn(sheet: SheetGrid, headerRow: number): number {
  let last = 0;
  for (const range of sheet.merges ?? []) {
    const [, end] = range.split(":");
    if (!end) continue;
    const { row, column } = parseA1(end);
    if (row >= headerRow && column > last) last = column;
  }
  for (let r = 0; r < sheet.values.length; r++) {
    const cells = sheet.values[r];
    for (let c = cells.length; c > last; c--) {
      if (filled(cells[c - 1])) {
        last = c;
        break;
      }
    }
  }
  return last;
}

function noScorecard(workbook: WorkbookGrids, named: SheetGrid | undefined): Finding {
  // Examples, not the whole list (docs/workbook.md has it); said the same on the command line and in the pane.
  const columnsWanted =
    `a Ref column (headed, for example, ${joinOr(FIELD_HEADERS.ref.slice(0, 6))}) ` +
    `and an Indicator column (headed, for example, ${joinOr(FIELD_HEADERS.indicator.slice(0, 4))})`;
  const hint =
    "Put one row of headers above the indicators, including Ref, Indicator and Thematic partnership, " +
    "within the first 20 rows of the scorecard sheet.";
  if (named) {
    const { columns } = gridSize(named);
    return finding("no-header-row", named.name, `A1:${a1(HEADER_ROWS, Math.max(columns, 1))}`,
      `The ${named.name} sheet has no header row: none of its first ${HEADER_ROWS} rows has ${columnsWanted}.`, hint);
  }
  return finding("no-scorecard", workbook.sheets[0]?.name ?? "", "A1",
    `No scorecard sheet was found: no sheet is named ${joinOr(SHEET_NAMES.scorecard)}, and no sheet has a header row in the first ${HEADER_ROWS} rows with ${columnsWanted}.`,
    `Name the sheet that holds the indicators "Scorecard". ${hint}`);
}
