import { readScorecard } from "../../src/read/scorecard";
import { at, book, errors, scorecard, sheet } from "./grids";

const only = (rows: Parameters<typeof scorecard>[0], headers?: string[]) => readScorecard(book(scorecard(rows, headers)));

describe("Sheets: finding the scorecard", () => {
  test("a sheet named LAA Scorecard (any case, spaces, dashes) is the scorecard even when not first", () => {
    const read = readScorecard(
      book(
        sheet("Cover", [["Ref", "Indicator"], ["x", "y"]]),
        sheet("laa-scorecard", [["Ref", "Indicator", "Theme"], ["NI 151", "Employment", "Economy"]]),
      ),
    );
    expect(read.scorecard?.sheet).toBe("laa-scorecard");
  });

  test("otherwise the first sheet whose header row has a Ref and an Indicator column", () => {
    const read = readScorecard(
      book(sheet("Notes", [["Read me"]]), sheet("LAA 2008-11", [["Ref", "Indicator", "Theme"], ["NI 151", "Employment", "Economy"]])),
    );
    expect(read.scorecard?.sheet).toBe("LAA 2008-11");
  });

  test("the header row is the first of the top 20 with Ref and Indicator; titles above are left alone", () => {
    const read = readScorecard(
      book(sheet("Scorecard", [["Essex LAA Scorecard, Quarter 2 2009/10"], [], ["Ref", "Indicator", "Theme"], ["NI 151", "Employment", "Economy"]])),
    );
    expect(read.scorecard?.headerRow).toBe(3);
    expect(read.scorecard?.indicators.map((i) => i.row)).toEqual([4]);
  });

  test("a header row below row 20 is not looked for", () => {
    const rows = [...Array.from({ length: 20 }, () => [] as string[]), ["Ref", "Indicator", "Theme"]];
    expect(readScorecard(book(sheet("Scorecard", rows))).scorecard).toBeNull();
  });
});

describe("Rows", () => {
  test("blank rows and headings (text in one cell only) are skipped", () => {
    const read = only([
      ["Priority 1: A safer Essex"],
      [],
      ["NI 16", "Serious acquisitive crime", "Safer", "Lower"],
      [null, "Children and young people"],
      ["NI 117", "16-18 NEET", "Children", "Lower"],
    ]);
    expect(read.scorecard!.indicators.map((i) => i.ref)).toEqual(["NI 16", "NI 117"]);
  });

  test("a heading across the Ref and Indicator cells (P1 | Reducing crime), with no partnership and no figure, is a heading", () => {
    // Older scorecards grouped by priority write the priority's number and name side by side.
    const read = only([
      ["P1", "Reducing crime and the fear of crime"],
      ["NI 16", "Serious acquisitive crime", "Safer", "Lower", 20, 18, 17.5],
      ["Priority 2", "Jobs and skills", null, null, null, "tbc"],
      ["NI 151", "Employment rate", "Economy", "Higher", 0.74, 0.75, 0.73],
    ]);
    expect(read.scorecard!.indicators.map((i) => i.ref)).toEqual(["NI 16", "NI 151"]);
    expect(read.findings).toEqual([]); // before: "P1 has no polarity" (an error) and no partnership
  });

  test("a heading's other cells are not checked as an indicator's: no finding for text under a figure column", () => {
    // The reader reports into the sheet's findings as it goes, and takes back what it said of a row that turns out a heading.
    const read = only([
      ["NI 16", "Serious acquisitive crime", "Safer", "Lower", 20, 18, 17.5],
      ["Priority 2", "Jobs and skills", null, "#", "see below", "n/k"],
      ["NI 151", "Employment rate", "Economy", "Higher", 0.74, 0.75, "about 73%"],
    ]);
    expect(read.scorecard!.indicators.map((i) => i.ref)).toEqual(["NI 16", "NI 151"]);
    expect(read.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["not-a-number G4"]);
  });

  test("Refs are kept as written and compared with spaces removed, case folded", () => {
    const read = only([[" l 18.1 ", "Local target", "Safer", "Up"]]);
    expect(read.scorecard!.indicators[0]).toMatchObject({ ref: "l 18.1", refKey: "L18.1" });
  });

  test("a bare number under an NI header is that National Indicator", () => {
    const read = readScorecard(book(sheet("Scorecard", [["NI", "Indicator", "Theme"], [151, "Employment", "Economy"]])));
    expect(read.scorecard!.indicators[0]).toMatchObject({ ref: "NI 151", refKey: "NI151", polarity: "higher" });
  });

  test("a Ref with no title takes its title from the catalogue", () => {
    const read = only([["NI 151", null, "Economy"]]);
    expect(read.scorecard!.indicators[0].title.toLowerCase()).toContain("employment rate");
  });

  test("targets and actuals are read per period, with their cells", () => {
    const read = only([["NI 16", "Crime", "Safer", "Lower", 20, 18, 17.5]]);
    const i = read.scorecard!.indicators[0];
    expect(i.baseline).toBe(20);
    expect(i.targets).toEqual([{ period: { kind: "year", year: 2009 }, value: 18, cell: "F2" }]);
    expect(i.actuals).toEqual([{ period: { kind: "year", year: 2009 }, value: 17.5, cell: "G2" }]);
  });

  test("tbc and blanks are no value, not zero", () => {
    const i = only([["NI 16", "Crime", "Safer", "Lower", null, "tbc", "n/a"]]).scorecard!.indicators[0];
    expect(i.targets[0].value).toBeNull();
    expect(i.actuals[0].value).toBeNull();
    expect(errors(only([["NI 16", "Crime", "Safer", "Lower", null, "tbc", "n/a"]]).findings)).toEqual([]);
  });
});

describe("Polarity", () => {
  test.each([
    ["Higher", "higher"], ["High", "higher"], ["Up", "higher"], ["↑", "higher"], ["Bigger is better", "higher"],
    ["Lower", "lower"], ["low", "lower"], ["Down", "lower"], ["↓", "lower"], ["Smaller is better", "lower"],
  ])("%j in the Polarity column reads as %s", (text, polarity) => {
    expect(only([["L1", "Local", "Safer", text]]).scorecard!.indicators[0].polarity).toBe(polarity);
  });

  test("the row's polarity wins over the catalogue's", () => {
    expect(only([["NI 151", "Employment", "Economy", "Lower"]]).scorecard!.indicators[0].polarity).toBe("lower");
  });

  test("a National Indicator with no polarity takes the catalogue's (NI 16 crime: lower is better)", () => {
    const read = only([["NI 16", "Crime", "Safer", null]]);
    expect(read.scorecard!.indicators[0].polarity).toBe("lower");
    expect(errors(read.findings)).toEqual([]);
  });
});

describe("Unit", () => {
  const headers = ["Ref", "Indicator", "Theme", "Good is", "Unit", "Target 2009/10", "Actual 2009/10"];

  test("from the Unit column first", () => {
    expect(only([["L1", "Local", "Safer", "Up", "Rate per 1,000", 5, 6]], headers).scorecard!.indicators[0].unit).toBe("rate");
    expect(only([["L1", "Local", "Safer", "Up", "£", 5, 6]], headers).scorecard!.indicators[0].unit).toBe("money");
  });

  test("else the catalogue's (NI 151 is a percentage): 72 typed in its row means 72%", () => {
    const i = only([["NI 151", "Employment", "Economy", null, null, 72, 71.5]], headers).scorecard!.indicators[0];
    expect(i.unit).toBe("percent");
    expect(i.targets[0].value).toBeCloseTo(0.72);
    expect(i.actuals[0].value).toBeCloseTo(0.715);
  });

  test("else inferred from % signs or a % format; otherwise a number", () => {
    expect(only([["L1", "Local", "Safer", "Up", null, "45%", 44]], headers).scorecard!.indicators[0]).toMatchObject({
      unit: "percent",
      targets: [{ value: 0.45 }],
      actuals: [{ value: 0.44 }],
    });
    const formatted = readScorecard(
      book(sheet("Scorecard", [headers, ["L1", "Local", "Safer", "Up", null, 0.45, 0.44]], [[], [null, null, null, null, null, "0%", "0%"]])),
    );
    expect(formatted.scorecard!.indicators[0]).toMatchObject({ unit: "percent", targets: [{ value: 0.45 }] });
    expect(only([["L1", "Local", "Safer", "Up", null, 450, 440]], headers).scorecard!.indicators[0]).toMatchObject({
      unit: "number",
      targets: [{ value: 450 }],
    });
  });
});

describe("Tolerance, reward and frequency", () => {
  const headers = ["Ref", "Indicator", "Theme", "Good is", "Tolerance", "Reward", "Reward value", "Frequency"];

  test("a row's tolerance is a percentage however typed; reward Y with its money; frequency", () => {
    const read = only(
      [
        ["L1", "A", "Safer", "Up", "10%", "Y", "£1,500,000", "Quarterly"],
        ["L2", "B", "Safer", "Up", 10, "yes", "250k", "Annual"],
        ["L3", "C", "Safer", "Up", 0.1, "N", "1.5m", null],
      ],
      headers,
    );
    expect(read.findings).toEqual([]);
    const [a, b, c] = read.scorecard!.indicators;
    expect([a.tolerance, b.tolerance, c.tolerance]).toEqual([0.1, 0.1, 0.1]);
    expect([a.rewardTarget, b.rewardTarget, c.rewardTarget]).toEqual([true, true, false]);
    expect([a.rewardValue, b.rewardValue, c.rewardValue]).toEqual([1500000, 250000, 1500000]);
    expect([a.frequency, b.frequency, c.frequency]).toEqual(["quarterly", "annual", null]);
  });

  test("a reward cell that is neither Y nor N is a warning at that cell", () => {
    const read = only([["L1", "A", "Safer", "Up", null, "maybe"]], headers);
    expect(at(read.findings, "Scorecard", "F2")).toHaveLength(1);
    expect(read.scorecard!.indicators[0].rewardTarget).toBe(false);
  });
});

describe("The refresh's own columns and the last used column", () => {
  test("own columns are found by header; lastColumn is the last column holding anything", () => {
    const read = readScorecard(
      book(sheet("Scorecard", [["Ref", "Indicator", "Theme", "Status", null, "Status as at"], ["NI 16", "Crime", "Safer", "Red", null, null, null, "note"]])),
    );
    expect(read.scorecard!.ownColumns).toEqual({ Status: 4, "Status as at": 6 });
    expect(read.scorecard!.lastColumn).toBe(8);
  });
});
