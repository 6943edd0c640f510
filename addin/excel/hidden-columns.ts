import { columnRanges, MAX_COLUMN, parseA1 } from "../../src/grid";
import { OWN_COLUMNS } from "../../src/model";

// Which columns of a sheet are hidden, so the engine warns before a refresh writes its own columns
// where nobody would see them (src/refresh.ts), as it does for a file. Asked in the batch that reads
// the used range, so no round trip is added: each of the used range's columns (getColumnProperties,
// ExcelApi 1.9), and, for all the columns right of it at once, Range.columnHidden (ExcelApi 1.2),
// which is true when all are hidden (a tidy sheet hides everything after its table: "P:XFD"), false
// when none is, and null when some are. Only then are the few columns right of the used range that
// an own column could take asked one by one: one more round trip, of constant size.

/** The hidden-column questions about one used range. Its address must be loaded by the caller. */
export class HiddenColumns {
  private readonly columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  private readonly beyond: Excel.Range | null = null;
  private after: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null = null;

  /** Queues the questions; `reachesLastColumn` when the used range is known to end in column XFD (nothing is right of it). */
  constructor(private readonly used: Excel.Range, reachesLastColumn = false) {
    // One row is enough: a column is hidden or not in every row.
    const top = used.getRow(0);
    this.columns = top.getColumnProperties({ columnHidden: true });
    if (reachesLastColumn) return;
    // From the cell right of the used range to the row's last cell (XFD); Excel refuses this for a
    // used range that ends in XFD, and the read is then made again without hidden columns.
    const next = top.getLastCell().getOffsetRange(0, 1);
    this.beyond = next.getBoundingRect(next.getEntireRow().getLastCell());
    this.beyond.load("columnHidden");
  }

  /** After the sync: some but not all columns right of the used range are hidden, and they have not been asked one by one. */
  get needsColumnsAfter(): boolean {
    return this.after === null && this.span().last < MAX_COLUMN && this.beyondHidden() === null;
  }

  /**
   * Queues, column by column, the columns right of the used range where a refresh could append its
   * own columns: after the last used column, or after the last merged one (`merges` as "A2:K2").
   */
  askColumnsAfter(merges: readonly string[]): void {
    const { last } = this.span();
    let lastTaken = last;
    for (const merge of merges) lastTaken = Math.max(lastTaken, parseA1(merge.split(":").pop() ?? merge).column);
    const count = Math.min(MAX_COLUMN, lastTaken + OWN_COLUMNS.length) - last;
    if (count > 0) this.after = this.used.getRow(0).getLastCell().getColumnsAfter(count).getColumnProperties({ columnHidden: true });
  }

  /**
   * After the sync: the hidden columns as A1 ranges ("P:XFD"), those right of the used range only as
   * far as an own column could go when they were asked one by one; undefined when Excel's answer
   * cannot be read (nothing is then known, as from an Excel without ExcelApi 1.9).
   */
  ranges(): string[] | undefined {
    const { first, last } = this.span();
    const spans: [number, number][] = [];
    if (!hiddenEach(this.columns, first, last - first + 1, spans)) return undefined;
    if (last < MAX_COLUMN) {
      const beyond = this.beyondHidden();
      if (beyond === true) spans.push([last + 1, MAX_COLUMN]);
      else if (beyond !== false && (!this.after || !hiddenEach(this.after, last + 1, undefined, spans))) return undefined;
    }
    return columnRanges(spans);
  }

  /** true, false, or null when some columns right of the used range are hidden (or the answer is missing). */
  private beyondHidden(): boolean | null {
    const hidden: unknown = this.beyond?.columnHidden;
    return typeof hidden === "boolean" ? hidden : null;
  }

  private span(): { first: number; last: number } {
    const cells = this.used.address.slice(this.used.address.lastIndexOf("!") + 1).split(":");
    return { first: parseA1(cells[0]).column, last: parseA1(cells[cells.length - 1]).column };
  }
}

/** Adds the hidden ones of the columns getColumnProperties answered for; false when its answer is not what was asked. */
function hiddenEach(result: OfficeExtension.ClientResult<Excel.ColumnProperties[]>, first: number, count: number | undefined, spans: [number, number][]): boolean {
  const columns: unknown = result.value;
  if (!Array.isArray(columns) || (count !== undefined && columns.length !== count)) return false;
  columns.forEach((column: Excel.ColumnProperties | null, i) => {
    if (column?.columnHidden === true) spans.push([first + i, first + i]);
  });
  return true;
}
