import { literalPattern } from "../keys";
import { remembered } from "../remembered";
import { decodeText, XmlCursor } from "./xml";

// The shared string table (xl/sharedStrings.xml): each string as a person reads it, rich text runs
// joined, phonetic guides (rPh) left out. The refresh writes its own text as inline strings, so this
// part is only ever read (see docs/file-refresh.md).

export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const prefix = /<([\w.-]+:)?sst\b/.exec(xml)?.[1] ?? "";
  return plainTable(xml, prefix) ?? readStrings(xml, prefix);
}

/** The plain string, <si><t>text</t></si> as Excel writes it, under one prefix: as a whole table, and one at a time. */
interface PlainPatterns {
  /** A run of plain strings, from where it starts. */
  all: RegExp;
  /** What stands between two texts of such a run. */
  between: RegExp;
  /** One plain string, its text in group 1, after any whitespace. */
  one: RegExp;
}

// One set per prefix ("" or "x:"), made at its first table.
const plainPatterns = remembered((prefix: string): PlainPatterns => {
  const e = literalPattern(prefix);
  const open = `<${e}si><${e}t(?: xml:space="preserve")?>`;
  const close = `</${e}t></${e}si>`;
  return { all: new RegExp(`(?:${open}[^<]*${close})+`, "y"), between: new RegExp(`${close}${open}`), one: new RegExp(`\\s*${open}([^<]*)${close}`, "y") };
});

/**
 * A table whose every string is plain, <si><t>text</t></si> one after another as Excel writes it, split
 * into its texts in one native call: nothing is done in JavaScript per string, which, for the ten
 * thousand strings of a large scorecard, was most of what reading them cost. Undefined for any other table.
 */
function plainTable(xml: string, prefix: string): string[] | undefined {
  const p = plainPatterns(prefix);
  const start = xml.indexOf(`<${prefix}si`);
  const closeTag = `</${prefix}si>`;
  const end = xml.lastIndexOf(closeTag) + closeTag.length;
  // The run must be the whole table: its first string right after the table's own tag (not in a
  // comment), and no string after it under any prefix (<x:si> in a table of <si> is a string too).
  if (start < 0 || xml.lastIndexOf("<", start - 1) !== xml.indexOf(`<${prefix}sst`)) return undefined;
  p.all.lastIndex = start;
  ANY_STRING.lastIndex = end;
  if (!p.all.test(xml) || p.all.lastIndex !== end || ANY_STRING.test(xml)) return undefined;
  let texts = xml.slice(xml.indexOf(">", xml.indexOf(`<${prefix}t`, start)) + 1, end - `</${prefix}t>`.length - closeTag.length);
  if (texts.includes("&") || texts.includes("_x")) {
    // Decoded before it is split, in one pass, unless decoding could make a "<" (the split's marker).
    if (MAY_DECODE_TO_LT.test(texts)) return undefined;
    texts = unescapeExcel(decodeText(texts));
  }
  return texts.split(p.between);
}

const ANY_STRING = /<(?:[\w.-]+:)?si\b/g;

// &lt;, a numeric reference (&#60;, or &#95; making an Excel escape), Excel's own escape of "<".
const MAY_DECODE_TO_LT = /&(?:lt;|#)|_x003[cC]_/;

/** Any table, string by string. */
function readStrings(xml: string, prefix: string): string[] {
  const strings: string[] = [];
  const plain = plainPatterns(prefix).one;
  const general = new GeneralStrings(xml);
  let pos = 0;
  while (pos < xml.length) {
    // The common string, <si><t>text</t></si>, in one match; anything else (rich text runs, phonetic
    // guides, a comment, another spelling) by the scanner, one <si> at a time.
    plain.lastIndex = pos;
    const m = general.phonetic === 0 ? plain.exec(xml) : null;
    if (m) {
      strings.push(unescapeExcel(decodeText(m[1])));
      pos = plain.lastIndex;
    } else {
      pos = general.readOne(pos, strings);
      if (pos < 0) break;
    }
  }
  return strings;
}

/** The scanner's reading of the table: rich text runs joined, phonetic guides left out. */
class GeneralStrings {
  phonetic = 0;
  private current: string | null = null;

  constructor(private readonly xml: string) {}

  /** Reads from `from` to the end of the next <si> and adds its string; where it stopped, -1 at the end. */
  readOne(from: number, strings: string[]): number {
    const cursor = new XmlCursor(this.xml, from);
    while (cursor.next()) {
      if (cursor.is("si")) {
        if (cursor.kind === "open") this.current = "";
        else {
          strings.push(cursor.kind === "empty" ? "" : unescapeExcel(this.current ?? ""));
          this.current = null;
          return cursor.position;
        }
      } else if (cursor.is("rPh")) {
        if (cursor.kind === "open") this.phonetic++;
        else if (cursor.kind === "close") this.phonetic--;
      } else if (cursor.is("t") && cursor.kind === "open" && this.current !== null && this.phonetic === 0) {
        this.current += cursor.leafText();
      }
    }
    return -1;
  }
}

/** Excel writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_); a literal "_x" is _x005F_x. */
export function unescapeExcel(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// Characters XML 1.0 cannot carry (controls other than tab, newline and carriage return).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex
const NOT_XML_TEST = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** The reverse, for text we write: control characters and a literal _xHHHH_ are escaped as Excel does. */
export function escapeExcel(text: string): string {
  if (text.indexOf("_x") < 0 && !NOT_XML_TEST.test(text)) return text;
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}
