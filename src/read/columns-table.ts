import { a1, cellText, columnNumber, MAX_COLUMN, numFmtAt, SheetGrid, WorkbookGrids } from "../grid";
import { classifyHeader, headerKey, headerText } from "../headers";
import { finding } from "../findings";
import { ColumnReading } from "../columns";
import { Finding, Period } from "../model";
import { findSheet } from "./sheets";

// The Columns table on the Settings sheet (docs/workbook.md, "The Columns table"): a way out for a
// layout no rule reads. Under a row headed "Columns", each row names a scorecard column (by its
// header as typed, or its letter) and says what it is, in the words a header would use:
//
//   Columns       | Read as
//   Apr-Jun 09    | Actual Q1 2009/10
//   H             | Target 2009/10
//   Weighting     | Ignore
//
// The reader obeys it before its own rules. The table ends at the first blank row.

export interface ColumnsEntry {
  /** The column as the table names it: a header as typed, or a letter. */
  name: string;
  /** The Settings cell of the name, where a finding about the entry points. */
  cell: string;
  reading: ColumnReading;
}

export interface ColumnsTable {
  sheet: string;
  entries: ColumnsEntry[];
  findings: Finding[];
}

const TITLES = new Set(["columns", "column", "column map", "columns table", "how to read columns"]);
/** A heading row under the title: "Column | Read as", "Header | What it is". */
const HEADINGS = new Set(["column", "header", "heading", "header or column", "column or header", "header or letter"]);
const IGNORE_WORDS = new Set(["ignore", "ignored", "not used", "skip", "do not read", "not read", "none", "notes", "commentary"]);
const LETTERS = /^[A-Za-z]{1,3}$/;

/** The rows the table takes on the Settings sheet (its title row to its last entry), or null without one. */
export function columnsTableRows(sheet: SheetGrid): { first: number; last: number } | null {
  for (let r = 1; r <= sheet.values.length; r++) {
    const cells = sheet.values[r - 1] ?? [];
    const first = cells.findIndex((v) => cellText(v) !== "");
    if (first < 0 || !TITLES.has(headerKey(cellText(cells[first])))) continue;
    let last = r;
    while (last < sheet.values.length && (sheet.values[last] ?? []).some((v) => cellText(v) !== "")) last++;
    return { first: r, last };
  }
  return null;
}

/** The Columns table, with a warning for each row whose "what it is" cannot be read. Null without a Settings sheet or a table. */
export function readColumnsTable(workbook: WorkbookGrids, agreementStart: number, reporting: Period | null): ColumnsTable | null {
  const sheet = findSheet(workbook, "settings");
  const rows = sheet ? columnsTableRows(sheet) : null;
  if (!sheet || !rows) return null;
  const table: ColumnsTable = { sheet: sheet.name, entries: [], findings: [] };
  for (let r = rows.first + 1; r <= rows.last; r++) {
    const cells = sheet.values[r - 1] ?? [];
    const c = cells.findIndex((v) => cellText(v) !== "");
    // A date typed as a date reads as the scorecard's date header does (30/06/2009).
    let name = headerText(cells[c], numFmtAt(sheet, r, c + 1)).trim();
    let said = cellText(cells[c + 1] ?? null).trim();
    let saidCell = a1(r, c + 2);
    // "Apr-Jun 09 = Actual Q1 2009/10" in one cell.
    if (!said && name.includes("=")) {
      [name, said] = [name.slice(0, name.indexOf("=")).trim(), name.slice(name.indexOf("=") + 1).trim()];
      saidCell = a1(r, c + 1);
    }
    if (r === rows.first + 1 && HEADINGS.has(headerKey(name))) continue;
    const reading = readingOf(said, agreementStart, reporting);
    if (!reading) {
      table.findings.push(finding("columns-table-unreadable", sheet.name, saidCell,
        said ? `The Columns table says the column "${name}" is "${said}", which cannot be read, so the column is read by the usual rules.`
          : `The Columns table names the column "${name}" but does not say what it is, so the column is read by the usual rules.`,
        `Say what it is as a header would: "Actual Q1 2009/10", "Target 2009/10", "Stretch target 2010/11", "Baseline", a field such as "Polarity", or "Ignore".`));
      continue;
    }
    table.entries.push({ name, cell: a1(r, c + 1), reading });
  }
  return table;
}

function readingOf(said: string, agreementStart: number, reporting: Period | null): ColumnReading | null {
  if (!said) return null;
  if (IGNORE_WORDS.has(headerKey(said))) return { kind: "ignored", reason: "told" };
  const meaning = classifyHeader(said, agreementStart, reporting);
  if (meaning.kind === "field") return { kind: "field", role: meaning.role };
  if (meaning.kind === "target" || meaning.kind === "actual" || meaning.kind === "stretch") {
    return { kind: "figures", series: meaning.kind, period: meaning.period, yearToDate: meaning.yearToDate ?? false };
  }
  return null;
}

/** A column the table names and how: the columns whose header (whole, or one of its rows) is the name, else the column of that letter. */
export function columnsNamed(entry: ColumnsEntry, headers: readonly (readonly string[])[], width: number): number[] {
  const key = headerKey(entry.name);
  const found: number[] = [];
  for (let c = 1; c <= width; c++) {
    const pieces = headers[c] ?? [];
    if (pieces.length && (headerKey(pieces.join(" ")) === key || pieces.some((p) => headerKey(p) === key))) found.push(c);
  }
  if (found.length || !LETTERS.test(entry.name)) return found;
  const column = columnNumber(entry.name.toUpperCase());
  return column <= Math.min(width, MAX_COLUMN) ? [column] : [];
}

/** A warning for an entry that names no column, or names several by a header they share. */
export function checkEntry(table: ColumnsTable, entry: ColumnsEntry, columns: readonly number[], letters: (c: number) => string): Finding | null {
  if (columns.length === 1) return null;
  if (columns.length === 0) {
    return finding("columns-table-no-such-column", table.sheet, entry.cell,
      `The Columns table names the column "${entry.name}", but the scorecard has no column ${LETTERS.test(entry.name) ? "of that letter or " : ""}headed so; the entry is not used.`,
      `Type the header exactly as it stands in the scorecard (both rows of a two-row header, or either), or the column's letter; or delete the row.`);
  }
  return finding("columns-table-two-columns", table.sheet, entry.cell,
    `The Columns table names the column "${entry.name}", but ${columns.length} columns are headed so (${columns.map(letters).join(", ")}); the entry is not used.`,
    `Name each column by its letter instead, such as ${letters(columns[0])}.`);
}
