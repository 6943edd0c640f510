import { readScorecard } from "../../src/read/scorecard";
import { at, book, errors, scorecard, sheet, warnings } from "./grids";

// Each validation rule of the workbook spec, with the cell the finding must name.

describe("Validation errors", () => {
  test("no scorecard sheet or header row: says which headers were looked for", () => {
    const read = readScorecard(book(sheet("Sheet1", [["Name", "Value"], ["a", 1]])));
    expect(read.scorecard).toBeNull();
    expect(read.findings).toHaveLength(1);
    const f = read.findings[0];
    expect(f).toMatchObject({ severity: "error", sheet: "Sheet1", cell: "A1" });
    expect(f.message).toMatch(/Ref/);
    expect(f.message).toMatch(/NI ref/);
    expect(f.message).toMatch(/Indicator/);
    expect(f.hint).toBeTruthy();
  });

  test("a Scorecard sheet without a header row: the error names the sheet and its top rows", () => {
    const read = readScorecard(book(sheet("Scorecard", [["Essex LAA"], ["Code", "Name", "Theme"]])));
    expect(read.scorecard).toBeNull();
    expect(read.findings[0]).toMatchObject({ severity: "error", sheet: "Scorecard", cell: "A1:C20" });
    expect(read.findings[0].message).toMatch(/header row/);
  });

  test("a required column missing (Thematic partnership): error at the header row", () => {
    const read = readScorecard(book(sheet("Scorecard", [["Ref", "Indicator", "Polarity"], ["NI 16", "Crime", "Lower"]])));
    expect(errors(read.findings)).toEqual([expect.objectContaining({ sheet: "Scorecard", cell: "D1" })]);
    expect(errors(read.findings)[0].message).toMatch(/partnership/i);
  });

  test("a duplicated Ref names both cells, even written differently (NI 16 and ni16)", () => {
    const read = readScorecard(book(scorecard([["NI 16", "Crime", "Safer"], ["L1", "Local", "Safer", "Up"], ["ni16", "Crime again", "Safer"]])));
    const dup = at(read.findings, "Scorecard", "A4");
    expect(dup).toHaveLength(1);
    expect(dup[0].severity).toBe("error");
    expect(dup[0].message).toContain("A2");
    expect(dup[0].message).toContain("A4");
  });

  test("the Refs' errors: every repeated Ref first, then every Ref nobody would recognise, each in row order", () => {
    const read = readScorecard(book(scorecard([
      ["NI 999", "Made up", "Safer", "Up"], ["NI 16", "Crime", "Safer"], ["Crime-1", "Local", "Safer", "Up"],
      ["NI 16", "Crime again", "Safer"], ["NI 999", "Made up again", "Safer", "Up"],
    ])));
    const refs = read.findings.filter((f) => ["duplicate-ref", "ref-not-national", "ref-unrecognised"].includes(f.code!));
    expect(refs.map((f) => `${f.code} ${f.cell}`)).toEqual([
      "duplicate-ref A5", "duplicate-ref A6", "ref-not-national A2", "ref-unrecognised A4", "ref-not-national A6",
    ]);
  });

  test("a value that is not a number in a numeric column: error at its cell", () => {
    const read = readScorecard(book(scorecard([["NI 16", "Crime", "Safer", null, null, "about 40"]])));
    expect(at(read.findings, "Scorecard", "F2")).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringContaining("about 40") }),
    ]);
  });

  test("an Excel error value: error at its cell, naming the error", () => {
    const read = readScorecard(book(scorecard([["NI 16", "Crime", "Safer", null, { error: "#DIV/0!" }]])));
    expect(at(read.findings, "Scorecard", "E2")).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringContaining("#DIV/0!") }),
    ]);
  });

  test("a reward value that is not money is an error", () => {
    const read = readScorecard(book(scorecard([["L1", "Local", "Safer", "Up", "lots"]], ["Ref", "Indicator", "Theme", "Polarity", "PRG (£)"])));
    expect(errors(at(read.findings, "Scorecard", "E2"))).toHaveLength(1);
  });

  test("a polarity that cannot be read: error at the Polarity cell", () => {
    const read = readScorecard(book(scorecard([["L1", "Local", "Safer", "Sideways"]])));
    expect(at(read.findings, "Scorecard", "D2")).toEqual([expect.objectContaining({ severity: "error", message: expect.stringContaining("Sideways") })]);
  });

  test("no polarity for an indicator the catalogue does not know: error at the empty Polarity cell", () => {
    const read = readScorecard(book(scorecard([["L18.1", "Local target", "Safer", null]])));
    expect(at(read.findings, "Scorecard", "D2")).toEqual([expect.objectContaining({ severity: "error" })]);
  });

  test("no polarity and no Polarity column: error at the Ref, saying to add the column", () => {
    const read = readScorecard(book(sheet("Scorecard", [["Ref", "Indicator", "Theme"], ["L18.1", "Local target", "Safer"]])));
    const f = at(read.findings, "Scorecard", "A2");
    expect(f).toEqual([expect.objectContaining({ severity: "error" })]);
    expect(f[0].hint).toMatch(/Polarity column/);
  });

  test("a National Indicator whose catalogue polarity is banded still needs the row's polarity", () => {
    const read = readScorecard(book(scorecard([["NI 44", "Ethnic composition of offenders", "Safer", null]])));
    expect(errors(at(read.findings, "Scorecard", "D2"))).toHaveLength(1);
  });
});

describe("Validation warnings", () => {
  const headers = ["Ref", "Indicator", "Theme", "Polarity", "Target 2008/09", "Actual 2008/09", "Target 2009/10", "Actual Q1 2009/10"];

  test("no target for the reporting year: warning at the empty target cell of that year", () => {
    const read = readScorecard(
      book(scorecard([["NI 16", "Crime", "Safer", null, 20, 19, 18, 4.5], ["NI 15", "Violence", "Safer", null, 10, 9, "tbc", 2]], headers)),
    );
    const f = at(read.findings, "Scorecard", "G3");
    expect(f).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining("2009/10") })]);
    expect(at(read.findings, "Scorecard", "G2")).toEqual([]);
  });

  test("the reporting year comes from Settings when given there", () => {
    const read = readScorecard(
      book(scorecard([["NI 16", "Crime", "Safer", null, null, 19, 18, 4.5]], headers), sheet("Settings", [["Setting", "Value"], ["Reporting period", "2008/09"]])),
    );
    expect(at(read.findings, "Scorecard", "E2")).toEqual([expect.objectContaining({ severity: "warning" })]);
  });

  test("a partnership the Partnerships sheet does not list: one warning at its first cell", () => {
    const read = readScorecard(
      book(
        scorecard([["NI 16", "Crime", "Safer Communities"], ["NI 15", "Violence", "Safer communities"], ["NI 151", "Jobs", "Economy"], ["NI 152", "Benefits", "Economy"]]),
        sheet("Partnerships", [["Partnership", "Lead", "Deputy"], ["Safer Communities", "Ch Insp Smith", "J Jones"]]),
      ),
    );
    expect(at(read.findings, "Scorecard", "C4")).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining("Economy") })]);
    expect(at(read.findings, "Scorecard", "C5")).toEqual([]);
    expect(at(read.findings, "Scorecard", "C2")).toEqual([]);
    // Spelt as the Partnerships sheet spells it, so the roll-up counts them together.
    expect(read.scorecard!.indicators[1].partnership).toBe("Safer Communities");
  });

  test("without a Partnerships sheet no partnership is 'not listed'", () => {
    const read = readScorecard(book(scorecard([["NI 16", "Crime", "Anything"]])));
    expect(warnings(read.findings)).toEqual([]);
    expect(read.scorecard!.hasPartnershipsSheet).toBe(false);
  });

  test("a partnership without a lead: warning at its empty Lead cell", () => {
    const read = readScorecard(
      book(scorecard([["NI 16", "Crime", "Safer"]]), sheet("Partnerships", [["Partnership", "Lead", "Deputy"], ["Safer", null, "J Jones"]])),
    );
    expect(at(read.findings, "Partnerships", "B2")).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining("Safer") })]);
  });

  test("a percentage outside 0-100%: warning at the cell", () => {
    const read = readScorecard(book(scorecard([["NI 151", "Employment", "Economy", null, null, "72%", "120%"]])));
    expect(at(read.findings, "Scorecard", "G2")).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining("120%") })]);
  });

  test("a Target or Actual column whose period cannot be read: warning at its header, column ignored", () => {
    const read = readScorecard(book(scorecard([["NI 16", "Crime", "Safer", null, 20, 19, 18]], ["Ref", "Indicator", "Theme", "Polarity", "Target", "Actual 2009/10", "Target 2009/10"])));
    expect(at(read.findings, "Scorecard", "E1")).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(read.scorecard!.indicators[0].targets.map((t) => t.value)).toEqual([18]);
  });

  test("mixed percentage scales in one row (45 beside 0.45): warning naming both cells", () => {
    const read = readScorecard(book(scorecard([["NI 151", "Employment", "Economy", null, 45, 0.46, 47]], ["Ref", "Indicator", "Theme", "Polarity", "Target 2008/09", "Actual 2008/09", "Target 2009/10"])));
    const f = at(read.findings, "Scorecard", "F2");
    expect(f).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(f[0].message).toContain("G2");
    expect(read.scorecard!.indicators[0].actuals[0].value).toBeCloseTo(0.46);
    expect(read.scorecard!.indicators[0].targets[0].value).toBeCloseTo(0.45);
  });

  test("a Ref that is neither in the catalogue nor looks local: warning at the Ref", () => {
    const read = readScorecard(book(scorecard([["NI 999", "Made up", "Safer", "Up"], ["Crime target", "Made up", "Safer", "Up"], ["L18.1", "Local", "Safer", "Up"]])));
    expect(at(read.findings, "Scorecard", "A2")).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(at(read.findings, "Scorecard", "A3")).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(at(read.findings, "Scorecard", "A4")).toEqual([]);
  });

  test("a row with a title but no Ref: warning at the empty Ref cell, row not rated", () => {
    const read = readScorecard(book(scorecard([[null, "Crime", "Safer", "Lower"]])));
    expect(at(read.findings, "Scorecard", "A2")).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(read.scorecard!.indicators).toEqual([]);
  });

  test("every finding has a message and a hint in plain words", () => {
    const read = readScorecard(book(scorecard([["NI 16", "Crime", "Safer", "??", { error: "#REF!" }, "x"], ["NI 16", "Crime again", null]])));
    expect(read.findings.length).toBeGreaterThan(4);
    for (const f of read.findings) {
      expect(f.message).toMatch(/\w/);
      expect(f.hint).toMatch(/\w/);
      expect(f.message + f.hint).not.toMatch(/undefined|null|NaN|\[object/);
    }
  });
});

describe("Excel error values in text columns", () => {
  test("#N/A in the partnership cell is an error at that cell, not a silent blank", () => {
    const read = readScorecard(book(scorecard([["NI 16", "Crime", { error: "#N/A" }]])));
    expect(at(read.findings, "Scorecard", "C2")).toEqual([expect.objectContaining({ severity: "error", message: expect.stringContaining("#N/A") })]);
  });

  test("#REF! in the Ref cell is an error and the row is not read", () => {
    const read = readScorecard(book(scorecard([[{ error: "#REF!" }, "Crime", "Safer"]])));
    expect(errors(at(read.findings, "Scorecard", "A2"))).toHaveLength(1);
    expect(read.scorecard!.indicators).toEqual([]);
  });

  test("a date typed in a figure column is not a number, and the message shows the date plainly", () => {
    const read = readScorecard(book(scorecard([["NI 16", "Crime", "Safer", null, null, new Date(Date.UTC(2009, 2, 31))]])));
    expect(at(read.findings, "Scorecard", "F2")[0].message).toContain("2009-03-31");
  });
});

describe("No target for the reporting year, without a column for that year", () => {
  test("one warning at the header row, not one per indicator", () => {
    const headers = ["Ref", "Indicator", "Theme", "Polarity", "Target 2008/09", "Actual Q1 2009/10"];
    const read = readScorecard(book(scorecard([["NI 16", "Crime", "Safer", null, 20, 4.5], ["NI 15", "Violence", "Safer", null, 10, 2]], headers)));
    expect(warnings(read.findings)).toEqual([expect.objectContaining({ cell: "G1", message: expect.stringContaining("2009/10") })]);
  });
});
