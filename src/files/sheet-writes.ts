import { CellWrite } from "../refresh-plan";

// The cells a patch writes into one sheet, looked up by row and column. A refresh writes whole columns
// (one cell per indicator row, rows in order, as the plan gives them), so a column is kept as the plan's
// own array; a few single cells (a new header, the cells the merge writes) sit beside them. On a big
// scorecard this replaces 40,000 write objects and a map per row with one array read per cell.

export interface SheetCellWrite {
  row: number;
  column: number;
  write: CellWrite;
  /** Take the format of the nearest cell to the left that shows something (a new header beside the others). */
  styleFromLeft?: boolean;
}

/** A column written down: rows firstRow .. firstRow + cells.length - 1; a null leaves the row's cell alone. */
export interface ColumnCells {
  column: number;
  firstRow: number;
  cells: readonly (CellWrite | null)[];
}

interface WrittenColumn {
  firstRow: number;
  cells: readonly (CellWrite | null)[];
  /** Single cells of this column, by row (a later one replaces an earlier one; a column's own cell wins). */
  singles?: Map<number, SheetCellWrite>;
}

export class SheetWrites {
  /** The columns written, ascending; `j` below is an index into this. */
  readonly columns: number[];
  /** The rows written, ascending. */
  readonly rows: number[] = [];
  private readonly written: WrittenColumn[];
  private readonly leftStyled = new Set<number>();
  /** For each row from `top` on, 1 + the index of the first column written in it (0: none). */
  private readonly first: Uint16Array;
  private readonly top: number;

  constructor(singles: readonly SheetCellWrite[], columnCells: readonly ColumnCells[] = []) {
    const byColumn = new Map<number, WrittenColumn>();
    for (const c of columnCells) {
      if (byColumn.has(c.column)) throw new Error(`column ${c.column} is written twice`);
      if (c.cells.some((w) => w)) byColumn.set(c.column, { firstRow: c.firstRow, cells: c.cells });
    }
    let top = Infinity;
    let bottom = -Infinity;
    for (const w of singles) {
      let column = byColumn.get(w.column);
      if (!column) byColumn.set(w.column, (column = { firstRow: 0, cells: [] }));
      (column.singles ??= new Map()).set(w.row, w);
      if (w.styleFromLeft) this.leftStyled.add(w.row);
      top = Math.min(top, w.row);
      bottom = Math.max(bottom, w.row);
    }
    this.columns = [...byColumn.keys()].sort((a, b) => a - b);
    this.written = this.columns.map((c) => byColumn.get(c)!);
    for (const c of this.written) {
      if (!c.cells.length) continue;
      top = Math.min(top, c.firstRow);
      bottom = Math.max(bottom, c.firstRow + c.cells.length - 1);
    }
    // Each row's first column, from the columns' own arrays (the lowest column first, so a row keeps the
    // first it gets), then the rows in order from that: no set, no sort, no call for each of 40,000 cells.
    this.top = top === Infinity ? 0 : top;
    const first = (this.first = new Uint16Array(top === Infinity ? 0 : bottom - top + 1));
    this.written.forEach((c, j) => {
      const offset = c.firstRow - this.top;
      for (let i = 0; i < c.cells.length; i++) if (c.cells[i] && !first[offset + i]) first[offset + i] = j + 1;
      c.singles?.forEach((_, row) => {
        if (!first[row - this.top] || first[row - this.top] > j + 1) first[row - this.top] = j + 1;
      });
    });
    for (let i = 0; i < first.length; i++) if (first[i]) this.rows.push(this.top + i);
  }

  /** The write in row `row` of the j-th column written; undefined when there is none. */
  at(j: number, row: number): CellWrite | undefined {
    const c = this.written[j];
    // In range first: a negative index would be looked up as a property name, slowly.
    const i = row - c.firstRow;
    const own = i >= 0 && i < c.cells.length ? c.cells[i] : null;
    if (own) return own;
    return c.singles?.get(row)?.write;
  }

  /** The j-th column's own cells (see ColumnCells), and whether single cells sit beside them. */
  column(j: number): { firstRow: number; cells: readonly (CellWrite | null)[]; hasSingles: boolean } {
    const c = this.written[j];
    return { firstRow: c.firstRow, cells: c.cells, hasSingles: c.singles !== undefined };
  }

  /** Whether the cell at row and column is written. */
  has(row: number, column: number): boolean {
    const j = this.columns.indexOf(column);
    return j >= 0 && this.at(j, row) !== undefined;
  }

  /** Whether the write at row and the j-th column takes the format of the nearest cell to its left. */
  styleFromLeft(j: number, row: number): boolean {
    const c = this.written[j];
    const i = row - c.firstRow;
    return !(i >= 0 && i < c.cells.length && c.cells[i]) && (c.singles?.get(row)?.styleFromLeft ?? false);
  }

  /** Whether some write in the row takes its format from the left. */
  takesLeftStyle(row: number): boolean {
    return this.leftStyled.size > 0 && this.leftStyled.has(row);
  }

  /** The index (j) of the first column written in the row; -1 when the row is not written. */
  firstIn(row: number): number {
    const i = row - this.top;
    return i >= 0 && i < this.first.length ? this.first[i] - 1 : -1;
  }

  /** How many cells are written inside a rectangle (an array formula's extent). */
  countInside(top: number, left: number, bottom: number, right: number): number {
    let n = 0;
    for (let j = 0; j < this.columns.length; j++) {
      if (this.columns[j] < left || this.columns[j] > right) continue;
      for (const row of this.rows) if (row >= top && row <= bottom && this.at(j, row)) n++;
    }
    return n;
  }
}
