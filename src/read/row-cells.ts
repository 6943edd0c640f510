import { CellValue, cellText, columnLetters, isCellError, isFormulaWithoutResult, SheetGrid } from "../grid";
import { finding, FindingCode } from "../findings";
import { Finding } from "../model";
import { readNumber } from "../numbers";
import { ColumnMap } from "./column-map";

// The cells of one scorecard row as the indicator reader sees them, and the findings about them.

export interface RowContext {
  sheet: SheetGrid;
  columns: ColumnMap;
  /** Header text per column (1-based index), for messages. */
  headers: string[];
  /** Column letters per column (1-based index): addresses are built for every figure of every row. */
  letters: string[];
}

/**
 * Whether a cell holds anything: text that is not only spaces, or any other value (a number, a date,
 * an Excel error, a formula without its result). Asked of many cells, so it makes no text of a number.
 */
export function filled(v: CellValue): boolean {
  return v !== null && v !== undefined && (typeof v !== "string" || v.trim() !== "");
}

const NO_RESULT_HINT = "Open the file in Excel (or LibreOffice) and save it, so the formula's result is stored with it; or type the figure in.";

/**
 * The row being read: its cells, and the findings about them, which go straight into the sheet's
 * findings. One reader for the sheet, moved from row to row: 10,000 rows make no reader or list each.
 */
export class Row {
  row = 0;
  cells: readonly CellValue[] = [];
  /** The number formats of the row's cells, where the adapter knows them. */
  formats: readonly (string | null | undefined)[] | undefined;
  /** The row number as text, for the addresses of its cells. */
  private number = "";
  private ownFields?: ColumnMap["fields"];
  constructor(
    readonly ctx: RowContext,
    readonly findings: Finding[],
  ) {}

  /** Reads `cells`, the cells of sheet row `row`, from now on. */
  moveTo(row: number, cells: readonly CellValue[]): void {
    this.row = row;
    this.cells = cells;
    this.formats = this.ctx.sheet.numFmts?.[row - 1];
    this.number = String(row);
    this.ownFields = undefined;
  }

  /**
   * The column whose cell this row reads for a column: the column itself, or where its cell is blank,
   * the first lower-ranked column for the same thing that is not ("Target 2009/10" where "Revised
   * target 2009/10" is blank). A "tbc" is not blank: the figure it stands for is awaited.
   */
  use(column: number): number {
    const fallbacks = this.ctx.columns.fallbacks;
    // Most sheets have one column for each thing: then no look-up for each figure of each row.
    if (fallbacks.size === 0) return column;
    const fallback = fallbacks.get(column);
    if (!fallback || filled(this.value(column))) return column;
    return fallback.find((c) => filled(this.value(c))) ?? column;
  }

  /** The fields' columns for this row (see `use`). */
  get fields(): ColumnMap["fields"] {
    const { fields, fallbacks } = this.ctx.columns;
    if (fallbacks.size === 0) return fields;
    if (!this.ownFields) {
      const own: ColumnMap["fields"] = {};
      for (const role of Object.keys(fields) as (keyof typeof fields)[]) own[role] = this.use(fields[role]!);
      this.ownFields = own;
    }
    return this.ownFields;
  }

  at(column: number): string {
    return (this.ctx.letters[column] ?? columnLetters(column)) + this.number;
  }

  value(column: number | undefined): CellValue {
    return column ? (this.cells[column - 1] ?? null) : null;
  }

  /**
   * A text field's cell as written. An Excel error value there is an error finding, a formula saved
   * without its result a warning; both read as blank.
   */
  text(column: number | undefined): string {
    const v = column ? (this.cells[column - 1] ?? null) : null;
    // Most text cells hold text or nothing: read as cellText reads them, without its tests for the other kinds.
    if (typeof v === "string") return v.trim();
    if (v === null) return "";
    if (isCellError(v)) {
      this.report("excel-error", this.at(column!), `${this.at(column!)} holds the Excel error ${v.error}.`,
        "Correct the formula or the data it uses, or type the value in.");
    } else if (isFormulaWithoutResult(v)) {
      this.noResult(column!, v.formulaWithoutResult);
    }
    return cellText(v);
  }

  /** A formula saved without its result: say which cell, and that its value is not used. */
  noResult(column: number, formula: string): void {
    const cell = this.at(column);
    const header = this.ctx.headers[column];
    this.report("formula-without-result", cell,
      `${cell}${header ? ` (${header})` : ""} holds a formula${formula ? ` (=${formula})` : ""} saved without its result, so its value is unknown and is not used.`,
      NO_RESULT_HINT);
  }

  numFmt(column: number): string | null | undefined {
    return this.formats?.[column - 1];
  }

  report(code: FindingCode, cell: string, message: string, hint: string): void {
    this.findings.push(finding(code, this.ctx.sheet.name, cell, message, hint));
  }
}

/** A cell that holds no figure it should: a finding at it, with `hint` in place of the usual one where given. */
export function notAFigure(r: Row, n: ReturnType<typeof readNumber>, column: number, hint?: string): void {
  // A blank or a "tbc" says there is no figure yet: nothing to report, so no address is made.
  if (n.kind === "none" || n.kind === "number") return;
  const cell = r.at(column);
  const header = r.ctx.headers[column];
  if (n.kind === "excel-error") {
    r.report("excel-error", cell, `${cell} holds the Excel error ${n.error}, not a figure.`,
      "Correct the formula or the data it uses; if there is no figure yet, clear the cell or type tbc.");
  } else if (n.kind === "no-result") {
    r.noResult(column, n.formula);
  } else if (n.kind === "invalid") {
    r.report("not-a-number", cell, `"${n.text}" under ${header ? `"${header}"` : "this column"} is not a number.`,
      hint ?? "Type a number such as 45, 45% or 1,500; if there is no figure yet, type tbc or n/a.");
  }
}

