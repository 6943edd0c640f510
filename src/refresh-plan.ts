import { OwnColumn } from "./model";

// What a refresh writes, as plain data. The engine decides every cell; the file adapter and the
// Office.js adapter only apply it, so both write exactly the same cells and nothing else.

export interface CellWrite {
  value: string | number | null;
  /** Background fill, RRGGBB (see colours.ts). */
  fill?: string;
  /** Excel number format, e.g. "0%". */
  numFmt?: string;
  bold?: boolean;
}

export interface ColumnWrite {
  name: OwnColumn;
  /** 1-based column in the scorecard sheet (existing, found by header, or appended after the last used column). */
  column: number;
  /** Row of the header cell; the header is written only when the column is new. */
  headerRow: number;
  writeHeader: boolean;
  /** Rows firstRow .. firstRow + cells.length - 1; a null entry (a section or blank row) is left untouched. */
  firstRow: number;
  cells: (CellWrite | null)[];
}

export interface SummarySheetWrite {
  /** Always "Partnership Summary". */
  sheet: string;
  /** Rows from A1 down; the first cell carries the generated mark. */
  rows: (CellWrite | null)[][];
  /** 1-based row of the table's header row, and the number of partnership rows below it (for a chart). */
  headerRow: number;
  partnershipRows: number;
  columnWidths: number[];
}

export interface RefreshPlan {
  /** The scorecard sheet's name. */
  sheet: string;
  columns: ColumnWrite[];
  summary: SummarySheetWrite;
}
