import ExcelJS from "exceljs";
import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes } from "../../src/files";
import { hasErrors } from "../../src/model";
import { planRefresh } from "../../src/refresh";
import { cellsOf } from "./compare-cells";

// Workbook spec, "What a refresh writes, and nothing else": own columns go after the last used
// column. A note merged across G3:I3 uses columns H and I even though only G3 holds its text; a
// Status written into H3 would land in G3 (exceljs and Excel keep a merge's value in its first
// cell), replacing the officer's note.

async function bookWithMergedNote(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Scorecard");
  const rows = [
    ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Actual 2009/10", "Notes"],
    ["NI 195", "Street cleanliness", "Cleaner Greener", "Lower", 0.1, 0.08, "ok"],
    ["NI 186", "CO2 per capita", "Cleaner Greener", "Higher", 0.1, 0.05, "Figure from DECC, merged across three columns"],
    ["L5", "Parks satisfaction", "Cleaner Greener", "Higher", 0.7, 0.69],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v)));
  sheet.mergeCells("G3:I3");
  return new Uint8Array(await book.xlsx.writeBuffer());
}

test("own columns go after a merged note's last column, and the note keeps its text", async () => {
  const bytes = await bookWithMergedNote();
  const loaded = await loadWorkbook(bytes);
  const analysis = analyse(loaded.grids);
  expect(hasErrors(analysis.findings)).toBe(false);
  const plan = planRefresh(analysis);
  expect(plan.columns.map((c) => c.column)).toEqual([10, 11, 12, 13]); // J:M, after the merge's I

  const refreshed = new ExcelJS.Workbook();
  await refreshed.xlsx.load((await refreshedBytes(loaded, plan)) as unknown as ExcelJS.Buffer);
  const original = new ExcelJS.Workbook();
  await original.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = refreshed.getWorksheet("Scorecard")!;
  expect(sheet.getCell("G3").value).toBe("Figure from DECC, merged across three columns");
  expect(cellsOf(sheet, [10, 11, 12, 13])).toEqual(cellsOf(original.getWorksheet("Scorecard")!, []));
  // NI 186: 5% against a 10% target, higher is better; band 5% x 10% = 0.5 points; 5% < 9.5%: Red.
  expect(sheet.getCell("J3").value).toBe("Red");
  expect(sheet.getCell("J1").value).toBe("Status");
});
