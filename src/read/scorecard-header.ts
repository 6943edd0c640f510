import { a1, cellAt, cellText, gridSize, parseA1, SheetGrid, WorkbookGrids } from "../grid";
import { classifyHeader, FIELD_HEADERS, FieldRole, isNiOnlyRefHeader } from "../headers";
import { Finding, OwnColumn, Period } from "../model";
import { joinOr } from "../words";
import { findSheet } from "./sheets";

// Finding the scorecard: its sheet, its header row (the first of the top 20 with a Ref-like and an
// Indicator-like header) and what each column holds.

export interface PeriodColumn {
  column: number;
  period: Period;
}

export interface ColumnMap {
  /** The first column of each field, 1-based. */
  fields: Partial<Record<FieldRole, number>>;
  targets: PeriodColumn[];
  actuals: PeriodColumn[];
  own: Partial<Record<OwnColumn, number>>;
  /** The Ref column is headed "NI": a bare 151 there means NI 151. */
  niOnlyRef: boolean;
}

export interface ScorecardLayout {
  sheet: SheetGrid;
  headerRow: number;
  columns: ColumnMap;
  lastColumn: number;
  /** Warnings about the header row itself (periods that cannot be read). */
  findings: Finding[];
}

const HEADER_ROWS = 20;

/** The scorecard's layout, or the one error that says why there is none. */
export function findScorecard(workbook: WorkbookGrids, agreementStart: number): ScorecardLayout | { error: Finding } {
  const named = findSheet(workbook, "scorecard");
  const candidates = named ? [named, ...workbook.sheets.filter((s) => s !== named)] : workbook.sheets;
  for (const sheet of candidates) {
    const layout = readLayout(sheet, agreementStart);
    if (layout) return layout;
  }
  return { error: noScorecard(workbook, named) };
}

function readLayout(sheet: SheetGrid, agreementStart: number): ScorecardLayout | null {
  const last = Math.min(HEADER_ROWS, sheet.values.length);
  for (let r = 1; r <= last; r++) {
    const columns = mapColumns(sheet, r, agreementStart);
    if (!columns.map.fields.ref || !columns.map.fields.indicator) continue;
    const findings: Finding[] = [];
    for (const bad of columns.unreadable) {
      const header = cellText(cellAt(sheet, r, bad.column));
      findings.push({
        severity: "warning",
        sheet: sheet.name,
        cell: a1(r, bad.column),
        message: `The column "${header}" looks like ${bad.series === "target" ? "a Target" : "an Actual"} column, but its period cannot be read, so it is ignored.`,
        hint: `Name the period in the header, such as "${bad.series === "target" ? "Target" : "Actual"} 2009/10" or "${bad.series === "target" ? "Target" : "Actual"} Q2 2009/10".`,
      });
    }
    return { sheet, headerRow: r, columns: columns.map, lastColumn: lastUsedColumn(sheet, r), findings };
  }
  return null;
}

function mapColumns(sheet: SheetGrid, row: number, agreementStart: number) {
  const map: ColumnMap = { fields: {}, targets: [], actuals: [], own: {}, niOnlyRef: false };
  const unreadable: { column: number; series: "target" | "actual" }[] = [];
  const cells = sheet.values[row - 1] ?? [];
  for (let c = 1; c <= cells.length; c++) {
    const text = cellText(cells[c - 1]);
    if (!text) continue;
    const meaning = classifyHeader(text, agreementStart);
    if (meaning.kind === "field") {
      if (map.fields[meaning.role]) continue;
      map.fields[meaning.role] = c;
      if (meaning.role === "ref") map.niOnlyRef = isNiOnlyRefHeader(text);
    } else if (meaning.kind === "target") map.targets.push({ column: c, period: meaning.period });
    else if (meaning.kind === "actual") map.actuals.push({ column: c, period: meaning.period });
    else if (meaning.kind === "own") map.own[meaning.column] ??= c;
    else if (meaning.kind === "unreadable-period") unreadable.push({ column: c, series: meaning.series });
  }
  return { map, unreadable };
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
  for (const cells of sheet.values) {
    for (let c = cells.length; c > last; c--) {
      if (cellText(cells[c - 1]) !== "" || (cells[c - 1] !== null && typeof cells[c - 1] === "object")) {
        last = c;
        break;
      }
    }
  }
  return last;
}

function noScorecard(workbook: WorkbookGrids, named: SheetGrid | undefined): Finding {
  const lookedFor =
    `a header row in the first ${HEADER_ROWS} rows with a Ref column (headed ${joinOr(FIELD_HEADERS.ref.slice(0, 6))}) ` +
    `and an Indicator column (headed ${joinOr(FIELD_HEADERS.indicator.slice(0, 4))})`;
  const hint =
    "Put one row of headers above the indicators, including Ref, Indicator and Thematic partnership, " +
    "within the first 20 rows of the scorecard sheet.";
  if (named) {
    const { columns } = gridSize(named);
    return {
      severity: "error",
      sheet: named.name,
      cell: `A1:${a1(HEADER_ROWS, Math.max(columns, 1))}`,
      message: `The ${named.name} sheet has no header row: the add-in looked for ${lookedFor}.`,
      hint,
    };
  }
  return {
    severity: "error",
    sheet: workbook.sheets[0]?.name ?? "",
    cell: "A1",
    message:
      `No scorecard sheet was found: no sheet is named Scorecard, LAA Scorecard, Indicators or Performance, ` +
      `and no sheet has ${lookedFor}.`,
    hint: `Name the sheet that holds the indicators "Scorecard". ${hint}`,
  };
}
