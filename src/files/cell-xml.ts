import { columnLetters } from "../grid";
import { CellWrite } from "../refresh-plan";
import { escapeExcel } from "./shared-strings";
import { escapeText } from "./xml";

// One cell written by the refresh, as SheetML. Text goes in as an inline string (t="inlineStr"), so the
// shared string table, which every other cell of the book points into, is never rewritten; Excel
// moves inline strings into its table the next time it saves the book.

const LETTERS: string[] = [];

/** The <c> element; undefined when there is nothing to write (no value, no format, no cell before). */
export function cellXml(prefix: string, row: number, column: number, write: CellWrite, style: number, existed = false): string | undefined {
  const tail = cellTail(prefix, write, style, existed);
  // The same few columns are written on every row: their letters are worked out once.
  return tail === undefined ? undefined : `<${prefix}c r="${(LETTERS[column] ??= columnLetters(column))}${row}${tail}`;
}

/** The <c> element after its row number: `" s="3" t="inlineStr">...</c>`; undefined when there is nothing to write. */
function cellTail(prefix: string, write: CellWrite, style: number, existed: boolean): string | undefined {
  const s = style ? ` s="${style}"` : "";
  const value = write.value;
  if (value === null || value === undefined || (typeof value === "string" && value === "")) {
    return style || existed ? `"${s}/>` : undefined;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return `"${s} t="e"><${prefix}v>#NUM!</${prefix}v></${prefix}c>`;
    return `"${s}><${prefix}v>${numberText(value)}</${prefix}v></${prefix}c>`;
  }
  return `"${s} t="inlineStr"><${prefix}is><${prefix}t${textXml(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

// A refresh writes the same few texts (Green, Improving, Q2 2009/10) on every row: each is escaped once.
const TEXTS = new Map<string, string>();

/** The rest of a <t> start tag and the escaped text: `>Red` or ` xml:space="preserve"> Red`. */
function textXml(value: string): string {
  let xml = TEXTS.get(value);
  if (xml === undefined) {
    const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
    xml = `${space}>${escapeText(escapeExcel(value))}`;
    if (TEXTS.size >= 1000) TEXTS.clear();
    TEXTS.set(value, xml);
  }
  return xml;
}

/** A number as xsd:double text: JavaScript's shortest round-trip form, which Excel reads exactly. */
function numberText(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

/** Derives the format index for a write from the format the cell had (see style-book.ts). */
export type StyleFor = (base: number, write: CellWrite) => number;

/**
 * The cells of a patch, written column by column down many rows. A column holds the same few values
 * and formats on every row, so a cell's text after its reference is made once per value and format
 * (by cellXml) and its format once per base format; on 10,000 rows that is most of the work saved.
 * `styleFor` must give the same index for the same base and the same fill, number format and bold.
 */
export class ColumnCellXml {
  private readonly heads: string[];
  private readonly last: { base: number; write: CellWrite; style: number }[] = [];
  private readonly tails: Map<CellWrite["value"], { style: number; existed: boolean; tail: string | undefined }>[];

  constructor(
    private readonly prefix: string,
    columns: readonly number[],
    private readonly styleFor: StyleFor,
  ) {
    this.heads = columns.map((c) => `<${prefix}c r="${(LETTERS[c] ??= columnLetters(c))}`);
    this.tails = columns.map(() => new Map());
  }

  /** The j-th column's cell in `row` (see cellXml), or "" when there is nothing to write. */
  xml(j: number, row: number, write: CellWrite, base: number, existed: boolean): string {
    const tail = this.tail(j, write, base, existed);
    return tail === undefined ? "" : this.heads[j] + row + tail;
  }

  /** The start of the j-th column's cells, up to the row number: `<c r="P`. */
  head(j: number): string {
    return this.heads[j];
  }

  /** The j-th column's cell after its row number (`" s="20" t="inlineStr">...</c>`); undefined when there is nothing to write. */
  tail(j: number, write: CellWrite, base: number, existed: boolean): string | undefined {
    const style = this.style(j, base, write);
    const tails = this.tails[j];
    const known = tails.get(write.value);
    if (known && known.style === style && known.existed === existed) return known.tail;
    const tail = cellTail(this.prefix, write, style, existed);
    // Kept for values a column repeats (Green, Improving); not for every percentage of 10,000 rows.
    if (tails.size < 64) tails.set(write.value, { style, existed, tail });
    return tail;
  }

  private style(j: number, base: number, write: CellWrite): number {
    const last = this.last[j];
    if (last && last.base === base && sameFormat(last.write, write)) return last.style;
    const style = this.styleFor(base, write);
    this.last[j] = { base, write, style };
    return style;
  }
}

function sameFormat(a: CellWrite, b: CellWrite): boolean {
  return a === b || (a.fill === b.fill && a.numFmt === b.numFmt && a.bold === b.bold);
}
