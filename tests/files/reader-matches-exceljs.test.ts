import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { loadWorkbook } from "../../src/files";
import { SheetGrid } from "../../src/grid";
import { FIXTURE_BOOKS } from "./books";
import { recordMissingResults } from "./exceljs-formula-results";
import { workbookGrids } from "./exceljs-grids";
import { fixtureBook } from "./fixture-book";

// The reader no longer goes through exceljs, and the engine must not notice: on the sample, the test
// fixture and every fixture book, the grids (values, dates, errors, number formats, merges) are the
// ones the exceljs reader gave. The Office.js adapter is built to give these too (addin/README.md,
// "How reading matches the file adapter").

async function oldGrids(bytes: Uint8Array): Promise<SheetGrid[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  await recordMissingResults(book, await JSZip.loadAsync(bytes));
  return workbookGrids(book).sheets;
}

function plain(sheet: SheetGrid): unknown {
  return { name: sheet.name, values: sheet.values, numFmts: sheet.numFmts, merges: sheet.merges ?? [], hiddenColumns: sheet.hiddenColumns ?? [] };
}

const SAMPLE = path.join(__dirname, "..", "..", "templates", "sample-scorecard.xlsx");

const books: [string, () => Promise<Uint8Array>][] = [
  ["the sample scorecard", async () => new Uint8Array(await fs.readFile(SAMPLE))],
  ["the round-trip fixture (rich text, links, dates, errors, merges)", fixtureBook],
  // exceljs reads a VBA-less .xlsm like any book; LibreOffice's is read without its 1,048,576-row column formats.
  // Not the books with a whole-column validation (since the fixture builder puts it where Excel does):
  // exceljs expands A:A into a million cells and does not come back, which is why the reader left it.
  ...FIXTURE_BOOKS.filter((b) => !b.name.includes("whole-column validation") && b.name !== "everything at once")
    .map((b) => [b.name, async () => b.bytes()] as [string, () => Promise<Uint8Array>]),
];

test.each(books)("%s reads into the same grids as through exceljs", async (_name, bytes) => {
  const data = await bytes();
  const { grids } = await loadWorkbook(data);
  expect(grids.sheets.map(plain)).toEqual((await oldGrids(data)).map(plain));
});
