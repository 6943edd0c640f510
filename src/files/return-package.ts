import { uniqueFileNames } from "../file-name";
import { a1 } from "../grid";
import { ReturnCell, ReturnSheet, ReturnStyle, ReturnWorkbook } from "../returns/return-book";
import { cellXml } from "./cell-xml";
import { escapeText } from "./xml";
import { writeZip } from "./zip";

// A partner return written as a new .xlsx package from the engine's plain data (src/returns). Only
// the parts every spreadsheet program needs, no macros, no clock (the same return gives the same
// bytes). Cells are locked by default in SpreadsheetML; the input styles carry locked="0", and each
// sheet is protected without a password, so the yellow cells are the only ones a lead can type in.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** cellXfs index of each style, as written in XFS below. */
const STYLE_INDEX: Record<ReturnStyle, number> = { title: 1, label: 2, header: 3, text: 4, wrap: 5, number: 6, date: 7, input: 8, inputText: 9, note: 10 };

const XFS = [
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
  '<xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>',
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>',
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>',
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top"/><protection locked="0"/></xf>',
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>',
  '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
];

/** The first id free for a number format of our own (Excel's built-in ones end at 163; 164 is the date's). */
const FIRST_FIGURE_FORMAT = 165;

/** The xfs a book's figures add: for each style and number format it uses ("0.0"), the style's xf with that format, so a yellow cell stays unlocked. */
interface FigureStyles {
  index: (c: ReturnCell) => number;
  numFmts: string[];
  xfs: string[];
}

function figureStyles(sheets: readonly ReturnSheet[]): FigureStyles {
  const pairs = new Map<string, number>();
  const numFmts: string[] = [];
  const xfs: string[] = [];
  for (const sheet of sheets)
    for (const row of sheet.rows)
      for (const c of row) {
        if (!c?.numFmt) continue;
        const style = c.style ?? "text";
        const key = `${style}\u0000${c.numFmt}`;
        if (pairs.has(key)) continue;
        let id = numFmts.indexOf(c.numFmt);
        if (id < 0) id = numFmts.push(c.numFmt) - 1;
        pairs.set(key, XFS.length + xfs.length);
        xfs.push(XFS[STYLE_INDEX[style]].replace('numFmtId="0"', `numFmtId="${FIRST_FIGURE_FORMAT + id}" applyNumberFormat="1"`));
      }
  const index = (c: ReturnCell) => (c.numFmt ? pairs.get(`${c.style ?? "text"}\u0000${c.numFmt}`)! : c.style ? STYLE_INDEX[c.style] : 0);
  return { index, numFmts, xfs };
}

function stylesXml(figures: FigureStyles): string {
  const numFmts = ['<numFmt numFmtId="164" formatCode="d mmmm yyyy"/>', ...figures.numFmts.map((f, i) => `<numFmt numFmtId="${FIRST_FIGURE_FORMAT + i}" formatCode="${escapeText(f)}"/>`)];
  const xfs = [...XFS, ...figures.xfs];
  return (
    DECL +
    `<styleSheet xmlns="${MAIN}">` +
    `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` +
    '<fonts count="4">' +
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><i/><sz val="10"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>' +
    "</fonts>" +
    '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
    '<border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}

/** Days since 30 December 1899: how SpreadsheetML keeps a date (the 1900 system). */
function serial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A cell's xf: its style's, or a figure's with its number format (figureStyles). */
type StyleOf = (c: ReturnCell) => number;
const plainStyle: StyleOf = (c) => (c.style ? STYLE_INDEX[c.style] : 0);

function cellOf(row: number, column: number, c: ReturnCell, styleOf: StyleOf): string {
  const style = styleOf(c);
  const value = c.value instanceof Date ? serial(c.value) : c.value;
  return cellXml("", row, column, { value }, style) ?? "";
}

/** The prompt and title of a validation are limited by Excel (255 and 32 characters). */
const cut = (text: string, max: number) => (text.length <= max ? text : text.slice(0, max - 1) + "…");

/** Styles whose text wraps within the column (the others stay on one line). */
const WRAPS: ReadonlySet<ReturnStyle> = new Set(["label", "header", "wrap", "inputText", "note"]);
const LINE_POINTS = 15;

/**
 * A row's height for its longest wrapped text, estimated from the column's width in characters; null
 * for one line. LibreOffice does not fit a row's height to wrapped text on opening, so without it an
 * instruction overlaps the next row. It is not marked custom: Excel still fits the row as a lead types.
 */
function rowHeight(row: readonly (ReturnCell | null)[], widths: readonly number[]): number | null {
  let lines = 1;
  row.forEach((c, k) => {
    if (!c || !WRAPS.has(c.style ?? "text") || typeof c.value !== "string") return;
    // Bold headers and labels are wider than body text.
    const perLine = Math.max(1, Math.floor((widths[k] ?? 8.43) * (c.style === "header" || c.style === "label" ? 0.9 : 1.1)));
    lines = Math.max(lines, c.value.split("\n").reduce((n, part) => n + wrappedLines(part, perLine), 0));
  });
  return lines > 1 ? lines * LINE_POINTS : null;
}

/** Lines a paragraph takes, wrapped word by word at perLine characters (a longer word is broken). */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used > 0 && used + 1 + word.length <= perLine) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.ceil(word.length / perLine) - 1;
    used = word.length % perLine || perLine;
  }
  return lines;
}

export function returnSheetXml(sheet: ReturnSheet, first: boolean, styleOf: StyleOf = plainStyle): string {
  let right = 1;
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((c, k) => (c ? cellOf(r + 1, k + 1, c, styleOf) : "")).join("");
      row.forEach((c, k) => c && (right = Math.max(right, k + 1)));
      const ht = rowHeight(row, sheet.columnWidths);
      return cells ? `<row r="${r + 1}"${ht ? ` ht="${ht}"` : ""}>${cells}</row>` : "";
    })
    .join("");
  const bottom = Math.max(1, sheet.rows.length);
  const freeze = sheet.freezeRow && sheet.freezeRow > 1
    ? `<pane ySplit="${sheet.freezeRow - 1}" topLeftCell="A${sheet.freezeRow}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${sheet.freezeRow}" sqref="A${sheet.freezeRow}"/>`
    : "";
  const cols = sheet.columnWidths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("");
  const validations = (sheet.validations ?? []).map((v) =>
    `<dataValidation type="decimal" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1"` +
    ` errorTitle="${escapeText(cut(v.title, 32))}" error="${escapeText(cut(`A number, please. ${v.prompt}`, 255))}"` +
    ` promptTitle="${escapeText(cut(v.title, 32))}" prompt="${escapeText(cut(v.prompt, 255))}" sqref="${v.range}">` +
    `<formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`).join("");
  return (
    DECL +
    `<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">` +
    `<dimension ref="${bottom === 1 && right === 1 ? "A1" : `A1:${a1(bottom, right)}`}"/>` +
    `<sheetViews><sheetView${first ? ' tabSelected="1"' : ""} workbookViewId="0">${freeze}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : "") +
    (rows ? `<sheetData>${rows}</sheetData>` : "<sheetData/>") +
    // No password: protection stops slips, it is not security. Leads may still widen rows and columns.
    '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>' +
    (validations ? `<dataValidations count="${sheet.validations!.length}">${validations}</dataValidations>` : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup orientation="landscape"/>' +
    "</worksheet>"
  );
}

/** The return as .xlsx bytes. */
export function returnPackage(book: ReturnWorkbook): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const sheets = book.sheets;
  const figures = figureStyles(sheets);
  const workbook =
    DECL +
    `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><workbookPr/>` +
    // The structure is locked (no password) so the hidden identity sheet is not deleted or renamed by a slip.
    '<workbookProtection lockStructure="1"/>' +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    sheets.map((s, i) => `<sheet name="${escapeText(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("") +
    "</sheets></workbook>";
  const workbookRels =
    DECL +
    `<Relationships xmlns="${PKG_RELS}">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
    `<Relationship Id="rId${sheets.length + 1}" Type="${RELS}/styles" Target="styles.xml"/>` +
    "</Relationships>";
  const rootRels =
    DECL +
    `<Relationships xmlns="${PKG_RELS}">` +
    `<Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${RELS}/extended-properties" Target="docProps/app.xml"/>` +
    "</Relationships>";
  const types =
    DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    "</Types>";
  const core =
    DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${escapeText(book.title)}</dc:title><dc:creator>LAA Scorecard</dc:creator></cp:coreProperties>`;
  const app =
    DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>LAA Scorecard</Application></Properties>';
  return writeZip([
    { name: "[Content_Types].xml", content: encode(types) },
    { name: "_rels/.rels", content: encode(rootRels) },
    { name: "docProps/core.xml", content: encode(core) },
    { name: "docProps/app.xml", content: encode(app) },
    { name: "xl/workbook.xml", content: encode(workbook) },
    { name: "xl/_rels/workbook.xml.rels", content: encode(workbookRels) },
    { name: "xl/styles.xml", content: encode(stylesXml(figures)) },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, content: encode(returnSheetXml(s, i === 0, figures.index)) })),
  ]);
}

/** Every return as a file, named as made (two partnerships whose names clean to one get "(2)"): the command line writes them, the pane zips them. */
export function returnFiles(books: readonly ReturnWorkbook[]): { fileName: string; bytes: Uint8Array }[] {
  const names = uniqueFileNames(books.map((b) => b.fileName.replace(/\.xlsx$/, "")), ".xlsx");
  return books.map((b, i) => ({ fileName: names[i], bytes: returnPackage(b) }));
}
