import ExcelJS from "exceljs";
import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes } from "../../src/files";
import { planRefresh } from "../../src/refresh";
import { scorecardBook } from "./books/scorecard-book";

// exceljs gives cells that share a format one shared style object: a status fill set on the Status
// cell must go on a copy, never on the object the user's cells share.

test("a status fill changes the Status cell only, never a user's cell of the same format", async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Scorecard");
  sheet.getRow(1).values = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual 2009/10", "Status"];
  sheet.getRow(2).values = ["L1", "Local", "Safer Essex", "Higher", 10, 12, null];
  const shared: Partial<ExcelJS.Style> = { font: { name: "Arial", bold: true }, border: { bottom: { style: "thin" } } };
  for (const address of ["A2", "B2", "G2"]) sheet.getCell(address).style = shared;
  const loaded = await loadWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
  const plan = planRefresh(analyse(loaded.grids));
  expect(plan.columns[0]).toMatchObject({ name: "Status", column: 7, writeHeader: false });

  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await refreshedBytes(loaded, plan)) as unknown as ExcelJS.Buffer);
  const s = out.getWorksheet("Scorecard")!;
  expect(s.getCell("G2").value).toBe("Green");
  expect(s.getCell("G2").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } });
  expect(s.getCell("G2").font).toMatchObject({ name: "Arial", bold: true }); // the rest of its format kept
  for (const address of ["A2", "B2"]) {
    expect((s.getCell(address).fill as ExcelJS.FillPattern | undefined)?.pattern ?? "none").toBe("none");
    expect(s.getCell(address).font).toMatchObject({ name: "Arial", bold: true });
  }
});

test("a book already at Excel's limit of cell formats is refused in one sentence, not handed back damaged", async () => {
  const d = scorecardBook();
  const xf = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  d.edit("xl/styles.xml", (xml) => xml.replace(/<cellXfs count="(\d+)">/, (_m, n: string) => `<cellXfs count="65430">${xf.repeat(65_430 - Number(n))}`));
  const loaded = await loadWorkbook(d.bytes());
  const plan = planRefresh(analyse(loaded.grids));
  await expect(Promise.resolve().then(() => refreshedBytes(loaded, plan))).rejects.toThrow(
    /^The workbook already has 65,430 cell formats, the most Excel allows, so the refresh cannot add the status colours/,
  );

  // One format fewer, and the refresh has room for what it adds.
  const roomy = scorecardBook();
  roomy.edit("xl/styles.xml", (xml) => xml.replace(/<cellXfs count="(\d+)">/, (_m, n: string) => `<cellXfs count="65000">${xf.repeat(65_000 - Number(n))}`));
  const fits = await loadWorkbook(roomy.bytes());
  expect((await refreshedBytes(fits, planRefresh(analyse(fits.grids)))).length).toBeGreaterThan(0);
});
