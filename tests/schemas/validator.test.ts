import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { buildAnnualReview } from "../../src/documents";
import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes } from "../../src/files";
import { planRefresh } from "../../src/refresh";
import { checkPackage, compareErrors, validatorMissing } from "../../scripts/schema-errors";
import { FIXTURE_BOOKS } from "../files/books";
import { sampleAnalysis } from "../documents/sample-book";

// Microsoft's Open XML SDK validator, run on what the product writes: a refreshed fixture book and a
// paper must have no error at all. Runs wherever the validator's binary is installed (Linux x64 here
// and in CI); elsewhere these tests are skipped, and say why in their names.

const missing = validatorMissing();
const run = missing ? test.skip : test;
const why = missing ? ` (skipped: ${missing})` : "";
let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "laa-validator-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validated(name: string, bytes: Uint8Array) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return checkPackage(file, bytes);
}

run(`a refreshed fixture book with everything offices keep in one is valid to Office's validator${why}`, async () => {
  const book = FIXTURE_BOOKS.find((b) => b.file === "everything.xlsx")!;
  const loaded = await loadWorkbook(book.bytes());
  const refreshed = await validated("everything-refreshed.xlsx", await refreshedBytes(loaded, planRefresh(analyse(loaded.grids))));
  expect(refreshed.errors).toEqual([]);
});

run(`an annual review from the standard template is valid to Office's validator${why}`, async () => {
  const template = new Uint8Array(readFileSync(path.join(__dirname, "..", "..", "templates", "annual-review.docx")));
  const result = await buildAnnualReview(await sampleAnalysis(), "Safer Essex", template, { generated: new Date(Date.UTC(2009, 9, 12)) });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  expect((await validated("annual-review.docx", result.bytes)).errors).toEqual([]);
});

run(`a book whose fonts break the schema's order: the validator says so, and the refresh adds no error of its own${why}`, async () => {
  // exceljs writes a font's color before its size, as the sample once had it.
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Scorecard");
  sheet.getRow(1).values = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual 2009/10"];
  sheet.getRow(2).values = ["L1", "Local", "Safer Essex", "Higher", 10, 12];
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const input = await validated("exceljs.xlsx", bytes);
  expect(input.errors.map((e) => [e.part, e.id])).toContainEqual(["/xl/styles.xml", "Sch_UnexpectedElementContentExpectingComplex"]);

  const loaded = await loadWorkbook(bytes);
  const output = await validated("exceljs-refreshed.xlsx", await refreshedBytes(loaded, planRefresh(analyse(loaded.grids))));
  const { added, inherited } = compareErrors(input, output);
  expect(added).toEqual([]);
  expect(inherited.length).toBe(input.errors.length);
});
