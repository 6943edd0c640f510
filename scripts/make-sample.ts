import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fontInSchemaOrder } from "../src/files/style-book";
import { SAMPLE_PARTNERSHIPS, SampleIndicator, SamplePartnership, SampleValue } from "./sample-indicators";
import { addSamplePapers } from "./sample-papers";

// Builds templates/sample-scorecard.xlsx: an Essex LAA scorecard as a performance officer keeps it
// (title row, section headings, text typed into number columns, a formula), plus the Partnerships and
// Settings sheets. It validates with warnings only, so the demo can refresh it.
// Run: npx tsx scripts/make-sample.ts

const OUT = path.join(__dirname, "..", "templates", "sample-scorecard.xlsx");
/** The workbook's own dates and its zip entries' times are fixed, so regenerating gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2009, 9, 12, 9, 0, 0));

const HEADERS = [
  "Ref", "Indicator", "Thematic partnership", "Polarity", "Unit", "Frequency", "Baseline (2007/08)",
  "Target 2008/09", "Target 2009/10", "Actual 2008/09", "Q1 2009/10", "Q2 2009/10", "Tolerance",
  "Reward target", "Reward value",
];
const WIDTHS = [9, 60, 30, 9, 8, 11, 11, 10, 10, 10, 10, 10, 10, 9, 13];
const HEADER_FILL = "FF1F4E79";
const SECTION_FILL = "FFDDEBF7";
const NUM_FMT: Record<SampleIndicator["unit"], string> = { "%": "0.0%", rate: "0.0", number: "#,##0" };

export function buildSampleBook(partnerships: SamplePartnership[] = SAMPLE_PARTNERSHIPS): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "Essex Partnership Secretariat";
  book.lastModifiedBy = "Essex Partnership Secretariat";
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  addScorecardSheet(book, partnerships);
  addPartnershipsSheet(book, partnerships);
  addSettingsSheet(book);

  // --- Papers: Commentary, Meeting, Attendance, Agenda, Actions and Forward plan sheets ---
  addSamplePapers(book);
  // --- end of papers ---

  return book;
}

function addScorecardSheet(book: ExcelJS.Workbook, partnerships: SamplePartnership[]): void {
  const sheet = book.addWorksheet("LAA Scorecard", { views: [{ state: "frozen", ySplit: 3, xSplit: 2 }] });
  sheet.getCell("A1").value = "Essex Local Area Agreement Scorecard, Quarter 2 2009/10";
  sheet.getCell("A1").font = { size: 14, bold: true, color: { argb: HEADER_FILL } };
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.getCell("A2").value = "By thematic partnership. tbc = figure awaited; n/a or .. = not available.";
  sheet.getCell("A2").font = { italic: true, color: { argb: "FF595959" } };

  const header = sheet.getRow(3);
  header.values = HEADERS;
  header.height = 30;
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));

  let row = 4;
  for (const partnership of partnerships) {
    // A section heading: text in the Ref column only, which the reader skips.
    const heading = sheet.getCell(row, 1);
    heading.value = partnership.name;
    heading.font = { bold: true };
    for (let c = 1; c <= HEADERS.length; c++) {
      sheet.getCell(row, c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SECTION_FILL } };
    }
    row++;
    for (const indicator of partnership.indicators) writeIndicator(sheet.getRow(row++), partnership.name, indicator);
  }
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: row - 1, column: HEADERS.length } };
}

function writeIndicator(row: ExcelJS.Row, partnership: string, i: SampleIndicator): void {
  const figures = [i.baseline, i.target0809, i.target0910, i.actual0809, i.q1, i.q2];
  row.getCell(1).value = i.ref;
  row.getCell(2).value = i.title;
  row.getCell(3).value = partnership;
  row.getCell(4).value = i.polarity ?? null;
  row.getCell(5).value = i.unit;
  row.getCell(6).value = i.frequency;
  figures.forEach((figure, k) => {
    const cell = row.getCell(7 + k);
    cell.value = cellValue(figure);
    cell.numFmt = NUM_FMT[i.unit];
    cell.alignment = { horizontal: "right" };
  });
  if (i.tolerance !== undefined) row.getCell(13).value = i.tolerance;
  row.getCell(13).numFmt = "0%";
  row.getCell(14).value = i.reward ?? null;
  row.getCell(14).alignment = { horizontal: "center" };
  row.getCell(15).value = cellValue(i.rewardValue);
  row.getCell(15).numFmt = '"£"#,##0';
  row.getCell(2).alignment = { wrapText: true, vertical: "top" };
}

function cellValue(value: SampleValue): ExcelJS.CellValue {
  if (value === undefined) return null;
  if (typeof value === "object") return { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
  return value;
}

function addPartnershipsSheet(book: ExcelJS.Workbook, partnerships: SamplePartnership[]): void {
  const sheet = book.addWorksheet("Partnerships");
  sheet.addRow(["Partnership", "Lead", "Deputy"]).font = { bold: true };
  for (const p of partnerships) sheet.addRow([p.name, p.lead, p.deputy ?? null]);
  sheet.getColumn(1).width = 55;
  sheet.getColumn(2).width = 22;
  sheet.getColumn(3).width = 22;
}

function addSettingsSheet(book: ExcelJS.Workbook): void {
  const sheet = book.addWorksheet("Settings");
  sheet.addRow(["Setting", "Value"]).font = { bold: true };
  sheet.addRow(["Area", "Essex"]);
  sheet.addRow(["Reporting period", "Q2 2009/10"]);
  sheet.addRow(["Agreement start", "2008/09"]);
  for (const [key, value] of [
    ["Amber tolerance", 0.05],
    ["Partnership green threshold", 0.75],
    ["Partnership red threshold", 0.25],
    ["PRG minimum achievement", 0.6],
  ] as const) {
    sheet.addRow([key, value]).getCell(2).numFmt = "0%";
  }
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 14;
}

/**
 * The book as .xlsx bytes with fixed zip entry times, so the committed file only changes when its
 * content does. exceljs writes a font's color and family before its size and name, which Office's
 * validator rejects (npm run check:schemas); the sample is a user's first look, so its fonts are put
 * in schema order.
 */
export async function deterministicBytes(book: ExcelJS.Workbook): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    const content = name === "xl/styles.xml"
      ? (await entry.async("string")).replace(/<font(\s[^>]*)?>[\s\S]*?<\/font>/g, fontInSchemaOrder)
      : await entry.async("uint8array");
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

async function run(): Promise<void> {
  await fs.mkdir(path.dirname(OUT), { recursive: true });
  await fs.writeFile(OUT, await deterministicBytes(buildSampleBook()));
  const count = SAMPLE_PARTNERSHIPS.reduce((n, p) => n + p.indicators.length, 0);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), OUT)}: ${count} indicators over ${SAMPLE_PARTNERSHIPS.length} partnerships.\n`);
}

if (require.main === module) {
  run().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
