import { SUMMARY_MARK_LINE } from "../../src/keys";
import { applyRefresh, rowSlices } from "../../addin/excel/apply-refresh";
import { BASELINE } from "../../addin/excel/capabilities";
import { ADDRESS_LIST_LIMIT } from "../../addin/excel/cell-runs";
import { readWorkbookGrids } from "../../addin/excel/read-grids";
import { STATUS_CHART, widthInPoints } from "../../addin/excel/summary-sheet";
import { columnLetters, parseA1 } from "../../src/grid";
import { analyse } from "../../src/engine";
import { hasErrors } from "../../src/model";
import { planRefresh } from "../../src/refresh";
import { ExcelMock, MockSheet, mockExcel } from "./excel-mock";
import { scorecardSheet } from "./scorecard-fixture";

const MODERN = { rangeAreas: true, chartSeries: true, workbookProtection: true, mergedAreas: true, hiddenColumns: true };

/** Validate and refresh as the ribbon button does: read, analyse, plan, apply. */
async function validateAndRefresh(excel: ExcelMock, capabilities = BASELINE) {
  const analysis = analyse(await readWorkbookGrids(excel.context, capabilities));
  expect(hasErrors(analysis.findings)).toBe(false);
  return applyRefresh(excel.context, planRefresh(analysis), capabilities);
}

function columnsWritten(excel: ExcelMock, sheet: string): Set<number> {
  const columns = new Set<number>();
  for (const w of excel.writes.filter((w) => w.sheet === sheet)) {
    for (const part of w.address.split(",")) for (const end of part.split(":")) columns.add(parseA1(end).column);
  }
  return columns;
}

describe("applying a refresh to the open workbook", () => {
  test("writes only the four own columns after the last used column, and the header of each", async () => {
    const excel = mockExcel([scorecardSheet(6)]);
    expect(await validateAndRefresh(excel)).toEqual([]);
    expect([...columnsWritten(excel, "Scorecard")].sort((a, b) => a - b)).toEqual([7, 8, 9, 10]);
    const header = excel.writes.find((w) => w.sheet === "Scorecard" && w.address === "G1");
    expect(header?.target.values).toEqual([["Status"]]);
    const status = excel.writes.find((w) => w.address === "G2:G7");
    expect(status?.target.values).toEqual([["Green"], ["Amber"], ["Red"], ["Green"], ["Amber"], ["Red"]]);
  });

  test("a section heading row inside the scorecard is left untouched (null in the 2-D write)", async () => {
    const sheet = scorecardSheet(4);
    sheet.values!.splice(2, 0, ["Safer Essex", "", "", "", "", ""]);
    sheet.address = "A1:F6";
    const excel = mockExcel([sheet]);
    expect(await validateAndRefresh(excel)).toEqual([]);
    const status = excel.writes.find((w) => w.address === "G2:G6");
    expect(status?.target.values).toEqual([["Green"], [null], ["Amber"], ["Red"], ["Green"]]);
  });

  test("text Excel would retype (a period such as 2008/09) is written as text, and a blank clears the cell", async () => {
    const excel = mockExcel([scorecardSheet(2)]);
    await validateAndRefresh(excel);
    expect(excel.writes.find((w) => w.address === "J2:J3")?.target.values).toEqual([["'2008/09"], ["'2008/09"]]);
    expect(excel.writes.find((w) => w.address === "I2:I3")?.target.values).toEqual([[""], [""]]);
    expect(excel.writes.find((w) => w.address === "I2:I3")?.target.numberFormat).toEqual([["0%"], ["0%"]]);
  });

  test("status fills go one call per run; with RangeAreas one call per colour", async () => {
    const perRun = mockExcel([scorecardSheet(9)]);
    await validateAndRefresh(perRun);
    const runFills = perRun.writes.filter((w) => w.sheet === "Scorecard" && w.target.format.fill.color !== undefined);
    expect(runFills.map((w) => [w.address, w.target.format.fill.color])).toHaveLength(9);
    expect(runFills[0]).toMatchObject({ address: "G2", kind: "range" });
    expect(runFills[0].target.format.fill.color).toBe("#C6EFCE");

    const perColour = mockExcel([scorecardSheet(9)]);
    await validateAndRefresh(perColour, MODERN);
    const areaFills = perColour.writes.filter((w) => w.sheet === "Scorecard" && w.target.format.fill.color !== undefined);
    expect(areaFills.map((w) => [w.kind, w.address, w.target.format.fill.color])).toEqual([
      ["areas", "G2,G5,G8", "#C6EFCE"],
      ["areas", "G3,G6,G9", "#FFEB9C"],
      ["areas", "G4,G7,G10", "#FFC7CE"],
    ]);
  });

  test("with RangeAreas, no getRanges call is given an address list Excel could reject, and every status is still filled", async () => {
    // Green, Amber and Red in turn: 10,000 runs of one cell, the longest lists a scorecard can make.
    const excel = mockExcel([scorecardSheet(10_000)]);
    expect(await validateAndRefresh(excel, MODERN)).toEqual([]);
    const areas = excel.writes.filter((w) => w.kind === "areas");
    expect(areas.length).toBeGreaterThan(3);
    // Excel was seen rejecting a list of 8,207 characters (OfficeDev/office-js#5198): stay well clear.
    for (const w of areas) expect(w.address.length).toBeLessThanOrEqual(8207 / 4);
    expect(Math.max(...areas.map((w) => w.address.length))).toBeGreaterThan(ADDRESS_LIST_LIMIT / 2);
    const filled = new Set<number>();
    for (const w of areas.filter((a) => a.sheet === "Scorecard" && a.target.format.fill.color !== undefined)) {
      for (const part of w.address.split(",")) if (parseA1(part.split(":")[0]).column === 7) filled.add(parseA1(part).row);
    }
    expect(filled.size).toBe(10_000);
  });

  test("a first refresh adds the Partnership Summary sheet with its table and a chart of Green, Amber and Red", async () => {
    const excel = mockExcel([scorecardSheet(10)]);
    expect(await validateAndRefresh(excel, MODERN)).toEqual([]);
    expect(excel.added).toEqual(["Partnership Summary"]);
    const table = excel.writes.find((w) => w.sheet === "Partnership Summary" && w.address.startsWith("A1:"));
    const values = table?.target.values as unknown[][];
    expect(String(values[0][0])).toMatch(/^Generated by LAA Scorecard/);
    expect(values[3].slice(0, 7)).toEqual(["Partnership", "Lead", "Deputy", "Indicators", "Green", "Amber", "Red"]);
    // Widths come in characters, as a person counts them; Excel takes points.
    const plan = planRefresh(analyse(await readWorkbookGrids(mockExcel([scorecardSheet(10)]).context)));
    const lead = excel.writes.find((w) => w.sheet === "Partnership Summary" && w.address === "B:B");
    expect((lead?.target.format as Record<string, unknown>).columnWidth).toBe(widthInPoints(plan.summary.columnWidths[1]));
    expect(widthInPoints(22)).toBe(119.25);
    expect(excel.charts).toHaveLength(1);
    expect(excel.charts[0]).toMatchObject({ name: STATUS_CHART, sheet: "Partnership Summary" });
    expect(excel.charts[0].source.address).toBe("E4:G9");
    expect(excel.charts[0].categories?.address).toBe("A5:A9");
    expect(excel.charts[0].seriesColours).toEqual(["#C6EFCE", "#FFEB9C", "#FFC7CE"]);
  });

  test("our old Partnership Summary is rewritten in place, never deleted, so formulas that refer to it keep working", async () => {
    const old: MockSheet = { name: "Partnership Summary", address: "A1:H12", values: [[SUMMARY_MARK_LINE]], position: 1, charts: ["Chart 1"] };
    const excel = mockExcel([scorecardSheet(10), old]);
    expect(await validateAndRefresh(excel, MODERN)).toEqual([]);
    // Same sheet: not deleted, not added again (so its name, position and every reference to it stay).
    expect(excel.deleted).toEqual([]);
    expect(excel.added).toEqual([]);
    // Cleared over its used range (cells cleared, not deleted; not the whole sheet) and its old chart
    // removed before the new table and chart go in.
    expect(excel.cleared).toEqual(["Partnership Summary!A1:H12:All"]);
    expect(excel.chartsDeleted).toEqual(["Partnership Summary/Chart 1"]);
    const table = excel.writes.find((w) => w.sheet === "Partnership Summary" && w.address.startsWith("A1:"));
    expect(String((table?.target.values as unknown[][])[0][0])).toMatch(/^Generated by LAA Scorecard: rebuilt/);
    expect(excel.charts.map((c) => [c.sheet, c.name])).toEqual([["Partnership Summary", STATUS_CHART]]);
    // The scorecard's own columns are written in the same refresh: validate, checks, summary's charts, writes.
    expect(excel.writes.some((w) => w.sheet === "Scorecard" && w.address === "G2:G11")).toBe(true);
    expect(excel.syncs()).toBe(5);
  });

  test("a protected summary sheet of ours is reported and nothing is written", async () => {
    const old: MockSheet = { name: "Partnership Summary", address: "A1", values: [[SUMMARY_MARK_LINE]], protected: true };
    const excel = mockExcel([scorecardSheet(4), old]);
    const findings = await validateAndRefresh(excel, MODERN);
    expect(findings).toEqual([expect.objectContaining({ severity: "error", sheet: "Partnership Summary", message: expect.stringMatching(/is protected, so the refresh cannot rewrite it/) })]);
    expect(excel.writes).toEqual([]);
    expect(excel.cleared).toEqual([]);
  });

  test("a protected workbook structure does not stop a refresh that adds no sheet", async () => {
    const old: MockSheet = { name: "Partnership Summary", address: "A1", values: [[SUMMARY_MARK_LINE]] };
    const excel = mockExcel([scorecardSheet(4), old], { workbookProtected: true });
    expect(await validateAndRefresh(excel, MODERN)).toEqual([]);
    expect(excel.added).toEqual([]);
  });

  test("without ExcelApi 1.7 the chart still shows each status in its colour (series fills are ExcelApi 1.1), numbered columns instead of names", async () => {
    const excel = mockExcel([scorecardSheet(10)]);
    expect(await validateAndRefresh(excel, BASELINE)).toEqual([]);
    expect(excel.charts).toHaveLength(1);
    expect(excel.charts[0].seriesColours).toEqual(["#C6EFCE", "#FFEB9C", "#FFC7CE"]);
    expect(excel.charts[0].categories).toBeNull();
  });

  test("a reporting period typed as a date on the Settings sheet is read as its quarter, as it is from a file", async () => {
    const settings: MockSheet = { name: "Settings", address: "A1:B1", values: [["Reporting period", 39904]], numberFormat: [["General", "dd/mm/yyyy"]] };
    const analysis = analyse(await readWorkbookGrids(mockExcel([scorecardSheet(3), settings]).context));
    expect(analysis.reportingPeriod).toEqual({ kind: "quarter", year: 2009, quarter: 1 });
    expect(analysis.findings.filter((f) => f.sheet === "Settings")).toEqual([]);
  });

  test("in Excel as from a file, a Status cell inside an officer's merged note is an error naming it, and the refresh is refused", async () => {
    const sheet: MockSheet = {
      name: "Scorecard",
      address: "A1:I3",
      values: [
        ["Ref", "Indicator", "Thematic partnership", "Polarity", "Baseline", "Target 2009/10", "Actual 2009/10", "Notes", "Status"],
        ["NI 195", "Street cleanliness", "Cleaner Greener", "Lower", 0.12, 0.1, 0.08, "ok", "Green"],
        ["NI 186", "CO2 per capita", "Cleaner Greener", "Higher", 0.02, 0.1, 0.05, "Note merged over Status", ""],
      ],
      merges: ["H3:I3"],
    };
    const analysis = analyse(await readWorkbookGrids(mockExcel([sheet]).context, MODERN));
    expect(analysis.findings).toContainEqual(expect.objectContaining({ severity: "error", sheet: "Scorecard", cell: "I3", message: expect.stringContaining("H3:I3") }));
  });

  test("a protected scorecard sheet gives a finding in plain words and nothing is written", async () => {
    const excel = mockExcel([scorecardSheet(5, { protected: true })]);
    const findings = await validateAndRefresh(excel);
    expect(findings).toEqual([
      expect.objectContaining({ severity: "error", sheet: "Scorecard", cell: "G1", message: expect.stringContaining("is protected") }),
    ]);
    expect(excel.writes).toEqual([]);
    expect(excel.added).toEqual([]);
  });

  test("a protected workbook structure is reported before the summary sheet is touched", async () => {
    const excel = mockExcel([scorecardSheet(5)], { workbookProtected: true });
    const findings = await validateAndRefresh(excel, MODERN);
    expect(findings[0].message).toMatch(/structure is protected/);
    expect(excel.writes).toEqual([]);
    expect(excel.deleted).toEqual([]);
  });

  test("a cell being edited gives a finding telling the user to press Enter or Esc, never a crash", async () => {
    const excel = mockExcel([scorecardSheet(3)]);
    const analysis = analyse(await readWorkbookGrids(excel.context));
    const sync = excel.context.sync.bind(excel.context);
    let calls = 0;
    excel.context.sync = async () => {
      if (++calls === 2) throw Object.assign(new Error("RichApi.Error"), { code: "InvalidOperationInCellEditMode" });
      return sync();
    };
    const findings = await applyRefresh(excel.context, planRefresh(analysis));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/finish editing a cell\. Press Enter or Esc/);
  });

  test.each([10, 10_000])("validate + refresh of %i indicators takes 4 round trips, merged areas and hidden columns read included", async (n) => {
    const excel = mockExcel([scorecardSheet(n)]);
    expect(await validateAndRefresh(excel, MODERN)).toEqual([]);
    expect(excel.mergesAsked()).toBeGreaterThan(0);
    expect(excel.columnsAsked()).toBeGreaterThan(0);
    expect(excel.syncs()).toBe(4);
  });

  test.each([10, 10_000])("with the columns after a table of %i indicators hidden, the warning comes in the same 4 round trips", async (n) => {
    const excel = mockExcel([scorecardSheet(n, { hiddenColumns: ["G:XFD"] })]);
    const analysis = analyse(await readWorkbookGrids(excel.context, MODERN));
    expect(analysis.findings).toEqual([expect.objectContaining({ code: "own-column-hidden", severity: "warning", sheet: "Scorecard", cell: "G1" })]);
    expect(await applyRefresh(excel.context, planRefresh(analysis), MODERN)).toEqual([]);
    expect(excel.syncs()).toBe(4);
  });

  test("a split refresh that Excel refuses part-way says which rows were already written", async () => {
    const excel = mockExcel([scorecardSheet(1000)]);
    const analysis = analyse(await readWorkbookGrids(excel.context));
    const plan = planRefresh(analysis);
    expect(rowSlices(plan.columns, 20_000).length).toBeGreaterThan(2);
    const sync = excel.context.sync.bind(excel.context);
    let calls = 0;
    excel.context.sync = async () => {
      // 1: the checks; 2: the summary and the first rows; 3: refused.
      if (++calls === 3) throw Object.assign(new Error("RichApi.Error"), { code: "RequestPayloadSizeLimitExceeded" });
      return sync();
    };
    const [finding] = await applyRefresh(excel.context, plan, BASELINE, 20_000);
    const firstSlice = rowSlices(plan.columns, 20_000)[0];
    expect(finding.message).toMatch(/too large for Excel on the web/);
    expect(finding.hint).toBe(`The summary sheet and rows 2 to ${firstSlice.to + 1} of Scorecard were refreshed before Excel refused the rest. Fix the cause and refresh again to write the rest.`);
  });

  test("split writes (past the request limit) land in the right rows, each row once, and each header once", async () => {
    const excel = mockExcel([scorecardSheet(1000)]);
    const plan = planRefresh(analyse(await readWorkbookGrids(excel.context)));
    const slices = rowSlices(plan.columns, 20_000);
    expect(slices.length).toBeGreaterThan(2);
    expect(await applyRefresh(excel.context, plan, BASELINE, 20_000)).toEqual([]);
    const expected = ["Green", "Amber", "Red"];
    for (const column of plan.columns) {
      const letter = columnLetters(column.column);
      const onColumn = excel.writes.filter((w) => w.sheet === "Scorecard" && w.target.values !== undefined && w.address.startsWith(letter));
      expect(onColumn.filter((w) => w.address === `${letter}1`).map((w) => w.target.values)).toEqual([[[column.name]]]);
      // The value writes tile rows 2 to 1001 exactly: no gap, no overlap, in order.
      const blocks = onColumn.filter((w) => w.address.includes(":")).map((w) => {
        const [from, to] = w.address.split(":").map((x) => parseA1(x).row);
        return { from, to, values: w.target.values as unknown[][] };
      });
      expect(blocks.length).toBe(slices.length);
      let next = 2;
      for (const b of blocks.sort((x, y) => x.from - y.from)) {
        expect(b.from).toBe(next);
        expect(b.values).toHaveLength(b.to - b.from + 1);
        next = b.to + 1;
      }
      expect(next).toBe(1002);
      if (column.name === "Status") {
        const statuses = blocks.flatMap((b) => b.values.map((v) => v[0]));
        expect(statuses).toEqual(Array.from({ length: 1000 }, (_, i) => expected[i % 3]));
      }
    }
  });

  test("writes are split into more requests only past the request budget", () => {
    const plan = planRefresh(analyse({ sheets: [{ name: "Scorecard", values: scorecardSheet(1000).values as never }] }));
    expect(rowSlices(plan.columns, 4_000_000)).toEqual([{ from: 0, to: 1000 }]);
    const small = rowSlices(plan.columns, 20_000);
    expect(small.length).toBeGreaterThan(1);
    expect(small[0].from).toBe(0);
    expect(small[small.length - 1].to).toBe(1000);
  });
});
