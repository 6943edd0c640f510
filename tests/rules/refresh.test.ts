import { SUMMARY_MARK, SUMMARY_MARK_LINE } from "../../src/keys";
import { STATUS_FILL } from "../../src/colours";
import { Analysis, IndicatorRating, PartnershipRating } from "../../src/model";
import { checkSummarySheet, planRefresh } from "../../src/refresh";
import { CellWrite } from "../../src/refresh-plan";
import { ratePartnerships } from "../../src/rollup";
import { indicator, p, rating, scorecard, settings } from "./factory";

// Worked examples of "What a refresh writes, and nothing else".

describe("summary sheet protection", () => {
  const book = (name: string, a1: string | null) => ({ sheets: [{ name: "Scorecard", values: [["Ref"]] }, { name, values: [[a1]] }] });

  it("an existing Partnership Summary without our mark is the user's: an error naming it", () => {
    const findings = checkSummarySheet(book("partnership_summary", "My own summary"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", sheet: "partnership_summary", cell: "A1" });
    expect(findings[0].message).toContain("partnership_summary");
  });

  it("an empty first cell is no mark either", () => {
    expect(checkSummarySheet(book("Partnership Summary", null))).toHaveLength(1);
  });

  it("our own summary sheet, or none, is fine", () => {
    expect(checkSummarySheet(book("Partnership Summary", SUMMARY_MARK_LINE))).toEqual([]);
    expect(checkSummarySheet(book("Summary notes", "anything"))).toEqual([]);
  });

  it.each([
    [`${SUMMARY_MARK}`],
    [`${SUMMARY_MARK}, then edited by hand for the board`],
    [`Notes: ${SUMMARY_MARK_LINE}`],
  ])("a user's sheet whose first cell merely contains the mark's words (%j) is the user's, not ours", (first) => {
    expect(checkSummarySheet(book("Partnership Summary", first))).toEqual([expect.objectContaining({ severity: "error", cell: "A1" })]);
  });
});

// Header on row 3, indicators on rows 4, 6 and 7; row 5 is a section heading.
const rows = [
  indicator({ ref: "NI 151", row: 4, partnership: "Economic Development" }),
  indicator({ ref: "NI 20", row: 6, partnership: "Safer Essex" }),
  indicator({ ref: "L18.1", row: 7, partnership: "Safer Essex" }),
];
const rated: IndicatorRating[] = [
  rating({ indicator: rows[0], status: "Green", direction: "Improving", improvement: 1.2, asAt: p("Q2 2009/10") }),
  rating({ indicator: rows[1], status: "Red", direction: "Worsening", improvement: null, asAt: p("2008/09") }),
  rating({ indicator: rows[2], status: "No data" }),
];

function analysis(ownColumns = {}, area: string | null = "Essex"): Analysis {
  const card = scorecard({
    headerRow: 3,
    lastColumn: 12,
    ownColumns,
    indicators: rows,
    partnerships: [{ name: "Safer Essex", lead: "Alan Dawkes", deputy: null }],
    settings: settings({ area }),
  });
  return {
    findings: [],
    scorecard: card,
    reportingPeriod: p("Q2 2009/10"),
    indicators: rated,
    partnerships: ratePartnerships(rated, card),
    papers: { commentary: [], meeting: null, attendance: [], agenda: [], actions: [], forwardPlan: [] },
  };
}

describe("the plan's own columns in the scorecard sheet", () => {
  it("appends Status, Direction of travel, Planned improvement achieved, Status as at after the last used column", () => {
    const plan = planRefresh(analysis());
    expect(plan.sheet).toBe("Scorecard");
    expect(plan.columns.map((c) => [c.name, c.column, c.writeHeader, c.headerRow])).toEqual([
      ["Status", 13, true, 3],
      ["Direction of travel", 14, true, 3],
      ["Planned improvement achieved", 15, true, 3],
      ["Status as at", 16, true, 3],
    ]);
  });

  it("reuses own columns found by header and appends only the missing ones", () => {
    const plan = planRefresh(analysis({ Status: 5, "Status as at": 9 }));
    expect(plan.columns.map((c) => [c.name, c.column, c.writeHeader])).toEqual([
      ["Status", 5, false],
      ["Direction of travel", 13, true],
      ["Planned improvement achieved", 14, true],
      ["Status as at", 9, false],
    ]);
  });

  it("writes one cell per indicator row and leaves the section row between them untouched", () => {
    const status = planRefresh(analysis()).columns[0];
    expect(status.firstRow).toBe(4);
    expect(status.cells).toHaveLength(4);
    expect(status.cells[1]).toBeNull();
    expect(status.cells.map((c) => c?.value ?? null)).toEqual(["Green", null, "Red", "No data"]);
  });

  it("fills Status cells in their colour, grey for No data", () => {
    const fills = planRefresh(analysis()).columns[0].cells.map((c) => c?.fill);
    expect(fills).toEqual([STATUS_FILL.Green, undefined, STATUS_FILL.Red, STATUS_FILL["No data"]]);
  });

  it("writes direction as words, improvement as a percentage (blank when unknown), status as at as a period", () => {
    const [, direction, improvement, asAt] = planRefresh(analysis()).columns;
    expect(direction.cells.map((c) => c?.value)).toEqual(["Improving", undefined, "Worsening", "n/a"]);
    expect(improvement.cells[0]).toEqual({ value: 1.2, numFmt: "0%" });
    // A blank is written, not skipped, so last quarter's figure does not linger.
    expect(improvement.cells[2]).toEqual({ value: null, numFmt: "0%" });
    expect(asAt.cells.map((c) => c?.value)).toEqual(["Q2 2009/10", undefined, "2008/09", null]);
  });
});

describe("the plan's Partnership Summary sheet", () => {
  const summary = planRefresh(analysis()).summary;
  const values = (row: (CellWrite | null)[] | undefined) => (row ?? []).map((c) => c?.value ?? null);
  const header = summary.rows[summary.headerRow - 1];
  const column = (name: string) => header.findIndex((c) => c?.value === name);

  it("marks its first cell as generated and says it is rebuilt on every refresh", () => {
    expect(summary.sheet).toBe("Partnership Summary");
    expect(String(summary.rows[0][0]?.value)).toMatch(new RegExp(`^${SUMMARY_MARK}.*rebuilt on every refresh`));
  });

  it("titles the sheet with the area and the reporting period", () => {
    expect(values(summary.rows[1])).toEqual(["Essex LAA partnership summary, Q2 2009/10"]);
    expect(values(planRefresh(analysis({}, null)).summary.rows[1])).toEqual(["LAA partnership summary, Q2 2009/10"]);
  });

  it("has the header row and one row per partnership, Partnerships sheet first", () => {
    expect(values(header)).toEqual([
      "Partnership", "Lead", "Deputy", "Indicators", "Green", "Amber", "Red", "No data", "No target",
      "% on target", "Overall status", "PRG at stake", "PRG at risk",
    ]);
    expect(summary.partnershipRows).toBe(2);
    const safer = summary.rows[summary.headerRow];
    expect(values(safer)).toEqual(["Safer Essex", "Alan Dawkes", null, 2, 0, 0, 1, 1, 0, 0, "Red", 0, 0]);
    expect(values(summary.rows[summary.headerRow + 1]).slice(0, 4)).toEqual(["Economic Development", null, null, 1]);
  });

  it("fills the overall status in its colour and formats % on target and money", () => {
    const safer = summary.rows[summary.headerRow];
    expect(safer[column("Overall status")]?.fill).toBe(STATUS_FILL.Red);
    expect(safer[column("% on target")]?.numFmt).toBe("0%");
    expect(safer[column("PRG at stake")]?.numFmt).toBe('"£"#,##0');
    expect(safer[column("PRG at risk")]?.numFmt).toBe('"£"#,##0');
  });

  it("adds a total row for the whole area, rated by the same thresholds", () => {
    const total = summary.rows[summary.headerRow + 2];
    expect(values(total)).toEqual(["All partnerships", null, null, 3, 1, 0, 1, 1, 0, 0.5, "Red", 0, 0]);
  });

  it("sizes a column per header and is the same plan every time for the same book", () => {
    expect(summary.columnWidths).toHaveLength(13);
    expect(summary.columnWidths[0]).toBeGreaterThanOrEqual("Economic Development".length);
    expect(planRefresh(analysis())).toEqual(planRefresh(analysis()));
  });

  it("leaves % on target blank for a partnership with nothing rated", () => {
    const noneRated: PartnershipRating[] = ratePartnerships([rated[2]], scorecard());
    const plan = planRefresh({ ...analysis(), partnerships: noneRated });
    const row = plan.summary.rows[plan.summary.headerRow];
    expect(row[column("% on target")]).toBeNull();
    expect(row[column("Overall status")]).toMatchObject({ value: "No data", fill: STATUS_FILL["No data"] });
  });
});
