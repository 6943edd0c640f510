import { isSummaryMark, sheetKey, SUMMARY_MARK_LINE, SUMMARY_SHEET } from "./keys";
import { STATUS_FILL } from "./colours";
import { PlainSentenceError } from "./errors";
import { a1, cellText, columnLetters, columnSpans, MAX_COLUMN, SheetGrid, WorkbookGrids } from "./grid";
import { finding } from "./findings";
import { joinAnd, plural } from "./words";
import { Analysis, Direction, Finding, IndicatorRating, OWN_COLUMNS, OwnColumn, PartnershipRating, Period, Scorecard, Settings, Status } from "./model";
import { formatPeriod } from "./periods";
import { CellWrite, ColumnWrite, RefreshPlan, SummarySheetWrite } from "./refresh-plan";
import { areaRating } from "./rollup";

// What a refresh writes (workbook spec, "What a refresh writes, and nothing else"), as data: the
// own columns of the scorecard sheet and the Partnership Summary sheet. No clock is read here, so
// the same workbook always gives the same plan.

const PERCENT = "0%";
const MONEY = '"£"#,##0';

/** An existing "Partnership Summary" sheet whose first cell lacks our mark is the user's: an error. */
export function checkSummarySheet(workbook: WorkbookGrids): Finding[] {
  return workbook.sheets
    .filter((s) => sheetKey(s.name) === sheetKey(SUMMARY_SHEET))
    .filter((s) => !isSummaryMark(cellText(s.values[0]?.[0] ?? null)))
    .map((s) =>
      finding("summary-sheet-not-ours", s.name, "A1",
        `The sheet "${s.name}" was not made by LAA Scorecard, and a refresh rebuilds a sheet of that name, so nothing will be written.`,
        `Rename the sheet "${s.name}" to keep it, or delete it, then refresh again.`),
    );
}

/** Where each own column is written: under its header where the sheet has one, else appended after the last used column. */
export function ownColumnPlaces(scorecard: Scorecard): { name: OwnColumn; column: number; existing: boolean }[] {
  let next = scorecard.lastColumn;
  return OWN_COLUMNS.map((name) => {
    const existing = scorecard.ownColumns[name];
    return { name, column: existing ?? ++next, existing: existing !== undefined };
  });
}

/**
 * Where the own columns would land, checked before anything is written: past Excel's last column
 * (XFD) there is no room, an error at the cell that fills the last column; in hidden columns nobody
 * would see them, a warning.
 */
export function checkOwnColumnPlaces(workbook: WorkbookGrids, scorecard: Scorecard): Finding[] {
  const sheet = workbook.sheets.find((s) => s.name === scorecard.sheet);
  if (!sheet) return [];
  const places = ownColumnPlaces(scorecard);
  const findings: Finding[] = [];
  const beyond = places.filter((p) => p.column > MAX_COLUMN);
  if (beyond.length > 0) {
    const cell = lastColumnCell(sheet, scorecard.lastColumn) ?? a1(scorecard.headerRow, scorecard.lastColumn);
    findings.push(finding("no-room-for-own-columns", sheet.name, cell,
      `${cell} is in the sheet's last column (${columnLetters(MAX_COLUMN)}), so a refresh has no room to add its ${joinAnd(beyond.map((p) => p.name))} ${beyond.length === 1 ? "column" : "columns"} after it.`,
      `Clear ${cell} if it is not needed, or type the header${beyond.length === 1 ? "" : "s"} ${joinAnd(beyond.map((p) => `"${p.name}"`))} in empty cells of the header row (row ${scorecard.headerRow}), then refresh again.`));
  }
  const spans = columnSpans(sheet.hiddenColumns ?? []);
  const hidden = places.filter((p) => p.column <= MAX_COLUMN && spans.some(([from, to]) => p.column >= from && p.column <= to));
  if (hidden.length > 0) {
    const letters = hidden.map((p) => columnLetters(p.column));
    findings.push(finding("own-column-hidden", sheet.name, a1(scorecard.headerRow, hidden[0].column),
      `A refresh writes ${joinAnd(hidden.map((p) => p.name))} into hidden ${hidden.length === 1 ? "column" : "columns"} ${joinAnd(letters)}, where nobody would see ${hidden.length === 1 ? "it" : "them"}.`,
      `Unhide ${hidden.length === 1 ? `column ${letters[0]}` : `columns ${letters[0]} to ${letters[letters.length - 1]}`} (select the columns either side, right-click, Unhide) to see the statuses, or move the headers into visible columns.`));
  }
  return findings;
}

/** The first cell, top down, that holds something in the given column. */
function lastColumnCell(sheet: SheetGrid, column: number): string | null {
  for (let r = 0; r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[column - 1];
    if (v !== null && v !== undefined) return a1(r + 1, column);
  }
  return null;
}

/** Every cell a refresh writes: the own columns of the scorecard sheet and the Partnership Summary sheet. */
export function planRefresh(analysis: Analysis): RefreshPlan {
  const scorecard = analysis.scorecard;
  if (!scorecard) throw new PlainSentenceError("There is no scorecard sheet to refresh; fix the errors listed and try again.");
  return {
    sheet: scorecard.sheet,
    columns: planColumns(scorecard, analysis.indicators),
    summary: planSummary(analysis.partnerships, scorecard.settings, analysis.reportingPeriod, profiledCount(analysis.indicators)),
  };
}

// --- The scorecard sheet's own columns ---

function planColumns(scorecard: Scorecard, ratings: readonly IndicatorRating[]): ColumnWrite[] {
  const firstRow = scorecard.headerRow + 1;
  let rows = 0;
  for (let i = 0; i < ratings.length; i++) rows = Math.max(rows, ratings[i].indicator.row - firstRow + 1);
  const places = ownColumnPlaces(scorecard);
  for (const { name, column } of places) {
    if (column > MAX_COLUMN) throw new PlainSentenceError(`There is no room after column ${columnLetters(MAX_COLUMN)} for the ${name} column.`);
  }
  // One array per column, made to size (an array grown by push is copied again and again on the way
  // to 10,000 rows) and filled in one pass over the ratings. Section headings and blank rows between
  // indicators are not ours to write: they stay null.
  const cells = places.map(() => new Array<CellWrite | null>(rows).fill(null));
  // Thousands of rows are as at one of a few periods (the same objects, from the header row): one cell for each.
  const asAtCells = new Map<Period, CellWrite>();
  for (let j = 0; j < ratings.length; j++) {
    const rating = ratings[j];
    const i = rating.indicator.row - firstRow;
    if (i < 0) continue;
    for (let k = 0; k < places.length; k++) cells[k][i] = ownCell(places[k].name, rating, asAtCells);
  }
  return places.map(({ name, column, existing }, k) => ({ name, column, headerRow: scorecard.headerRow, writeHeader: !existing, firstRow, cells: cells[k] }));
}

// A status or a direction is one of a handful of words: one cell write for each, shared by every
// row that has it (the adapters only read a plan), rather than 10,000 alike.
const STATUS_CELLS = new Map<Status, CellWrite>(
  (Object.keys(STATUS_FILL) as Status[]).map((status) => [status, Object.freeze({ value: status, fill: STATUS_FILL[status] })]),
);
const DIRECTION_CELLS = new Map<Direction, CellWrite>();
// A blank clears last refresh's figure when the improvement can no longer be worked out, or the status has no period.
const NO_IMPROVEMENT: CellWrite = Object.freeze({ value: null, numFmt: PERCENT });
const NO_AS_AT: CellWrite = Object.freeze({ value: null });

function ownCell(name: OwnColumn, rating: IndicatorRating, asAtCells: Map<Period, CellWrite>): CellWrite {
  switch (name) {
    case "Status":
      return STATUS_CELLS.get(rating.status)!;
    case "Direction of travel": {
      let cell = DIRECTION_CELLS.get(rating.direction);
      if (!cell) DIRECTION_CELLS.set(rating.direction, (cell = Object.freeze({ value: rating.direction })));
      return cell;
    }
    case "Planned improvement achieved":
      return rating.improvement === null ? NO_IMPROVEMENT : { value: rating.improvement, numFmt: PERCENT };
    case "Status as at": {
      if (!rating.asAt) return NO_AS_AT;
      let cell = asAtCells.get(rating.asAt);
      if (!cell) asAtCells.set(rating.asAt, (cell = Object.freeze({ value: formatPeriod(rating.asAt) })));
      return cell;
    }
  }
}

// --- The Partnership Summary sheet ---

const SUMMARY_HEADERS = [
  "Partnership",
  "Lead",
  "Deputy",
  "Indicators",
  "Green",
  "Amber",
  "Red",
  "No data",
  "No target",
  "% on target",
  "Overall status",
  "PRG at stake",
  "PRG at risk",
] as const;

const WIDTHS = [0, 22, 22, 11, 8, 8, 8, 9, 10, 12, 15, 14, 14];
const HEADER_ROW = 4;

function text(value: string | null, bold?: boolean): CellWrite | null {
  if (value === null || value === "") return null;
  return bold ? { value, bold } : { value };
}

function summaryRow(p: Omit<PartnershipRating, "name" | "lead" | "deputy">, label: (CellWrite | null)[], bold: boolean): (CellWrite | null)[] {
  const cell = (value: number): CellWrite => (bold ? { value, bold } : { value });
  return [
    ...label,
    cell(p.indicators),
    cell(p.green),
    cell(p.amber),
    cell(p.red),
    cell(p.noData),
    cell(p.noTarget),
    p.onTarget === null ? null : { ...cell(p.onTarget), numFmt: PERCENT },
    { value: p.overall, fill: STATUS_FILL[p.overall], ...(bold ? { bold } : {}) },
    { ...cell(p.prgAtStake), numFmt: MONEY },
    { ...cell(p.prgAtRisk), numFmt: MONEY },
  ];
}

function title(settings: Settings, period: Period | null): string {
  const area = settings.area ? `${settings.area} LAA` : "LAA";
  const when = period ? formatPeriod(period) : "no actuals yet";
  return `${area} partnership summary, ${when}`;
}

function pct(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** How many indicators are rated against a profiled target (docs/rules.md, rule 2). */
function profiledCount(ratings: readonly IndicatorRating[]): number {
  let n = 0;
  for (let i = 0; i < ratings.length; i++) if (ratings[i].target?.profileOf) n++;
  return n;
}

function planSummary(partnerships: readonly PartnershipRating[], settings: Settings, period: Period | null, profiled: number): SummarySheetWrite {
  const rows: (CellWrite | null)[][] = [
    [{ value: SUMMARY_MARK_LINE }],
    [{ value: title(settings, period), bold: true }],
    [],
    SUMMARY_HEADERS.map((h) => ({ value: h, bold: true })),
  ];
  for (const p of partnerships) rows.push(summaryRow(p, [text(p.name), text(p.lead), text(p.deputy)], false));
  if (partnerships.length > 1) rows.push(summaryRow(areaRating(partnerships, settings), [text("All partnerships", true), null, null], true));
  rows.push(
    [],
    [
      text(
        `Overall status: Green when at least ${pct(settings.greenThreshold)} of rated indicators are Green and none is Red; ` +
          `Red when at least ${pct(settings.redThreshold)} are Red; otherwise Amber. % on target = Green / rated (Green, Amber or Red).`,
      ),
    ],
    [text(`PRG at risk = reward value less the projected reward; a reward target below ${pct(settings.prgMinimum)} of its planned improvement projects nothing.`)],
  );
  if (profiled > 0) {
    rows.push([text(`${plural(profiled, "cumulative count")} with only an annual target ${profiled === 1 ? "is" : "are"} rated at a quarter against a profile of that target: a quarter of the year's target at Q1, half at Q2, three quarters at Q3.`)]);
  }
  const longest = partnerships.reduce((n, p) => Math.max(n, p.name.length), "All partnerships".length);
  const columnWidths = [Math.min(60, longest + 2), ...WIDTHS.slice(1)];
  return { sheet: SUMMARY_SHEET, rows, headerRow: HEADER_ROW, partnershipRows: partnerships.length, columnWidths };
}
