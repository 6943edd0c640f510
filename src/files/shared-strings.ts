import { XmlCursor } from "./xml";

// The shared string table (xl/sharedStrings.xml): each string as a person reads it, rich text runs
// joined, phonetic guides (rPh) left out. The refresh writes its own text as inline strings, so this
// part is only ever read (see docs/file-refresh.md).

export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  const cursor = new XmlCursor(xml);
  let current: string | null = null;
  let phonetic = 0;
  while (cursor.next()) {
    if (cursor.is("si")) {
      if (cursor.kind === "open") current = "";
      else {
        strings.push(cursor.kind === "empty" ? "" : unescapeExcel(current ?? ""));
        current = null;
      }
    } else if (cursor.is("rPh")) {
      if (cursor.kind === "open") phonetic++;
      else if (cursor.kind === "close") phonetic--;
    } else if (cursor.is("t") && cursor.kind === "open" && current !== null && phonetic === 0) {
      current += cursor.leafText();
    }
  }
  return strings;
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
