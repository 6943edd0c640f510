import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { analyse } from "../../../src/engine";
import { loadWorkbook } from "../../../src/files";
import { Analysis } from "../../../src/model";

// What the command line's engine says about a file, and plain readers for what the pane downloads.

export async function analyseFile(file: string): Promise<Analysis> {
  return analyse((await loadWorkbook(await fs.readFile(file))).grids);
}

export async function bookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** Every cell that holds something, by sheet!address: its value, formula and style. */
export function cellsOf(book: ExcelJS.Workbook, keep: (sheet: string, column: number) => boolean = () => true): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of book.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (!keep(sheet.name, Number(cell.col))) return;
        cells.set(`${sheet.name}!${cell.address}`, JSON.stringify({ value: cell.value, style: cell.style, note: cell.note }));
      }),
    );
  }
  return cells;
}

/**
 * The sample with the mistakes officers make: a figure typed as words, and one indicator's Ref pasted
 * onto another row. Written beside the other e2e files.
 */
export async function brokenSample(sample: string, dir: string): Promise<{ file: string; wordsCell: string; duplicateCell: string }> {
  const book = await bookOf(await fs.readFile(sample));
  const analysis = await analyseFile(sample);
  const scorecard = analysis.scorecard!;
  const sheet = book.getWorksheet(scorecard.sheet)!;
  const [first, , third] = scorecard.indicators;
  const actual = third.actuals.find((a) => a.value !== null)!;
  sheet.getCell(actual.cell).value = "about forty";
  const duplicateCell = `A${third.row}`;
  sheet.getCell(duplicateCell).value = first.ref;
  const file = path.join(dir, "broken-scorecard.xlsx");
  await fs.writeFile(file, new Uint8Array(await book.xlsx.writeBuffer()));
  return { file, wordsCell: actual.cell, duplicateCell };
}

/**
 * The sample with an amber tolerance of 2.25% and NI 18's Q2 actual at 9.41: Red at 2.25%, Amber at
 * 2.3%, so a tolerance rounded on its way through the pane shows as a changed status.
 */
export async function sampleAtTolerance(sample: string, dir: string): Promise<{ file: string; tolerance: number; ref: string }> {
  const book = await bookOf(await fs.readFile(sample));
  const analysis = await analyseFile(sample);
  const settings = book.getWorksheet("Settings")!;
  settings.eachRow((row) => {
    if (row.getCell(1).value === "Amber tolerance") row.getCell(2).value = 0.0225;
  });
  const ni18 = analysis.scorecard!.indicators.find((i) => i.ref === "NI 18")!;
  const q2 = ni18.actuals.find((a) => a.period.kind === "quarter" && a.period.quarter === 2 && a.period.year === 2009)!;
  book.getWorksheet(analysis.scorecard!.sheet)!.getCell(q2.cell).value = 9.41;
  const file = path.join(dir, "scorecard at 2.25%.xlsx");
  await fs.writeFile(file, new Uint8Array(await book.xlsx.writeBuffer()));
  return { file, tolerance: 0.0225, ref: "NI 18" };
}

export interface DocParagraph {
  style: string;
  text: string;
}

/** The paragraphs of a .docx with their style ids ("Title", "Heading1" ...), as Word's navigation pane lists them. */
export async function docxParagraphs(bytes: Uint8Array): Promise<DocParagraph[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const paragraphs: DocParagraph[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? "";
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    paragraphs.push({ style, text: decode(text) });
  }
  return paragraphs;
}

export async function docxHeadings(bytes: Uint8Array): Promise<string[]> {
  return (await docxParagraphs(bytes)).filter((p) => /^(Title|Heading\d)$/.test(p.style)).map((p) => p.text);
}

function decode(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/**
 * The sample with a "Partnership Summary" sheet of the user's own (their board's summary, typed by
 * hand): the figures are sound, but a refresh would replace that sheet, so only Refresh is stopped.
 */
export async function sampleWithOwnSummary(sample: string, dir: string): Promise<{ file: string; sheet: string }> {
  const book = await bookOf(await fs.readFile(sample));
  const sheet = book.addWorksheet("Partnership Summary");
  sheet.getCell("A1").value = "Our summary for the LSP board";
  sheet.getCell("A2").value = "Safer Essex: on track, see the chair's note";
  const file = path.join(dir, "scorecard with our own summary.xlsx");
  await fs.writeFile(file, new Uint8Array(await book.xlsx.writeBuffer()));
  return { file, sheet: sheet.name };
}
