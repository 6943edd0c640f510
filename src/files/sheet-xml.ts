import { a1 } from "../grid";
import { CellWrite } from "../refresh-plan";
import { cellXml } from "./cell-xml";
import { StyleFor } from "./sheet-patch";

// A whole worksheet the refresh owns (the Partnership Summary, or a new Settings sheet), written from
// rows of cells, in the element order of the schema (CT_Worksheet).

export interface NewSheet {
  rows: readonly (readonly (CellWrite | null)[])[];
  /** Widths in characters by column from A; 0 leaves Excel's default. */
  columnWidths: readonly number[];
  /** The relationship id of the sheet's drawing (the summary's chart), if it has one. */
  drawingId?: string;
  /**
   * Asks Excel to recalculate the workbook when it opens the file (sheetCalcPr fullCalcOnLoad): the
   * refresh changed cells that the user's formulas may count (a dashboard's COUNTIF of Reds), and
   * Excel does not recalculate a file saved by its own version on opening, so without it those
   * formulas would show the figures from before the refresh. Excel clears it when it next saves.
   */
  calculateOnOpen?: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function sheetXml(sheet: NewSheet, styleFor: StyleFor): string {
  const rows: string[] = [];
  let right = 1;
  sheet.rows.forEach((row, r) => {
    const cells = row.map((write, c) => (write ? (cellXml("", r + 1, c + 1, write, styleFor(0, write)) ?? "") : "")).join("");
    if (cells) rows.push(`<row r="${r + 1}">${cells}</row>`);
    row.forEach((write, c) => {
      if (write) right = Math.max(right, c + 1);
    });
  });
  const bottom = Math.max(1, sheet.rows.length);
  const dimension = bottom === 1 && right === 1 ? "A1" : `A1:${a1(bottom, right)}`;
  const widths = sheet.columnWidths
    .map((w, c) => (w > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>` : ""))
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">` +
    `<dimension ref="${dimension}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (widths ? `<cols>${widths}</cols>` : "") +
    (rows.length ? `<sheetData>${rows.join("")}</sheetData>` : "<sheetData/>") +
    (sheet.calculateOnOpen ? '<sheetCalcPr fullCalcOnLoad="1"/>' : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (sheet.drawingId ? `<drawing r:id="${sheet.drawingId}"/>` : "") +
    "</worksheet>"
  );
}
