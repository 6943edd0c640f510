import { XmlCursor } from "./xml";

// The parts of styles.xml a reader needs: each cell format's number format, as exceljs names it, so
// a date-formatted number becomes a Date exactly as it did when exceljs read the files.

/** Excel's built-in number formats that exceljs names (others have no fixed code). */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** The built-in id of a format code, if Excel has one for it. */
export function builtInId(code: string): number | undefined {
  for (const [id, f] of Object.entries(BUILT_IN)) if (f === code) return Number(id);
  return undefined;
}

export interface CellFormats {
  /** The number format of each cell format (cellXfs index); null for General or none. */
  numFmts: (string | null)[];
}

export function readCellFormats(xml: string | undefined): CellFormats {
  if (!xml) return { numFmts: [] };
  const custom = new Map<number, string>();
  const numFmts: (string | null)[] = [];
  const cursor = new XmlCursor(xml);
  let inCellXfs = false;
  let inNumFmts = false;
  while (cursor.next()) {
    const local = cursor.local;
    // Only the book's own list: a conditional format's numFmt (under dxfs) is not a cell format.
    if (local === "numFmts") inNumFmts = cursor.kind === "open";
    else if (inNumFmts && local === "numFmt" && cursor.kind !== "close") custom.set(Number(cursor.attr("numFmtId")), cursor.attr("formatCode") ?? "");
    else if (local === "cellXfs") inCellXfs = cursor.kind === "open";
    else if (inCellXfs && local === "xf" && cursor.kind !== "close") {
      const id = Number(cursor.attr("numFmtId") ?? 0);
      // As exceljs gave them: nothing for id 0 (General), for an id with no code, or for the book's
      // first cell format, the default of every unformatted cell (LibreOffice gives it a "General" code).
      numFmts.push(id && numFmts.length > 0 ? (custom.get(id) ?? BUILT_IN[id] ?? null) : null);
      if (cursor.kind === "open") cursor.skipElement();
    }
  }
  return { numFmts };
}
