import { readWorkbookGrids } from "../../addin/excel/read-grids";
import { readSheetsInBlocks } from "../../addin/excel/read-in-blocks";
import { BASELINE } from "../../addin/excel/capabilities";
import { mergeAddresses, sheetGrid, topLeft } from "../../addin/excel/sheet-grid";
import { analyse } from "../../src/engine";
import { mockExcel } from "./excel-mock";
import { scorecardSheet } from "./scorecard-fixture";

describe("reading the open workbook into grids", () => {
  test("every sheet's used range arrives padded from A1, so B3 is values[2][1]", async () => {
    const excel = mockExcel([
      {
        name: "Scorecard",
        address: "B3:C4",
        values: [["Ref", "Indicator"], ["NI 151", "Overall employment rate"]],
        numberFormat: [["General", "General"], ["@", "General"]],
      },
      { name: "Settings", address: "A1:B1", values: [["Amber tolerance", 0.05]], numberFormat: [["General", "0%"]] },
    ]);
    const grids = await readWorkbookGrids(excel.context);
    expect(grids.sheets.map((s) => s.name)).toEqual(["Scorecard", "Settings"]);
    const scorecard = grids.sheets[0];
    expect(scorecard.values).toEqual([[], [], [null, "Ref", "Indicator"], [null, "NI 151", "Overall employment rate"]]);
    expect(scorecard.numFmts?.[3]).toEqual([null, "@", "General"]);
    expect(grids.sheets[1].values).toEqual([["Amber tolerance", 0.05]]);
    expect(grids.sheets[1].numFmts?.[0][1]).toBe("0%");
  });

  test("an Excel error value becomes {error}; the same text typed by a user stays text", async () => {
    const excel = mockExcel([
      {
        name: "Scorecard",
        address: "A1:B1",
        values: [["#N/A", "#N/A"]],
        valueTypes: [["Error", "String"]],
      },
    ]);
    const grids = await readWorkbookGrids(excel.context);
    expect(grids.sheets[0].values[0]).toEqual([{ error: "#N/A" }, "#N/A"]);
  });

  test("a date cell (a serial number with a date format in Office.js) arrives as the Date exceljs gives; other numbers stay numbers", async () => {
    const excel = mockExcel([
      {
        name: "Settings",
        address: "A1:D1",
        values: [["Reporting period", 39904, 0.45, 1234.5]],
        numberFormat: [["General", "dd/mm/yyyy", "0%", '"£"#,##0.00;[Red]-"£"#,##0.00']],
      },
    ]);
    const grids = await readWorkbookGrids(excel.context);
    expect(grids.sheets[0].values[0]).toEqual(["Reporting period", new Date(Date.UTC(2009, 3, 1)), 0.45, 1234.5]);
  });

  test("empty cells are null and trailing empty cells are dropped, as the file adapter gives them", async () => {
    const excel = mockExcel([{ name: "Scorecard", address: "A1:D2", values: [["a", "", 3, ""], ["", "", "", ""]] }]);
    const grids = await readWorkbookGrids(excel.context);
    expect(grids.sheets[0].values).toEqual([["a", null, 3], []]);
  });

  test("an empty sheet is an empty grid, not an error", async () => {
    const excel = mockExcel([{ name: "Notes" }]);
    const grids = await readWorkbookGrids(excel.context);
    expect(grids.sheets).toEqual([{ name: "Notes", values: [], numFmts: [] }]);
  });

  test("a sheet whose name needs quotes still pads from its range's top-left", () => {
    expect(topLeft("'LAA Scorecard'!C5:F9")).toBe("C5");
    expect(topLeft("'It''s mine'!A1")).toBe("A1");
    const grid = sheetGrid("LAA Scorecard", "'LAA Scorecard'!C2:C2", [[7]], [["0"]], [["Double"]]);
    expect(grid.values).toEqual([[], [null, null, 7]]);
  });

  test("the read takes two round trips whatever the number of sheets", async () => {
    const sheets = Array.from({ length: 12 }, (_, i) => ({ name: `Sheet${i + 1}`, address: "A1", values: [[i]] }));
    const excel = mockExcel(sheets);
    const grids = await readWorkbookGrids(excel.context);
    expect(grids.sheets.map((s) => s.values[0][0])).toEqual(sheets.map((_, i) => i));
    expect(excel.syncs()).toBe(2);
  });

  test("a workbook too big for one response (Excel on the web's 5 MB) is read again in blocks, giving the same grids", async () => {
    const whole = await readWorkbookGrids(mockExcel([scorecardSheet(1000), { name: "Notes" }]).context);
    const tooBig = Object.assign(new Error("RichApi.Error"), { code: "ResponsePayloadSizeLimitExceeded" });
    const excel = mockExcel([scorecardSheet(1000), { name: "Notes" }], { failSync: (n) => (n === 2 ? tooBig : undefined) });
    const grids = await readWorkbookGrids(excel.context);
    expect(grids).toEqual(whole);
    expect(grids.sheets[0].values[1000]).toEqual(["L100.10", "Local indicator 1000", "Prosperous Essex", "Higher", 50, 55]);
  });

  test("a used range past Excel's 5,000,000-cell read limit, answered with null values instead of an error, is read in blocks", async () => {
    const whole = await readWorkbookGrids(mockExcel([scorecardSheet(200)]).context);
    const excel = mockExcel([{ ...scorecardSheet(200), valuesReadAsNull: true }]);
    const grids = await readWorkbookGrids(excel.context);
    expect(grids).toEqual(whole);
    expect(grids.sheets[0].values[200]).toEqual(["L20.10", "Local indicator 200", "Prosperous Essex", "Higher", 50, 49]);
  });

  test("blocks are whole rows, at most the cells one request may carry", async () => {
    const sheet = { ...scorecardSheet(1000), address: "B3:G1003" };
    const whole = await readWorkbookGrids(mockExcel([sheet]).context);
    const excel = mockExcel([sheet]);
    const [grid] = await readSheetsInBlocks(excel.context, ["Scorecard"], 600);
    expect(grid).toEqual(whole.sheets[0]);
    const blocks = excel.writes.filter((w) => w.sheet === "Scorecard").map((w) => w.address);
    expect(blocks.slice(0, 2)).toEqual(["B3:G102", "B103:G202"]);
    expect(blocks).toHaveLength(11);
    expect(excel.syncs()).toBe(1 + 11);
  });

  test("a block still too big for one response (long text) is read again in smaller blocks", async () => {
    const sheet = scorecardSheet(1000);
    const whole = await readWorkbookGrids(mockExcel([sheet]).context);
    const tooBig = Object.assign(new Error("RichApi.Error"), { code: "ResponsePayloadSizeLimitExceeded" });
    // Sync 1 reads the used range, sync 2 the first block of 3,000 cells: Excel refuses that block.
    const excel = mockExcel([sheet], { failSync: (n) => (n === 2 ? tooBig : undefined) });
    const [grid] = await readSheetsInBlocks(excel.context, ["Scorecard"], 3000);
    expect(grid).toEqual(whole.sheets[0]);
    const blocks = excel.writes.map((w) => w.address);
    expect(blocks.slice(0, 3)).toEqual(["A1:F500", "A1:F250", "A251:F500"]);
  });

  describe("merged cells (ExcelApi 1.13), read as the file adapter reads them", () => {
    const WITH_MERGES = { ...BASELINE, mergedAreas: true };
    const overview = {
      name: "Scorecard",
      address: "A1:F6",
      values: [
        ["Thematic partnership", "Ref", "Indicator", "Polarity", "Target 2009/10", "Actual 2009/10"],
        ["Safer Essex", "NI 20", "Assault with injury", "Lower", 6.8, 7.1],
        ["", "NI 16", "Serious acquisitive crime", "Lower", 14, 13],
        ["", "L18.1", "Anti-social behaviour", "Lower", 0.24, 0.25],
        ["Economic Prosperity", "NI 151", "Employment rate", "Higher", 0.755, 0.73],
        ["", "NI 154", "Net additional homes", "Higher", 4200, 4300],
      ],
      merges: ["A2:A4", "A5:A6"],
    };

    test("a partnership merged down its indicators' rows names every row, in the same two round trips", async () => {
      const excel = mockExcel([overview]);
      const grids = await readWorkbookGrids(excel.context, WITH_MERGES);
      expect(grids.sheets[0].merges).toEqual(["A2:A4", "A5:A6"]);
      expect(excel.syncs()).toBe(2);
      const analysis = analyse(grids);
      expect(analysis.scorecard?.indicators.map((i) => i.partnership)).toEqual(["Safer Essex", "Safer Essex", "Safer Essex", "Economic Prosperity", "Economic Prosperity"]);
      expect(analysis.findings.filter((f) => /partnership/i.test(f.message))).toEqual([]);
    });

    test("an Excel without ExcelApi 1.13 is not asked for merges", async () => {
      const excel = mockExcel([overview]);
      expect((await readWorkbookGrids(excel.context, BASELINE)).sheets[0].merges).toBeUndefined();
      expect(excel.mergesAsked()).toBe(0);
    });

    test("past 512 merged areas Excel refuses to list them: the workbook is read again without merges", async () => {
      const refused = Object.assign(new Error("RichApi.Error"), { code: "GeneralException" });
      const excel = mockExcel([overview], { failSync: (n) => (n === 2 ? refused : undefined) });
      const grids = await readWorkbookGrids(excel.context, WITH_MERGES);
      expect(grids.sheets[0].values[5]).toEqual([null, "NI 154", "Net additional homes", "Higher", 4200, 4300]);
      expect(grids.sheets[0].merges).toBeUndefined();
      expect(excel.syncs()).toBe(4);
    });

    test("the blocks read keeps the merges", async () => {
      const excel = mockExcel([overview]);
      const [grid] = await readSheetsInBlocks(excel.context, ["Scorecard"], 12, WITH_MERGES);
      expect(grid.merges).toEqual(["A2:A4", "A5:A6"]);
    });

    test("RangeAreas addresses lose their sheet, quoted or not, and any $", () => {
      expect(mergeAddresses("'Safer, Stronger'!A2:A4, 'Safer, Stronger'!$B$5:$B$6")).toEqual(["A2:A4", "B5:B6"]);
      expect(mergeAddresses("Scorecard!H3:J3")).toEqual(["H3:J3"]);
    });
  });

  test("any other failure is not retried: it reaches the user as the read's error", async () => {
    const editing = Object.assign(new Error("RichApi.Error"), { code: "InvalidOperationInCellEditMode" });
    const excel = mockExcel([scorecardSheet(3)], { failSync: (n) => (n === 2 ? editing : undefined) });
    await expect(readWorkbookGrids(excel.context)).rejects.toBe(editing);
  });
});
