import { shiftFormula } from "./formula-shift";
import { decodeText, XmlCursor } from "./xml";

// A cell's content as the general path reads it: <v>, <f> (shared or not), an inline string's runs
// with phonetic guides left out.

export interface CellContent {
  /** The <v> text, or the inline string; undefined when the cell has neither. */
  value?: string;
  inline: boolean;
  /** The formula's text, "" for a cell that shares another's; undefined without a formula. */
  formula?: string;
  /** The shared formula group (si) the cell belongs to. */
  shared?: string;
}

/** Reads one <c>'s children: the cursor walks the cell's content (and stops at a </c> if it meets one). */
export function readCellContent(cursor: XmlCursor): CellContent {
  const out: CellContent = { inline: false };
  let inlineText: string | null = null;
  let phonetic = 0;
  while (cursor.next()) {
    if (cursor.kind === "close") {
      if (cursor.is("c")) break;
      if (cursor.is("rPh")) phonetic--;
      continue;
    }
    if (cursor.is("f")) {
      out.formula = "";
      if (cursor.attr("t") === "shared") out.shared = cursor.attr("si");
      if (cursor.kind === "open") out.formula = cursor.leafText();
    } else if (cursor.is("v")) {
      // <v/> is a cached empty text (=IF(A1="","",A1)), not a missing result.
      if (cursor.kind === "empty") {
        out.value = "";
        continue;
      }
      out.value = cursor.leafText();
    } else if (cursor.is("is")) {
      out.inline = true;
      inlineText ??= "";
    } else if (cursor.is("rPh") && cursor.kind === "open") phonetic++;
    else if (cursor.is("t") && cursor.kind === "open" && inlineText !== null && phonetic === 0) inlineText += cursor.leafText(); else if (cursor.kind === "open" && cursor.is("extLst")) cursor.skipElement();
  }
  if (inlineText !== null && out.value === undefined) out.value = inlineText;
  return out;
}

/** A formula's text; a cell that shares the formula of another gets it moved to its own place, as Excel shows it. */
export function formulaText(cell: CellContent, row: number, column: number, shared: Map<string, { text: string; row: number; column: number }>): string {
  if (cell.formula) return cell.formula;
  const master = cell.shared === undefined ? undefined : shared.get(cell.shared);
  return master ? shiftFormula(master.text, row - master.row, column - master.column) : "";
}

/** A cell holding <v>...</v> alone, read without the scanner; undefined for anything else. */
export function simpleValue(inner: string, open: string, close: string): CellContent | undefined {
  if (!inner.startsWith(open) || !inner.endsWith(close)) return undefined;
  const raw = inner.slice(open.length, inner.length - close.length);
  if (raw.indexOf("<") >= 0) return undefined;
  return { value: decodeText(raw), inline: false };
}
