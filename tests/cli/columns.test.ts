import ExcelJS from "exceljs";
import * as path from "node:path";
import { runCli, tempDir } from "./run-cli";

// `validate --columns`: how the scorecard was read, column by column, as text and as JSON
// (docs/cli.md, "How the sheet was read"), from a file with two header rows.

async function twoRowBook(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Scorecard");
  ws.addRow(["", "", "", "", "2009/10", "", "", "", ""]);
  ws.addRow(["Ref", "Indicator", "Partnership", "Polarity", "Target", "Q1", "Actual YTD 2009/10", "Notes", "Weighting"]);
  ws.addRow(["L1", "Jobs", "Economy", "Higher", 100, 80, 105, "On track", 3]);
  ws.mergeCells("E1:G1");
  const settings = book.addWorksheet("Settings");
  settings.addRow(["Reporting period", "Q2 2009/10"]);
  const file = path.join(tempDir(), "two-rows.xlsx");
  await book.xlsx.writeFile(file);
  return file;
}

test("prints the column map before the findings: letter, header as typed, read as", async () => {
  const r = await runCli(["validate", await twoRowBook(), "--columns"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("How the sheet Scorecard was read (header in row 2):\n");
  const lines = r.stdout.split("\n");
  const line = (letter: string) => lines.find((l) => l.startsWith(`  ${letter} `))!.replace(/ +/g, " ").trim();
  expect(line("E")).toBe('E "2009/10 / Target" Target, 2009/10');
  expect(line("F")).toBe('F "2009/10 / Q1" Actual, Q1 2009/10');
  expect(line("G")).toBe('G "Actual YTD 2009/10" Actual, Q2 2009/10 (year to date)');
  expect(line("H")).toBe('H "Notes" ignored: notes');
  expect(line("I")).toBe('I "Weighting" not understood');
  expect(r.stdout.indexOf("How the sheet")).toBeLessThan(r.stdout.indexOf("Scorecard!I2  The column \"Weighting\" holds figures"));
});

test("--json gives the same map as data", async () => {
  const r = await runCli(["validate", await twoRowBook(), "--columns", "--json"]);
  const out = JSON.parse(r.stdout);
  expect(out.columns.find((c: { column: string }) => c.column === "F")).toEqual({
    column: "F", cell: "F2", header: "2009/10 / Q1", readAs: "Actual, Q1 2009/10", kind: "figures", series: "actual",
    period: "Q1 2009/10", yearToDate: false, told: false, note: null,
  });
  expect(out.columns.find((c: { column: string }) => c.column === "I")).toMatchObject({ kind: "not-understood", series: null, period: null });
  expect(out.findings).toEqual([expect.objectContaining({ cell: "I2", message: expect.stringContaining("Weighting") })]);
});

test("without --columns, validate --json is the findings alone", async () => {
  const r = await runCli(["validate", await twoRowBook(), "--json"]);
  expect(Object.keys(JSON.parse(r.stdout))).toEqual(["findings"]);
});

test("a header cell holding a date shows the date as the officer sees it in Excel, not as 2009-06-30", async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Scorecard");
  ws.addRow(["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", new Date(Date.UTC(2009, 5, 30))]);
  ws.addRow(["L1", "Jobs", "Economy", "Higher", 100, 80]);
  ws.getCell("F1").numFmt = "dd/mm/yyyy";
  const file = path.join(tempDir(), "date-header.xlsx");
  await book.xlsx.writeFile(file);
  const text = await runCli(["validate", file, "--columns"]);
  const line = text.stdout.split("\n").find((l) => l.startsWith("  F "))!.replace(/ +/g, " ").trim();
  expect(line).toBe('F "30/06/2009" Actual, Q1 2009/10');
  const json = JSON.parse((await runCli(["validate", file, "--columns", "--json"])).stdout);
  expect(json.columns.find((c: { column: string }) => c.column === "F")).toMatchObject({ header: "30/06/2009", period: "Q1 2009/10" });
});
