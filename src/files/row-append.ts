import { CellWrite } from "../refresh-plan";
import { ColumnCellXml } from "./cell-xml";
import { RowSpot } from "./sheet-scan";
import { SheetWrites } from "./sheet-writes";
import { PatchedText } from "./text-pieces";

// The common case of a first refresh, made cheap: a written row with no cell at or right of the first
// written column (the own columns are added after the last) gets its new cells after its last cell,
// and its spans widened in place, without a look at its cells. It runs for each of 10,000 rows, mostly
// before the JavaScript engine has optimised it, so a row costs one call here, the cells are read
// from the plan's own arrays, and a cell's text after its row number is looked up by the write itself
// (a plan shares one write among all the rows that show "Green").

export class RowAppender {
  private readonly firstRows: number[] = [];
  private readonly cells: (readonly (CellWrite | null)[])[] = [];
  private readonly singles: boolean[] = [];
  /** The format a new cell starts from, by column, in a row without a format of its own. */
  private readonly bases: number[];
  /** By column: a write's text after the row number (null: nothing to write). */
  private readonly known: Map<CellWrite, string | null>[];
  private readonly row: (CellWrite | null)[] = [];
  private readonly heads: string[];

  constructor(
    private readonly xml: string,
    private readonly table: SheetWrites,
    private readonly maker: ColumnCellXml,
    columnStyle: (column: number) => number,
  ) {
    table.columns.forEach((_, j) => {
      const c = table.column(j);
      this.firstRows.push(c.firstRow);
      this.cells.push(c.cells);
      this.singles.push(c.hasSingles);
    });
    this.bases = table.columns.map(columnStyle);
    this.heads = table.columns.map((_, j) => maker.head(j));
    this.known = table.columns.map(() => new Map());
  }

  append(out: PatchedText, spot: RowSpot): void {
    const xml = this.xml;
    const row = spot.row;
    const columns = this.table.columns;
    let lo = 0;
    let hi = 0;
    for (let j = 0; j < columns.length; j++) {
      const i = row - this.firstRows[j];
      let write = i >= 0 && i < this.cells[j].length ? this.cells[j][i] : null;
      if (!write && this.singles[j]) write = this.table.at(j, row) ?? null;
      this.row[j] = write;
      if (!write) continue;
      if (!lo) lo = columns[j];
      hi = columns[j];
    }
    const spans = spot.spans ? widenedSpans(spot.spans, lo, hi) : undefined;
    if (spans !== undefined) {
      const at = spansValueAt(xml, spot.spans!, spot.start, spot.openEnd);
      out.copyTo(spot.start);
      if (at >= 0) {
        out.copyTo(at);
        out.push(spans);
        out.skipTo(at + spot.spans!.length);
      } else {
        out.push(withSpans(xml.slice(spot.start, spot.openEnd), spot.spans!, spans));
        out.skipTo(spot.openEnd);
      }
    }
    out.copyTo(spot.leftEnd ?? spot.openEnd);
    const number = String(row);
    for (let j = 0; j < columns.length; j++) {
      const write = this.row[j];
      if (!write) continue;
      let tail: string | null | undefined;
      if (spot.style !== undefined) tail = this.maker.tail(j, write, spot.style, false) ?? null;
      else {
        const known = this.known[j];
        tail = known.get(write);
        if (tail === undefined) {
          tail = this.maker.tail(j, write, this.bases[j], false) ?? null;
          // Kept for the writes rows share; a percentage is one row's own.
          if (known.size < 64) known.set(write, tail);
        }
      }
      // Three pieces, not one string made of them: nothing to allocate where the text goes straight to UTF-8.
      if (tail === null) continue;
      out.push(this.heads[j]);
      out.push(number);
      out.push(tail);
    }
  }
}

/** The row's spans ("1:15") taking in the columns lo..hi written; undefined when they already do or are not a single range. */
export function widenedSpans(spans: string, lo: number, hi: number): string | undefined {
  // Every row of a scorecard has the same spans and the same columns written: worked out once.
  if (spans === lastSpans.spans && lo === lastSpans.lo && hi === lastSpans.hi) return lastSpans.widened;
  const widened = widenSpans(spans, lo, hi);
  lastSpans = { spans, lo, hi, widened };
  return widened;
}

let lastSpans: { spans: string; lo: number; hi: number; widened: string | undefined } = { spans: "", lo: 0, hi: 0, widened: undefined };

function widenSpans(spans: string, lo: number, hi: number): string | undefined {
  const colon = spans.indexOf(":");
  if (colon < 0 || !lo) return undefined;
  const min = Number(spans.slice(0, colon));
  const max = Number(spans.slice(colon + 1));
  if (!Number.isInteger(min) || !Number.isInteger(max)) return undefined;
  if (lo >= min && hi <= max) return undefined;
  return `${Math.min(lo, min)}:${Math.max(hi, max)}`;
}

/** The start tag with its spans value replaced. */
export function withSpans(startTag: string, spans: string, widened: string): string {
  const at = spansValueAt(startTag, spans, 0, startTag.length);
  if (at >= 0) return `${startTag.slice(0, at)}${widened}${startTag.slice(at + spans.length)}`;
  return startTag.replace(SPANS, `$1"${widened}"`);
}

/**
 * Where a row's spans value `spans` starts in its start tag (text[from, to)) when Excel spelt it
 * (spans="1:15"), so it is replaced in place; -1 for any other spelling, which goes by the pattern.
 */
function spansValueAt(text: string, spans: string, from: number, to: number): number {
  const at = text.indexOf(' spans="', from) + 8;
  return at > 7 && at < to && text.startsWith(spans, at) && text.charCodeAt(at + spans.length) === 34 ? at : -1;
}

const SPANS = /(\sspans\s*=\s*)("[^"]*"|'[^']*')/;
