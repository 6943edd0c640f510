import { a1, columnLetters, quoteSheetName } from "../grid";
import { cellXml } from "./cell-xml";
import { TYPE } from "./content-types";
import { FFLATE } from "./fflate-codec";
import { REL, RELS_NS } from "./package";
import { escapeText } from "./xml";
import { ZipEntry, ZipOutput, crc32, writeZip } from "./zip";

// The workbook a chart of a Word paper carries (word/embeddings/Microsoft_Excel_WorksheetN.xlsx),
// which Word's Edit Data opens: one sheet holding exactly the chart's data, laid out as Word lays it
// out (categories down column A from A2, one series a column from B with its name in row 1), and
// nothing a workbook does not need (no theme, no shared strings: text is inline, as the refresh
// writes it). The chart part's formulas name these cells (chartRanges), so the layout is said once,
// here. Open to src/documents (eslint.config.mjs): it is a workbook file, written with the project's
// own zip writer. Compressed cheaply, and once: the five parts that are the same for every chart of a
// number format are deflated once a run (with fflate, so the command line and the page embed the same
// bytes), the sheet only when it is large (see DEFLATE_FROM), and the paper stores the book as it is
// (src/documents/package.ts marks it STORE).

/** The sheet of every chart's workbook, as Word names it. */
export const CHART_SHEET = "Sheet1";

/** What a chart draws: its sheet's content. */
export interface ChartSheet {
  /** One label a category, down column A. */
  categories: string[];
  /** One series a column from B; a value per category, null for a gap (an empty cell). */
  series: { name: string; values: (number | null)[] }[];
  /** Excel number format of the values, such as "0.0%". */
  numberFormat: string;
}

/** An absolute reference to rows of one column of the sheet: Sheet1!$B$2:$B$6 (one cell: Sheet1!$B$1). */
function range(column: number, first: number, last: number): string {
  const cell = (row: number) => `$${columnLetters(column)}$${row}`;
  return `${quoteSheetName(CHART_SHEET)}!${cell(first)}${last === first ? "" : `:${cell(last)}`}`;
}

/** The cells of a series (0-based), as the chart part's formulas name them. */
export function chartRanges(data: ChartSheet, index: number): { name: string; categories: string; values: string } {
  const last = data.categories.length + 1;
  return { name: range(index + 2, 1, 1), categories: range(1, 2, last), values: range(index + 2, 2, last) };
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
/** The .xlsx content type, for the document's Default of the extension. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const FIXED: Record<string, string> = {
  "[Content_Types].xml":
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="${TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${WORKBOOK_TYPE}"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE.worksheet}"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE.styles}"/></Types>`,
  "_rels/.rels": `${DECLARATION}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml":
    `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheets><sheet name="${CHART_SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  "xl/_rels/workbook.xml.rels":
    `${DECLARATION}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL.worksheet}" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
};

let encoder: TextEncoder | undefined;

/**
 * A sheet smaller than this is stored, not deflated: deflating costs each part a compressor of its own
 * (some 0.15 ms), which for the 200 sheets of a 200-indicator review, a kilobyte or so each, was a
 * fifth of the review's time to save 200 KB of a 2 MB document.
 */
const DEFLATE_FROM = 4096;

function entry(name: string, xml: string, deflate: boolean): ZipEntry {
  const content = (encoder ??= new TextEncoder()).encode(xml);
  return { name, method: deflate ? 8 : 0, crc: crc32(content), size: content.length, stored: deflate ? FFLATE.deflate(content) : content };
}

let fixed: ZipOutput[] | undefined;
const styles = new Map<string, ZipOutput>();

/** Two cell formats: General (0) for the labels, the chart's number format (1) for the values. */
function stylesXml(numberFormat: string): string {
  return (
    `${DECLARATION}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${escapeText(numberFormat)}"/></numFmts>` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
}

/** The sheet: categories down column A from A2, a series a column from B with its name in row 1. */
function sheetXml(data: ChartSheet): string {
  const lastRow = data.categories.length + 1;
  const lastColumn = data.series.length + 1;
  const header = data.series.map((s, i) => cellXml("", 1, i + 2, { value: s.name }, 0) ?? "").join("");
  const rows = [`<row r="1">${header}</row>`];
  data.categories.forEach((category, i) => {
    const row = i + 2;
    // A gap is no cell at all; its column's format still applies to a figure typed there.
    const values = data.series.map((s, j) => (s.values[i] === null ? "" : cellXml("", row, j + 2, { value: s.values[i] }, 1))).join("");
    rows.push(`<row r="${row}">${cellXml("", row, 1, { value: category }, 0) ?? ""}${values}</row>`);
  });
  // Column A as wide as its longest label (within reason), so Edit Data shows each whole.
  const labelWidth = Math.min(60, Math.max(10, ...data.categories.map((c) => c.length + 2)));
  return (
    `${DECLARATION}<worksheet xmlns="${MAIN}"><dimension ref="A1:${a1(lastRow, lastColumn)}"/>` +
    `<cols><col min="1" max="1" width="${labelWidth}" customWidth="1"/><col min="2" max="${lastColumn}" width="16" style="1" customWidth="1"/></cols>` +
    `<sheetData>${rows.join("")}</sheetData></worksheet>`
  );
}

/** The .xlsx of one chart. */
export function chartWorkbook(data: ChartSheet): Uint8Array {
  fixed ??= Object.entries(FIXED).map(([name, xml]) => ({ name, entry: entry(name, xml, true) }));
  let style = styles.get(data.numberFormat);
  if (!style) styles.set(data.numberFormat, (style = { name: "xl/styles.xml", entry: entry("xl/styles.xml", stylesXml(data.numberFormat), true) }));
  const sheet = sheetXml(data);
  return writeZip([...fixed, style, { name: "xl/worksheets/sheet1.xml", entry: entry("xl/worksheets/sheet1.xml", sheet, sheet.length >= DEFLATE_FROM) }]);
}
