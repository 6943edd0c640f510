import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyse } from "../../src/engine";
import { cellAt } from "../../src/grid";
import { loadWorkbook } from "../../src/files";

// The file adapter keeps the grid contract (src/grid.ts) on files as other tools write them: a formula
// saved without its result is unknown (not blank); Excel's cached empty text is blank; hidden
// columns are known.

async function scorecardBook(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Scorecard");
  sheet.getRow(1).values = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Q1 2009/10", "Q2 2009/10"];
  sheet.getRow(2).values = ["NI 20", "Assaults", "Safer Essex", "Lower", 8, 9, null];
  edit(sheet);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The sheet's XML edited, as another tool would have written it. */
async function withSheetXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", edit(xml));
  return zip.generateAsync({ type: "uint8array" });
}

describe("formulas in a file", () => {
  test("a formula saved without its result (<f> and no <v>) is a warning at its cell, never a silent blank", async () => {
    // As a tool that does not calculate writes it: the formula, no cached value.
    const bytes = await scorecardBook((s) => (s.getCell("G2").value = { formula: "F2-1" } as ExcelJS.CellFormulaValue));
    const loaded = await loadWorkbook(bytes);
    expect(cellAt(loaded.grids.sheets[0], 2, 7)).toEqual({ formulaWithoutResult: "F2-1" });
    const a = analyse(loaded.grids);
    expect(a.findings).toEqual([expect.objectContaining({ code: "formula-without-result", severity: "warning", sheet: "Scorecard", cell: "G2" })]);
  });

  test("Excel's cached empty text (=IF(..,\"\",..) saved as <v></v>) is a blank cell, with no warning", async () => {
    const bytes = await scorecardBook((s) => (s.getCell("G2").value = { formula: 'IF(F2="","",F2)', result: "" } as ExcelJS.CellFormulaValue));
    expect(await JSZip.loadAsync(bytes).then((z) => z.file("xl/worksheets/sheet1.xml")!.async("string"))).toMatch(/<c r="G2"[^>]*t="str"><f>[^<]*<\/f><v><\/v><\/c>/);
    const loaded = await loadWorkbook(bytes);
    expect(cellAt(loaded.grids.sheets[0], 2, 7)).toBeNull();
    expect(analyse(loaded.grids).findings).toEqual([]);
  });

  test("a shared formula's follower saved without a result is unknown too", async () => {
    const bytes = await withSheetXml(await scorecardBook(() => undefined), (xml) =>
      xml.replace(/<c r="F2"[^>]*>.*?<\/c>/, '<c r="F2"><f t="shared" ref="F2:G2" si="0">E2+1</f></c><c r="G2"><f t="shared" si="0"/></c>'),
    );
    const a = analyse((await loadWorkbook(bytes)).grids);
    expect(a.findings.filter((f) => f.code === "formula-without-result").map((f) => f.cell)).toEqual(["F2", "G2"]);
  });
});

describe("hidden columns in a file", () => {
  test("own columns that would land in hidden columns H:XFD are a warning naming them", async () => {
    const bytes = await withSheetXml(await scorecardBook(() => undefined), (xml) =>
      xml.includes("<cols>")
        ? xml.replace("</cols>", '<col min="8" max="16384" width="9" hidden="1" customWidth="1"/></cols>')
        : xml.replace("<sheetData>", '<cols><col min="8" max="16384" width="9" hidden="1" customWidth="1"/></cols><sheetData>'),
    );
    const loaded = await loadWorkbook(bytes);
    expect(loaded.grids.sheets[0].hiddenColumns).toEqual(["H:XFD"]);
    expect(analyse(loaded.grids).findings).toEqual([expect.objectContaining({ code: "own-column-hidden", cell: "H1" })]);
  });
});
