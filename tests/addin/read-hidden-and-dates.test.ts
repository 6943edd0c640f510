import { BASELINE } from "../../addin/excel/capabilities";
import { readWorkbookGrids } from "../../addin/excel/read-grids";
import { readSheetsInBlocks } from "../../addin/excel/read-in-blocks";
import { analyse } from "../../src/engine";
import { MockSheet, mockExcel } from "./excel-mock";
import { scorecardSheet } from "./scorecard-fixture";

// What the open workbook tells beyond its cells, read in the round trips the read makes anyway:
// which columns are hidden (so a refresh never writes its own columns there unseen) and whether its
// dates count from 1904.

const WITH_HIDDEN = { ...BASELINE, hiddenColumns: true };
const WITH_BOTH = { ...WITH_HIDDEN, mergedAreas: true };

describe("hidden columns in Excel (ExcelApi 1.9)", () => {
  test("a tidy sheet that hides every column after its table: the engine is told, and warns, in the same two round trips", async () => {
    const excel = mockExcel([scorecardSheet(10, { hiddenColumns: ["G:XFD"] }), { name: "Notes" }]);
    const grids = await readWorkbookGrids(excel.context, WITH_HIDDEN);
    expect(excel.syncs()).toBe(2);
    expect(grids.sheets[0].hiddenColumns).toEqual(["G:XFD"]);
    expect(grids.sheets[1]).toEqual({ name: "Notes", values: [], numFmts: [] });
    expect(analyse(grids).findings).toEqual([
      expect.objectContaining({
        code: "own-column-hidden",
        severity: "warning",
        sheet: "Scorecard",
        cell: "G1",
        message: "A refresh writes Status, Direction of travel, Planned improvement achieved and Status as at into hidden columns G, H, I and J, where nobody would see them.",
      }),
    ]);
  });

  test("an empty sheet first in the book costs no sheet its merges or hidden columns, and no round trip", async () => {
    const sheet = scorecardSheet(3, { hiddenColumns: ["G:XFD"] });
    sheet.merges = ["A1:B1"];
    const excel = mockExcel([{ name: "Cover" }, sheet, { name: "Notes" }]);
    const grids = await readWorkbookGrids(excel.context, WITH_BOTH);
    expect(excel.syncs()).toBe(2);
    expect(grids.sheets[0]).toEqual({ name: "Cover", values: [], numFmts: [] });
    expect(grids.sheets[1].hiddenColumns).toEqual(["G:XFD"]);
    expect(grids.sheets[1].merges).toEqual(["A1:B1"]);
  });

  test("nothing hidden: no list and no warning", async () => {
    const excel = mockExcel([scorecardSheet(10)]);
    const grids = await readWorkbookGrids(excel.context, WITH_HIDDEN);
    expect(excel.columnsAsked()).toBe(1);
    expect(grids.sheets[0].hiddenColumns).toBeUndefined();
    expect(analyse(grids).findings).toEqual([]);
  });

  test("a hidden column inside the table and one just past it: both listed, the one past it asked column by column in one more round trip", async () => {
    const excel = mockExcel([scorecardSheet(10, { hiddenColumns: ["C:C", "H:H"] })]);
    const grids = await readWorkbookGrids(excel.context, WITH_HIDDEN);
    expect(grids.sheets[0].hiddenColumns).toEqual(["C:C", "H:H"]);
    expect(excel.syncs()).toBe(3);
    expect(analyse(grids).findings).toEqual([
      expect.objectContaining({ code: "own-column-hidden", cell: "H1", message: expect.stringContaining("writes Direction of travel into hidden column H,") }),
    ]);
  });

  test("a merged note reaching past the last used column moves the own columns right, and the columns asked follow it", async () => {
    const sheet = scorecardSheet(3, { hiddenColumns: ["K:N"] });
    sheet.values = [...sheet.values!, ["Figures for 2008/09 are provisional", "", "", "", "", ""]];
    sheet.address = "A1:F5";
    sheet.merges = ["A5:L5"];
    const excel = mockExcel([sheet]);
    const grids = await readWorkbookGrids(excel.context, WITH_BOTH);
    // Own columns go after L, into M to P: M and N are hidden. K, before them, is listed too.
    expect(grids.sheets[0].hiddenColumns).toEqual(["K:N"]);
    expect(analyse(grids).findings).toContainEqual(
      expect.objectContaining({ code: "own-column-hidden", cell: "M1", message: expect.stringContaining("Status and Direction of travel into hidden columns M and N") }),
    );
  });

  test("hidden columns far past where any own column could go are not asked for, and not listed", async () => {
    const excel = mockExcel([scorecardSheet(10, { hiddenColumns: ["Z:AB"] })]);
    const grids = await readWorkbookGrids(excel.context, WITH_HIDDEN);
    expect(grids.sheets[0].hiddenColumns).toBeUndefined();
    expect(analyse(grids).findings).toEqual([]);
  });

  test("an Excel without ExcelApi 1.9 is not asked: nothing is known, so nothing is listed and the read still works", async () => {
    const excel = mockExcel([scorecardSheet(10, { hiddenColumns: ["G:XFD"] })]);
    const grids = await readWorkbookGrids(excel.context, BASELINE);
    expect(excel.columnsAsked()).toBe(0);
    expect(excel.syncs()).toBe(2);
    expect(grids.sheets[0].hiddenColumns).toBeUndefined();
  });

  test("a sheet used up to column XFD, right of which Excel refuses to look: the workbook is read again without hidden columns", async () => {
    const far: MockSheet = { name: "Notes", address: "XFD1", values: [["a note in the last column"]] };
    const excel = mockExcel([scorecardSheet(3, { hiddenColumns: ["G:XFD"] }), far]);
    const grids = await readWorkbookGrids(excel.context, WITH_BOTH);
    expect(excel.syncs()).toBe(4);
    expect(grids.sheets[0].hiddenColumns).toBeUndefined();
    expect(grids.sheets[1].values[0][16383]).toBe("a note in the last column");
  });

  test("past 512 merged areas (Excel names the call it refused) the merges are dropped and the hidden columns kept", async () => {
    const refused = Object.assign(new Error("RichApi.Error"), { code: "GeneralException", debugInfo: { errorLocation: "Range.getMergedAreasOrNullObject" } });
    const excel = mockExcel([scorecardSheet(3, { hiddenColumns: ["G:XFD"], merges: ["A2:A3"] })], { failSync: (n) => (n === 2 ? refused : undefined) });
    const grids = await readWorkbookGrids(excel.context, WITH_BOTH);
    expect(grids.sheets[0].merges).toBeUndefined();
    expect(grids.sheets[0].hiddenColumns).toEqual(["G:XFD"]);
  });

  test.each([[["G:XFD"]], [["C:C", "H:H"]]])("the blocks read (a workbook too big for one response) gives the same hidden columns %j, with no round trip more", async (hidden) => {
    const sheet = scorecardSheet(1000, { hiddenColumns: hidden });
    const whole = await readWorkbookGrids(mockExcel([sheet]).context, WITH_HIDDEN);
    const excel = mockExcel([sheet]);
    const [grid] = await readSheetsInBlocks(excel.context, ["Scorecard"], 600, WITH_HIDDEN);
    expect(grid).toEqual(whole.sheets[0]);
    expect(grid.hiddenColumns).toEqual(hidden);
    expect(excel.syncs()).toBe(1 + 11);
  });
});

describe("the 1904 date system", () => {
  // 1 April 2009 is day 39,904 counted from 1900, and day 38,442 counted from 1904.
  const settings = (serial: number): MockSheet => ({
    name: "Settings",
    address: "A1:B1",
    values: [["Reporting period", serial]],
    numberFormat: [["General", "dd/mm/yyyy"]],
  });

  test("in a 1904 workbook a date cell is the day Excel shows, so the reporting period is the right quarter", async () => {
    const excel = mockExcel([scorecardSheet(3), settings(38442)], { date1904: true });
    const grids = await readWorkbookGrids(excel.context);
    expect(grids.sheets[1].values[0][1]).toEqual(new Date(Date.UTC(2009, 3, 1)));
    expect(analyse(grids).reportingPeriod).toEqual({ kind: "quarter", year: 2009, quarter: 1 });
    // Asked in the first round trip, with the sheet names: the read stays at two.
    expect(excel.syncs()).toBe(2);
  });

  test("the same serial in a 1900 workbook is four years and a day earlier, as Excel shows it there", async () => {
    const grids = await readWorkbookGrids(mockExcel([settings(38442)]).context);
    expect(grids.sheets[0].values[0][1]).toEqual(new Date(Date.UTC(2005, 2, 31)));
  });

  test("day 36,526 of a 1904 workbook is 2 January 2004, as the file adapter reads it", async () => {
    const grids = await readWorkbookGrids(mockExcel([settings(36526)], { date1904: true }).context);
    expect(grids.sheets[0].values[0][1]).toEqual(new Date(Date.UTC(2004, 0, 2)));
  });

  test("a 1904 workbook too big for one response keeps its dates when read in blocks", async () => {
    const tooBig = Object.assign(new Error("RichApi.Error"), { code: "ResponsePayloadSizeLimitExceeded" });
    const excel = mockExcel([scorecardSheet(1000), settings(38442)], { date1904: true, failSync: (n) => (n === 2 ? tooBig : undefined) });
    const grids = await readWorkbookGrids(excel.context);
    expect(grids.sheets[1].values[0][1]).toEqual(new Date(Date.UTC(2009, 3, 1)));
  });
});
