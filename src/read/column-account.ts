import { a1, columnLetters, isCellError, isFormulaWithoutResult, SheetGrid } from "../grid";
import { classifyHeader, HeaderMeaning } from "../headers";
import { finding } from "../findings";
import { ColumnAccount, ColumnReading, SERIES_WORDS } from "../columns";
import { Finding, Period } from "../model";
import { PeriodProblem } from "./period-words";
import { checkEntry, columnsNamed, ColumnsEntry, ColumnsTable } from "./columns-table";
import { readHeaderBand } from "./header-band";
import { filled } from "./row-cells";

// The total account of the scorecard's columns: for each, what its header (one or two rows) says,
// or what the Settings sheet's Columns table says instead; a column the reader does not know is
// looked at below its header, and one holding figures is "not understood", with a warning at its
// header cell, rather than dropped in silence.

/** What the reader needs to read headers: the agreement's first year ("Year 1"), the reporting period (a bare "YTD"), the Columns table. */
export interface HeaderContext {
  agreementStart: number;
  reporting: Period | null;
  table: ColumnsTable | null;
}

export interface ColumnsRead {
  accounts: ColumnAccount[];
  /** The rows of the header: one, or two (a year above its quarters, or quarters below it). */
  top: number;
  bottom: number;
  findings: Finding[];
}

/** How many rows under the header are looked at to tell whether a column nobody named holds figures. */
const SAMPLE_ROWS = 50;

/** The account of every column up to `width`, reading the header around `row` (the Ref and Indicator headers' row). */
export function accountColumns(sheet: SheetGrid, row: number, width: number, keys: readonly number[], ctx: HeaderContext): ColumnsRead {
  const band = readHeaderBand(sheet, row, width, keys, ctx.agreementStart);
  const findings: Finding[] = [];
  const told = toldColumns(ctx.table, band.pieces.map((p) => p.map((x) => x.text)), width, findings);
  const accounts: ColumnAccount[] = [];
  for (let c = 1; c <= width; c++) {
    const pieces = band.pieces[c] ?? [];
    const header = pieces.map((p) => p.text).join(" / ");
    const cell = pieces.length ? pieces[pieces.length - 1].cell : a1(row, c);
    const entry = told.get(c);
    const base = { column: c, letter: columnLetters(c), cell, header };
    if (entry) {
      accounts.push({ ...base, reading: entry.reading, told: true });
      continue;
    }
    if (!header) {
      // A blank header over nothing is no column at all; over figures it is a column nobody named.
      const held = holds(sheet, band.bottom, c);
      if (held === "nothing") continue;
      accounts.push({ ...base, reading: held === "figures" ? { kind: "not-understood" } : { kind: "ignored", reason: "no header" }, told: false });
      if (held === "figures") findings.push(notUnderstood(sheet.name, cell, ""));
      continue;
    }
    const meaning = classifyHeader(pieces.map((p) => p.text).join(" "), ctx.agreementStart, ctx.reporting);
    const reading = readingOf(meaning, () => holds(sheet, band.bottom, c) === "figures");
    accounts.push({ ...base, reading, told: false });
    const problem = headerFinding(meaning, reading, sheet.name, cell, header);
    if (problem) findings.push(problem);
  }
  return { accounts, top: band.top, bottom: band.bottom, findings };
}

function readingOf(meaning: HeaderMeaning, holdsFigures: () => boolean): ColumnReading {
  switch (meaning.kind) {
    case "field":
      return { kind: "field", role: meaning.role };
    case "target":
    case "actual":
    case "stretch":
      return { kind: "figures", series: meaning.kind, period: meaning.period, yearToDate: meaning.yearToDate ?? false };
    case "own":
      return { kind: "own", column: meaning.column };
    case "ignored":
      return { kind: "ignored", reason: meaning.reason };
    case "unreadable-period":
    case "date-not-quarter-end":
      return { kind: "not-understood" };
    case "other":
      return holdsFigures() ? { kind: "not-understood" } : { kind: "ignored", reason: "not used" };
  }
}

const PROBLEM_WORDS: Record<PeriodProblem | "none", (header: string, word: string) => string> = {
  none: (h, w) => `The column "${h}" looks like ${w} column, but its period cannot be read, so it is not read.`,
  months: (h) => `The column "${h}" names months that are neither a quarter (Apr-Jun, Jul-Sep, Oct-Dec, Jan-Mar) nor the year to date from April, so it is not read.`,
  "second-half": (h) => `The column "${h}" holds the second half of a year, which is neither a quarter's figure nor the year to date, so it is not read.`,
  "ytd-which-quarter": (h) => `The column "${h}" holds the year to date, but nothing says up to which quarter, so it is not read.`,
  "quarter-months": (h) => `The column "${h}" names a quarter and months that disagree, so it is not read.`,
};

const PROBLEM_HINTS: Record<PeriodProblem | "none", (word: string) => string> = {
  none: (w) => `Name the period in the header, such as "${w} 2009/10" or "${w} Q2 2009/10" (quarters are Q1 to Q4, or by their months: "Apr-Jun 09"), or put the year in the row above; or say what it is in the Columns table on the Settings sheet.`,
  months: () => `Split it into quarters, or say what it is in the Columns table on the Settings sheet (such as "Actual Q3 2009/10").`,
  "second-half": () => `Give the year to date at Q4 instead, or say what the column is in the Columns table on the Settings sheet.`,
  "ytd-which-quarter": () => `Name the quarter in the header ("Actual YTD Q2 2009/10"), or set the Reporting period on the Settings sheet: a year-to-date column of that year is then its position at that quarter.`,
  "quarter-months": () => `Q1 is Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec and Q4 Jan-Mar: correct the quarter or the months in the header, or say what the column is in the Columns table on the Settings sheet.`,
};

function headerFinding(meaning: HeaderMeaning, reading: ColumnReading, sheet: string, cell: string, header: string): Finding | null {
  if (meaning.kind === "unreadable-period") {
    const word = SERIES_WORDS[meaning.series];
    const problem = meaning.problem ?? "none";
    return finding("unreadable-period", sheet, cell, PROBLEM_WORDS[problem](header, `${meaning.series === "actual" ? "an" : "a"} ${word}`), PROBLEM_HINTS[problem](word));
  }
  if (meaning.kind === "date-not-quarter-end") {
    return finding("date-not-quarter-end", sheet, cell,
      `The header ${meaning.date} is a date but not the last day of a quarter, so the column is ignored.`,
      `A date header names the quarter that ends on it: type 30/06, 30/09, 31/12 or 31/03 of the year, or write the period, such as "Q2 2009/10".`);
  }
  if (meaning.kind === "other" && reading.kind === "not-understood") return notUnderstood(sheet, cell, header);
  return null;
}

function notUnderstood(sheet: string, cell: string, header: string): Finding {
  return finding("column-not-understood", sheet, cell,
    header ? `The column "${header}" holds figures, but its header does not say what they are (a target or an actual, and for which period), so they are not read.`
      : `The column under ${cell} holds figures but has no header, so they are not read.`,
    `Head it as a target or an actual with its period, such as "Actual Q2 2009/10" or "Target 2009/10"; or say what it is in the Columns table on the Settings sheet ("Ignore" if it is not to be read).`);
}

/** Whether a column holds figures below the header: numbers in most of its filled cells of the first rows. */
function holds(sheet: SheetGrid, bottom: number, column: number): "figures" | "text" | "nothing" {
  let numbers = 0;
  let others = 0;
  const last = Math.min(sheet.values.length, bottom + SAMPLE_ROWS);
  for (let r = bottom + 1; r <= last; r++) {
    const v = sheet.values[r - 1]?.[column - 1] ?? null;
    if (!filled(v)) continue;
    if (typeof v === "number" || isCellError(v) || isFormulaWithoutResult(v)) numbers++;
    else others++;
  }
  return numbers > 0 && numbers >= others ? "figures" : numbers + others > 0 ? "text" : "nothing";
}

/** The columns the Columns table names, each with its entry; a warning for an entry that names none, or several. */
function toldColumns(table: ColumnsTable | null, headers: string[][], width: number, findings: Finding[]): Map<number, ColumnsEntry> {
  const told = new Map<number, ColumnsEntry>();
  if (!table) return told;
  for (const entry of table.entries) {
    const columns = columnsNamed(entry, headers, width);
    const problem = checkEntry(table, entry, columns, columnLetters);
    if (problem) findings.push(problem);
    else told.set(columns[0], entry);
  }
  return told;
}
