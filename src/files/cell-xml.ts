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
  // The same few columns are written on every row: their letters are worked out once.
  const ref = (LETTERS[column] ??= columnLetters(column)) + row;
  const s = style ? ` s="${style}"` : "";
  const value = write.value;
  if (value === null || value === undefined || (typeof value === "string" && value === "")) {
    return style || existed ? `<${prefix}c r="${ref}"${s}/>` : undefined;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return `<${prefix}c r="${ref}"${s} t="e"><${prefix}v>#NUM!</${prefix}v></${prefix}c>`;
    return `<${prefix}c r="${ref}"${s}><${prefix}v>${numberText(value)}</${prefix}v></${prefix}c>`;
  }
  return `<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t${textXml(value)}</${prefix}t></${prefix}is></${prefix}c>`;
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
