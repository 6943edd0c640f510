import { analyse } from "../../src/engine";
import { readAs } from "../../src/columns";
import { CellValue, SheetGrid } from "../../src/grid";
import { formatPeriod } from "../../src/periods";
import { at, book, sheet, warnings } from "./grids";

// Every column accounted for (issue 16, items 1 and 2): scorecards laid out the ways councils lay
// them out. Each test book is rated, and the status AND the period it is rated at are checked, with
// the column map's reading of the columns; a column not understood is a warning at its header cell.
// In each book the later figure (Q2: 105 against a target of 100, Green) and the earlier one (Q1: 80,
// Red) differ, so a column dropped or misdated gives another status or period.

const SETTINGS_Q2 = sheet("Settings", [["Setting", "Value"], ["Reporting period", "Q2 2009/10"]]);

function rated(scorecard: SheetGrid, ...others: SheetGrid[]) {
  const a = analyse(book(scorecard, ...others));
  const rating = a.indicators[0];
  return {
    analysis: a,
    status: rating?.status,
    asAt: rating?.asAt ? formatPeriod(rating.asAt) : null,
    target: rating?.target ? formatPeriod(rating.target.period) : null,
    map: Object.fromEntries((a.scorecard?.columns ?? []).map((c) => [c.letter, readAs(c.reading)])),
  };
}

const scorecard = (rows: CellValue[][], merges?: string[]): SheetGrid => ({ ...sheet("Scorecard", rows), ...(merges ? { merges } : {}) });

describe("Two header rows", () => {
  test("a year merged above its quarters, in the row above Ref and Indicator: Q2 is Q2 2009/10", () => {
    const r = rated(scorecard([
      ["", "", "", "", "2009/10", "", "", ""],
      ["Ref", "Indicator", "Partnership", "Polarity", "Target", "Q1", "Q2", "Q3"],
      ["L1", "Jobs", "Economy", "Higher", 100, 80, 105, null],
    ], ["E1:H1"]));
    expect(r.map).toMatchObject({ E: "Target, 2009/10", F: "Actual, Q1 2009/10", G: "Actual, Q2 2009/10", H: "Actual, Q3 2009/10" });
    expect([r.status, r.asAt, r.target]).toEqual(["Green", "Q2 2009/10", "2009/10"]);
    expect(warnings(r.analysis.findings).filter((f) => f.code === "unreadable-period")).toEqual([]);
  });

  test("a year typed once (not merged) above its quarters stands for them until the next text above", () => {
    const r = rated(scorecard([
      ["", "", "", "", "2009/10", "", "", "2010/11"],
      ["Ref", "Indicator", "Partnership", "Polarity", "Target", "Q1", "Q2", "Q1"],
      ["L1", "Jobs", "Economy", "Higher", 100, 80, 105, null],
    ]));
    expect(r.map).toMatchObject({ F: "Actual, Q1 2009/10", G: "Actual, Q2 2009/10", H: "Actual, Q1 2010/11" });
    expect([r.status, r.asAt]).toEqual(["Green", "Q2 2009/10"]);
  });

  test("Ref and Indicator merged down two rows, the year merged over Target | Actual pairs, the pairs in the row below", () => {
    const r = rated(scorecard([
      ["Ref", "Indicator", "Partnership", "Polarity", "2008/09", "", "2009/10", ""],
      ["", "", "", "", "Target", "Actual", "Target", "Actual"],
      ["L1", "Jobs", "Economy", "Higher", 90, 95, 100, 80],
    ], ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:H1"]));
    expect(r.map).toMatchObject({ E: "Target, 2008/09", F: "Actual, 2008/09", G: "Target, 2009/10", H: "Actual, 2009/10" });
    // Read as one row, the pairs had no period and 2009/10's 80 was never rated: it was Green on 2008/09's 95.
    expect([r.status, r.asAt, r.target]).toEqual(["Red", "2009/10", "2009/10"]);
    expect(r.analysis.scorecard!.columns!.find((c) => c.letter === "H")).toMatchObject({ header: "2009/10 / Actual", cell: "H2" });
  });

  test("a year typed once (not merged) in the Ref row, over Target | Actual pairs in the row below", () => {
    const r = rated(scorecard([
      ["Ref", "Indicator", "Partnership", "Polarity", "2008/09", "", "2009/10", "", "Comments"],
      ["", "", "", "", "Target", "Actual", "Target", "Actual", ""],
      ["L1", "Jobs", "Economy", "Higher", 90, 95, 100, 80, "Behind"],
    ]));
    expect(r.map).toMatchObject({ E: "Target, 2008/09", F: "Actual, 2008/09", G: "Target, 2009/10", H: "Actual, 2009/10", I: "ignored: commentary" });
    expect([r.status, r.asAt, r.target]).toEqual(["Red", "2009/10", "2009/10"]);
  });

  test("quarters by their months under the year: Q1 (Apr-Jun) and Jul-Sep", () => {
    const r = rated(scorecard([
      ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "2009/10", ""],
      ["", "", "", "", "", "Q1 (Apr-Jun)", "Jul-Sep"],
      ["L1", "Jobs", "Economy", "Higher", 100, 80, 105],
    ], ["F1:G1"]));
    expect(r.map).toMatchObject({ F: "Actual, Q1 2009/10", G: "Actual, Q2 2009/10" });
    expect([r.status, r.asAt]).toEqual(["Green", "Q2 2009/10"]);
  });
});

describe("Quarters named by their months", () => {
  test.each([
    ["Apr-Jun 09", "Actual, Q1 2009/10"],
    ["Jul-Sep 09", "Actual, Q2 2009/10"],
    ["Oct - Dec 2009", "Actual, Q3 2009/10"],
    ["Jan-Mar 10", "Actual, Q4 2009/10"],
    ["April to June 2009", "Actual, Q1 2009/10"],
    ["Actual Jul-Sep 2009", "Actual, Q2 2009/10"],
    ["Q2 (Jul-Sep) 2009/10", "Actual, Q2 2009/10"],
    ["Apr-Sep 09", "Actual, Q2 2009/10 (year to date)"],
    ["Apr 09 - Mar 10", "Actual, 2009/10"],
  ])("%j is read as %s", (header, reading) => {
    const r = rated(scorecard([["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", header], ["L1", "Jobs", "Economy", "Higher", 100, 105]]));
    expect(r.map.F).toBe(reading);
  });

  test("Apr-Jun 09 and Jul-Sep 09 side by side: rated on Jul-Sep, Q2", () => {
    const r = rated(scorecard([
      ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Apr-Jun 09", "Jul-Sep 09"],
      ["L1", "Jobs", "Economy", "Higher", 100, 80, 105],
    ]));
    expect([r.status, r.asAt]).toEqual(["Green", "Q2 2009/10"]);
  });

  test.each([
    ["Apr-Jun", "F1", "no year"],
    ["Q2", "F1", "no year"],
    ["Jul-Dec 09", "F1", "neither a quarter"],
    // The warning says what is wrong: the quarter and its months disagree, not that no period is there.
    ["Q2 (Apr-Jun) 2009/10", "F1", "names a quarter and months that disagree"],
  ])("%j cannot be dated: a warning at its header cell, and the column is not read", (header, cell, words) => {
    const r = rated(scorecard([["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", header, "Q1 2009/10"], ["L1", "Jobs", "Economy", "Higher", 100, 105, 80]]));
    const found = at(r.analysis.findings, "Scorecard", cell.replace("F1", "F1"));
    expect(found).toEqual([expect.objectContaining({ code: "unreadable-period" })]);
    if (words !== "no year") expect(found[0].message).toContain(words);
    expect(r.map.F).toBe("not understood");
    expect([r.status, r.asAt]).toEqual(["Red", "Q1 2009/10"]);
  });
});

describe("Year-to-date and part-year columns", () => {
  test("Actual YTD 2009/10 at a Q2 reporting period is the Q2 position, year to date, not the year's outturn", () => {
    const r = rated(scorecard([
      ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Q1 2009/10", "Actual YTD 2009/10"],
      ["L1", "Jobs", "Economy", "Higher", 100, 80, 105],
    ]), SETTINGS_Q2);
    expect(r.map.G).toBe("Actual, Q2 2009/10 (year to date)");
    expect([r.status, r.asAt]).toEqual(["Green", "Q2 2009/10"]);
    expect(r.analysis.indicators[0].latest).toMatchObject({ value: 105, cell: "G2", yearToDate: true });
  });

  test.each([["Half year 2009/10"], ["H1 2009/10"], ["Mid-year 2009/10"], ["6 months 2009/10"], ["YTD Q2 2009/10"]])(
    "%j is the year to date at Q2",
    (header) => {
      const r = rated(scorecard([["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Q1 2009/10", header], ["L1", "Jobs", "Economy", "Higher", 100, 80, 105]]));
      expect(r.map.G).toBe("Actual, Q2 2009/10 (year to date)");
      expect([r.status, r.asAt]).toEqual(["Green", "Q2 2009/10"]);
    },
  );

  test("a year-to-date column with nothing saying up to which quarter is a warning, never the year's outturn", () => {
    const r = rated(scorecard([
      ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Q1 2009/10", "Actual YTD 2009/10"],
      ["L1", "Jobs", "Economy", "Higher", 100, 80, 105],
    ]));
    expect(at(r.analysis.findings, "Scorecard", "G1")).toEqual([expect.objectContaining({ code: "unreadable-period", message: expect.stringContaining("up to which quarter") })]);
    expect([r.status, r.asAt]).toEqual(["Red", "Q1 2009/10"]);
  });

  test("the second half of a year is a warning: it is neither a quarter's figure nor the year to date", () => {
    const r = rated(scorecard([["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "H2 2009/10"], ["L1", "Jobs", "Economy", "Higher", 100, 105]]));
    expect(at(r.analysis.findings, "Scorecard", "F1")).toEqual([expect.objectContaining({ code: "unreadable-period", message: expect.stringContaining("second half") })]);
  });
});

describe("Other words for actuals and targets", () => {
  test.each([["Performance 2009/10"], ["Outturn 2009/10"], ["Result 2009/10"], ["Achieved 2009/10"], ["Achievement 2009/10"], ["2009/10 Out-turn"]])(
    "%j holds the actuals for 2009/10",
    (header) => {
      const r = rated(scorecard([["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", header], ["L1", "Jobs", "Economy", "Higher", 100, 80]]));
      expect(r.map.F).toBe("Actual, 2009/10");
      expect([r.status, r.asAt]).toEqual(["Red", "2009/10"]);
    },
  );

  test.each([["Trajectory 2009/10"], ["Aim 2009/10"], ["Tgt 09/10"]])("%j holds the targets for 2009/10", (header) => {
    const r = rated(scorecard([["Ref", "Indicator", "Partnership", "Polarity", header, "Actual 2009/10"], ["L1", "Jobs", "Economy", "Higher", 100, 105]]));
    expect(r.map.E).toBe("Target, 2009/10");
    expect([r.status, r.target]).toEqual(["Green", "2009/10"]);
  });

  test("Performance with no period is a warning at its header cell, never silence", () => {
    const r = rated(scorecard([["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Performance"], ["L1", "Jobs", "Economy", "Higher", 100, 105]]));
    expect(at(r.analysis.findings, "Scorecard", "F1")).toEqual([expect.objectContaining({ code: "unreadable-period" })]);
    expect(r.status).toBe("No data");
  });
});

describe("Every column accounted for", () => {
  const rows: CellValue[][] = [
    ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Q2 2009/10", "RAG", "Comments", "Notes", "Forecast 2009/10", "Weighting", "Lead agency", "", "Status"],
    ["L1", "Jobs", "Economy", "Higher", 100, 105, "G", "On track", "", 110, 3, "JobCentre Plus", 7, "Green"],
  ];

  test("each column is read, ignored with its reason, or not understood", () => {
    const r = rated(scorecard(rows));
    expect(r.map).toEqual({
      A: "Ref", B: "Indicator", C: "Thematic partnership", D: "Polarity", E: "Target, 2009/10", F: "Actual, Q2 2009/10",
      G: "ignored: a RAG or status column of your own", H: "ignored: commentary", I: "ignored: notes",
      J: "ignored: a forecast, nobody's actual yet", K: "not understood", L: "ignored: not a column the reader uses",
      M: "not understood", N: "Status (written by a refresh)",
    });
  });

  test("a column of figures under a header the reader does not know, or under none, is a warning at its header cell", () => {
    const r = rated(scorecard(rows));
    expect(at(r.analysis.findings, "Scorecard", "K1")).toEqual([expect.objectContaining({ code: "column-not-understood", severity: "warning", message: expect.stringContaining("Weighting") })]);
    expect(at(r.analysis.findings, "Scorecard", "M1")).toEqual([expect.objectContaining({ code: "column-not-understood", message: expect.stringContaining("no header") })]);
    // Columns deliberately ignored are said so in the map, with no warning.
    for (const cell of ["G1", "H1", "I1", "J1", "L1"]) expect(at(r.analysis.findings, "Scorecard", cell)).toEqual([]);
  });

  test("a row number column (No, #, Rank) is ignored as such, with no warning", () => {
    const r = rated(scorecard([["No", "Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Actual 2009/10", "#"], [1, "L1", "Jobs", "Economy", "Higher", 100, 105, 1]]));
    expect(r.map).toMatchObject({ A: "ignored: numbers the rows", H: "ignored: numbers the rows" });
    expect(r.analysis.findings).toEqual([]);
    expect([r.status, r.asAt]).toEqual(["Green", "2009/10"]);
  });

  test("a column that another for the same figure replaces says so in the map", () => {
    const r = rated(scorecard([
      ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Revised target 2009/10", "Q2 2009/10"],
      ["L1", "Jobs", "Economy", "Higher", 100, 110, 105],
    ]));
    const accounts = r.analysis.scorecard!.columns!;
    expect(accounts.find((c) => c.letter === "E")!.note).toBe("read only where F is blank");
    expect(r.status).toBe("Amber");
  });
});

describe("The Columns table on the Settings sheet", () => {
  const cards = scorecard([
    ["Ref", "Indicator", "Partnership", "Polarity", "Goal for year", "Period 1", "Period 2", "Weighting"],
    ["L1", "Jobs", "Economy", "Higher", 100, 80, 105, 3],
  ]);
  const settings = sheet("Settings", [
    ["Setting", "Value"],
    ["Reporting period", "Q2 2009/10"],
    [],
    ["Columns", "Read as"],
    ["Period 1", "Actual Q1 2009/10"],
    ["G", "Actual Q2 2009/10"],
    ["Goal for year = Target 2009/10"],
    ["Weighting", "Ignore"],
  ]);

  test("is obeyed before the reader's own rules: the columns it names are read as it says", () => {
    const r = rated(cards, settings);
    expect(r.map).toMatchObject({ E: "Target, 2009/10", F: "Actual, Q1 2009/10", G: "Actual, Q2 2009/10", H: "ignored: the Columns table in Settings says so" });
    expect([r.status, r.asAt, r.target]).toEqual(["Green", "Q2 2009/10", "2009/10"]);
    expect(r.analysis.findings).toEqual([]);
    expect(r.analysis.scorecard!.columns!.every((c) => c.letter < "E" || c.told)).toBe(true);
  });

  test("an entry naming a column that is not there, or saying what cannot be read, is a warning at its cell", () => {
    const r = rated(cards, sheet("Settings", [
      ["Columns", "Read as"],
      ["Period 3", "Actual Q3 2009/10"],
      ["ZZ", "Actual Q3 2009/10"],
      ["Period 2", "the good one"],
    ]));
    expect(at(r.analysis.findings, "Settings", "A2")).toEqual([expect.objectContaining({ code: "columns-table-no-such-column", message: expect.stringContaining("Period 3") })]);
    expect(at(r.analysis.findings, "Settings", "A3")).toEqual([expect.objectContaining({ code: "columns-table-no-such-column" })]);
    expect(at(r.analysis.findings, "Settings", "B4")).toEqual([expect.objectContaining({ code: "columns-table-unreadable", message: expect.stringContaining("the good one") })]);
    expect(r.analysis.findings.filter((f) => f.code === "unknown-setting")).toEqual([]);
  });

  test("an entry typed as a date cell names the column whose header is that date", () => {
    const june = new Date(Date.UTC(2009, 5, 30));
    const r = rated(scorecard([
      ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", june, "Q2 2009/10"],
      ["L1", "Jobs", "Economy", "Higher", 100, 80, 105],
    ]), sheet("Settings", [["Reporting period", "Q2 2009/10"], [], ["Columns", "Read as"], [june, "Ignore"]]));
    expect(r.map).toMatchObject({ F: "ignored: the Columns table in Settings says so" });
    expect(r.analysis.findings.filter((f) => f.code?.startsWith("columns-table"))).toEqual([]);
  });

  test("a header several columns share is not guessed: a warning, and the letter is asked for", () => {
    const r = rated(scorecard([
      ["", "", "", "", "2009/10", "", "2010/11", ""],
      ["Ref", "Indicator", "Partnership", "Polarity", "Target", "Period 2", "Target", "Period 2"],
      ["L1", "Jobs", "Economy", "Higher", 100, 105, 110, null],
    ], ["E1:F1", "G1:H1"]), sheet("Settings", [["Columns"], ["Period 2", "Actual Q2 2009/10"]]));
    expect(at(r.analysis.findings, "Settings", "A2")).toEqual([expect.objectContaining({ code: "columns-table-two-columns", message: expect.stringContaining("F, H") })]);
  });
});
