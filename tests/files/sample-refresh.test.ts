import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes } from "../../src/files";
import { hasErrors } from "../../src/model";
import { planRefresh } from "../../src/refresh";
import { cellsOf } from "./compare-cells";

// The sample scorecard through the real engine: the refresh adds the four own columns after the last
// used column and the summary sheet, and every other cell of every sheet is as it was.

const SAMPLE = path.join(__dirname, "..", "..", "templates", "sample-scorecard.xlsx");
const OWN = [16, 17, 18, 19]; // P:S, after Reward value in O

test("a refresh of the sample changes only its own columns and the summary sheet", async () => {
  const bytes = await fs.readFile(SAMPLE);
  const loaded = await loadWorkbook(bytes);
  const analysis = analyse(loaded.grids);
  expect(hasErrors(analysis.findings)).toBe(false);
  const plan = planRefresh(analysis);
  expect(plan.columns.map((c) => c.column)).toEqual(OWN);

  const original = new ExcelJS.Workbook();
  await original.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const refreshed = new ExcelJS.Workbook();
  await refreshed.xlsx.load((await refreshedBytes(loaded, plan)) as unknown as ExcelJS.Buffer);

  expect(refreshed.worksheets.map((s) => s.name)).toEqual([...original.worksheets.map((s) => s.name), "Partnership Summary"]);
  for (const sheet of original.worksheets) {
    const skip = sheet.name === plan.sheet ? OWN : [];
    expect(cellsOf(refreshed.getWorksheet(sheet.name)!, skip)).toEqual(cellsOf(sheet, skip));
  }
  const scorecard = refreshed.getWorksheet(plan.sheet)!;
  expect(scorecard.getCell("A4").value).toBe("Safer Essex"); // a section heading row
  expect(scorecard.getCell("P4").value).toBeNull(); // ... gets no status
  expect(scorecard.getCell("P3").font?.bold).toBe(true); // new headers look like the others
});
