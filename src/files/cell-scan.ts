import { cellColumn } from "./cell-address";
import { XmlCursor, contentText } from "./xml";
import type { CellSpot, FormulaSpot } from "./sheet-scan";

// The scan's reading of one cell and its searches through a row, each a few native calls: they run for
// rows by the ten thousand, mostly before the code is optimised.

/** Walks a cell with content, noting whether it shows something and any formula that is shared or spans a range. */
export function readCell(cursor: XmlCursor, spot: CellSpot, row: number, formulas: FormulaSpot[]): void {
  while (cursor.next()) {
    if (cursor.kind === "close" && cursor.is("c")) break;
    if (cursor.kind === "close") continue;
    if (cursor.is("v") || cursor.is("is")) spot.hasValue = true;
    if (cursor.is("f")) {
      spot.hasValue = true;
      const kind = cursor.attr("t") ?? "normal";
      const start = cursor.start;
      const si = cursor.attr("si");
      const ref = cursor.attr("ref");
      let text = "";
      if (cursor.kind === "open") {
        const from = cursor.position;
        cursor.skipElement();
        text = contentText(cursor.xml, from, cursor.start);
      }
      if (kind !== "normal") formulas.push({ row, column: spot.column, kind, si, ref, start, end: cursor.position, text });
      continue;
    }
    if (cursor.kind === "open") cursor.skipElement();
  }
  spot.end = cursor.end;
}

/** The column of a cell's r attribute, read in its start tag between `from` and `to`; 0 without one. */
export function refColumn(xml: string, from: number, to: number): number {
  // Excel's spelling ( r="A1") is found directly; any other by the pattern.
  const at = xml.indexOf(' r="', from);
  if (at >= 0 && at < to) {
    // Read in place (a slice for each of 10,000 rows is garbage to collect).
    let column = 0;
    for (let i = at + 4, c = xml.charCodeAt(i) | 0x20; c >= 97 && c <= 122; c = xml.charCodeAt(++i) | 0x20) column = column * 26 + c - 96;
    return column;
  }
  const ref = /\sr\s*=\s*["']([A-Za-z]+)/.exec(xml.slice(from - 1, to));
  return ref ? cellColumn(ref[1]) : 0;
}

/**
 * The next <f with something after its name (an attribute, or white space before one) at or after
 * `from`; Infinity when none. Found by its "f", a rare letter in a sheet's XML: a search for "<f" stops
 * at every one of a million tags (4 ms against 0.6 on 10,000 rows).
 */
export function formulaWithAttributes(xml: string, open: string, from: number): number {
  const back = open.length - 1;
  for (let i = xml.indexOf("f", from + back); i >= 0; i = xml.indexOf("f", i + 1)) {
    const c = xml.charCodeAt(i + 1);
    if ((c === 32 || c === 9 || c === 10 || c === 13) && xml.startsWith(open, i - back)) return i - back;
  }
  return Infinity;
}

export function hasContent(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) > 32) return true;
  return false;
}

/**
 * Just after the end tag of the cell whose content starts at `from`, found by `close` ("</c"): Excel's
 * </c>, or </c > with white space before the ">"; -1 when there is none.
 */
export function cellEnd(xml: string, close: string, from: number): number {
  for (let at = xml.indexOf(close, from); at >= 0; at = xml.indexOf(close, at + 1)) {
    let i = at + close.length;
    let c = xml.charCodeAt(i);
    if (c === 62) return i + 1;
    // Another name (</cfRule>) is not the cell's.
    if (c > 32) continue;
    while (c <= 32 && i < xml.length) c = xml.charCodeAt(++i);
    if (c === 62) return i + 1;
  }
  return -1;
}
