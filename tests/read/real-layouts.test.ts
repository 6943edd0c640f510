import { analyse } from "../../src/engine";
import { CellValue } from "../../src/grid";
import { readNumber } from "../../src/numbers";
import { readScorecard } from "../../src/read/scorecard";
import { at, book, errors, sheet, warnings } from "./grids";

// Scorecards laid out as offices really lay them out (issue: "Never misstate a figure"): each is
// either read right, or stopped by a finding at the cell at fault. Every figure below would have
// been rated wrongly, and silently, before.

const status = (rows: CellValue[][], ...others: ReturnType<typeof sheet>[]) => analyse(book(sheet("Scorecard", rows), ...others));

describe("Polarity written as a judgement reads by its meaning", () => {
  const headers = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual 2009/10"];

  test("12 against a target of 8 is Red when high is bad (it was Green, read as higher-is-better)", () => {
    const a = status([headers, ["L20", "Assaults", "Safer Essex", "High is bad", 8, 12]]);
    expect(a.indicators[0].status).toBe("Red");
    expect(a.indicators[0].indicator.polarity).toBe("lower");
  });

  test.each([
    ["Higher is better", "higher"], ["Higher is worse", "lower"], ["Lower is better", "lower"], ["Lower is worse", "higher"],
    ["High is good", "higher"], ["High is bad", "lower"], ["Low is good", "lower"], ["Low is bad", "higher"],
    ["Bigger is better", "higher"], ["Smaller is better", "lower"], ["The lower the better", "lower"], ["Higher = better", "higher"],
    ["Up", "higher"], ["Down", "lower"], ["↑", "higher"], ["↓", "lower"], ["▲", "higher"], ["▼", "lower"],
    ["Increase", "higher"], ["Reduce", "lower"], ["Reduction", "lower"], ["Maximise", "higher"], ["Minimise", "lower"],
    ["Higher is better, lower is worse", "higher"],
  ])("%j reads as %s", (written, polarity) => {
    const read = readScorecard(book(sheet("Scorecard", [headers, ["L1", "Local", "Safer Essex", written, 8, 9]])));
    expect(read.scorecard!.indicators[0].polarity).toBe(polarity);
    expect(errors(read.findings)).toEqual([]);
  });

  test.each([["High priority"], ["Higher is not better"], ["Higher / Lower"], ["Good"], ["Banded"], ["Target"], ["Stay the same"]])(
    "%j cannot be read: an error at the Polarity cell, never a guess",
    (written) => {
      const read = readScorecard(book(sheet("Scorecard", [headers, ["L1", "Local", "Safer Essex", written, 8, 9]])));
      expect(at(errors(read.findings), "Scorecard", "D2")).toEqual([expect.objectContaining({ code: "unreadable-polarity", message: expect.stringContaining(written) })]);
      expect(read.scorecard!.indicators[0].polarity).toBeNull();
    },
  );

  test("Y or N under a header that asks the question (Is high good?) is the header's direction or its opposite", () => {
    const read = readScorecard(book(sheet("Scorecard", [
      ["Ref", "Indicator", "Theme", "Is high good?"], ["L1", "Jobs", "Economy", "Y"], ["L2", "Crime", "Safer", "N"],
    ])));
    expect(read.scorecard!.indicators.map((i) => i.polarity)).toEqual(["higher", "lower"]);
  });
});

describe("Quarter-end dates as period headers name their quarter", () => {
  const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
  const head = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2008/09"];

  test("30/06, 30/09, 31/12 and 31/03 date cells are Q1 to Q4 2008/09; the latest is Q4, not the year's outturn", () => {
    const a = status([
      [...head, d(2008, 6, 30), d(2008, 9, 30), d(2008, 12, 31), d(2009, 3, 31)],
      ["NI 20", "Assaults", "Safer Essex", "Lower", 8, 9, 8.5, 8.2, 7.9],
    ]);
    const i = a.scorecard!.indicators[0];
    expect(i.actuals.map((v) => [v.period, v.value])).toEqual([
      [{ kind: "quarter", year: 2008, quarter: 1 }, 9],
      [{ kind: "quarter", year: 2008, quarter: 2 }, 8.5],
      [{ kind: "quarter", year: 2008, quarter: 3 }, 8.2],
      [{ kind: "quarter", year: 2008, quarter: 4 }, 7.9],
    ]);
    expect(a.indicators[0].asAt).toEqual({ kind: "quarter", year: 2008, quarter: 4 });
    expect(a.indicators[0].status).toBe("Green");
    expect(a.findings).toEqual([]);
  });

  test("typed as text (30/09/2008), or as a serial number with a date format (as Office.js gives it), the same", () => {
    const read = readScorecard(book(sheet(
      "Scorecard",
      [[...head, "30/09/2008", 39813], ["NI 20", "Assaults", "Safer Essex", "Lower", 8, 9, 8.5]],
      [[null, null, null, null, null, null, "dd/mm/yyyy"]],
    )));
    expect(read.scorecard!.indicators[0].actuals.map((v) => v.period)).toEqual([
      { kind: "quarter", year: 2008, quarter: 2 },
      { kind: "quarter", year: 2008, quarter: 3 },
    ]);
  });

  test("a date that ends no quarter is a warning at its header cell, and its column is not read", () => {
    const read = readScorecard(book(sheet("Scorecard", [[...head, d(2008, 10, 15)], ["NI 20", "Assaults", "Safer Essex", "Lower", 8, 9]])));
    expect(at(warnings(read.findings), "Scorecard", "F1")).toEqual([
      expect.objectContaining({ code: "date-not-quarter-end", message: expect.stringContaining("15/10/2008") }),
    ]);
    expect(read.scorecard!.indicators[0].actuals).toEqual([]);
  });
});

describe("A formula saved without its result (a file written by a tool that does not calculate)", () => {
  test("is a warning at its cell, and the figure is not silently blank", () => {
    const read = readScorecard(book(sheet("Scorecard", [
      ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Q1 2009/10", "Q2 2009/10"],
      ["NI 20", "Assaults", "Safer Essex", "Lower", 8, 9, { formulaWithoutResult: "SUM(H2:J2)" }],
    ])));
    expect(at(read.findings, "Scorecard", "G2")).toEqual([
      expect.objectContaining({ severity: "warning", code: "formula-without-result", message: expect.stringContaining("=SUM(H2:J2)") }),
    ]);
    expect(read.findings[0].message).toMatch(/Q2 2009\/10/);
    expect(read.findings[0].hint).toMatch(/save it/);
  });

  test("in a text field (the partnership) too", () => {
    const read = readScorecard(book(sheet("Scorecard", [
      ["Ref", "Indicator", "Thematic partnership", "Polarity"], ["NI 20", "Assaults", { formulaWithoutResult: "Lookup!B2" }, "Lower"],
    ])));
    expect(at(read.findings, "Scorecard", "C2")).toEqual([expect.objectContaining({ code: "formula-without-result" })]);
  });
});

describe("Partnership names in other scripts are partnerships, each its own", () => {
  test("Chinese, Welsh with accents only, Greek and emoji names are never merged into one", () => {
    // Keyed by a-z and 0-9 alone, "安全社区 1" and "健康社区 1" were both "1", "Iêchyd" and "Iéchyd" both "ichyd".
    const names = ["安全社区", "健康社区", "安全社区 1", "健康社区 1", "Iêchyd", "Iéchyd", "Iechyd", "Ασφάλεια", "🌳", "🌊"];
    const a = status([
      ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual 2009/10"],
      ...names.map((n, i) => [`L${i + 1}`, `Indicator ${i + 1}`, n, "Higher", 10, 11]),
    ]);
    expect(a.partnerships.map((p) => [p.name, p.indicators])).toEqual(names.map((n) => [n, 1]));
  });

  test("the same name written with other case, spaces, punctuation or & is still one partnership", () => {
    const a = status([
      ["Ref", "Indicator", "Thematic partnership", "Polarity"],
      ["L1", "One", "Safer & Stronger", "Higher"], ["L2", "Two", "safer and stronger", "Higher"], ["L3", "Three", "Safer-and-Stronger ", "Higher"],
    ]);
    expect(a.partnerships.map((p) => [p.name, p.indicators])).toEqual([["Safer & Stronger", 3]]);
  });
});

describe("A Stretch target column is shown beside the target, never rated as it", () => {
  test("before Target 2009/10, it does not become the target", () => {
    const a = status([
      ["Ref", "Indicator", "Thematic partnership", "Polarity", "Stretch target 2009/10", "Target 2009/10", "Actual 2009/10"],
      ["L7", "Jobs created", "Economy", "Higher", 80, 75, 76],
    ]);
    const r = a.indicators[0];
    expect(r.target?.value).toBe(75);
    expect(r.status).toBe("Green");
    expect(r.indicator.stretchTargets).toEqual([{ period: { kind: "year", year: 2009 }, value: 80, cell: "E2" }]);
    expect(a.findings).toEqual([]);
  });

  test("'Stretch 2009/10' is a stretch target as well", () => {
    const read = readScorecard(book(sheet("Scorecard", [
      ["Ref", "Indicator", "Theme", "Polarity", "Target 2009/10", "Stretch 2009/10"], ["L7", "Jobs created", "Economy", "Higher", 75, 80],
    ])));
    expect(read.scorecard!.indicators[0].targets.map((t) => t.value)).toEqual([75]);
    expect(read.scorecard!.indicators[0].stretchTargets.map((t) => t.value)).toEqual([80]);
  });
});

describe("An ID row-number column before NI ref", () => {
  test("is not taken for the Ref: the column whose values look like refs wins, so the catalogue's polarity applies", () => {
    const a = status([
      ["ID", "NI ref", "Indicator", "Thematic partnership", "Target 2009/10", "Actual 2009/10"],
      [1, "NI 20", "Assault with injury crime rate", "Safer Essex", 8, 12],
      [2, "NI 151", "Overall employment rate", "Economy", 0.75, 0.76],
    ]);
    expect(a.scorecard!.indicators.map((i) => i.ref)).toEqual(["NI 20", "NI 151"]);
    expect(a.indicators.map((r) => r.status)).toEqual(["Red", "Green"]);
    expect(errors(a.findings)).toEqual([]);
  });

  test("when neither looks like refs, the first stays the Ref, as before", () => {
    const read = readScorecard(book(sheet("Scorecard", [["Code", "Ref", "Indicator", "Theme", "Polarity"], ["X1", "Y1", "One", "Safer", "Higher"]])));
    expect(read.scorecard!.indicators[0].ref).toBe("X1");
  });
});

describe("A tolerance of 1 is 1%", () => {
  const rows = (tolerance: CellValue) => [
    ["Ref", "Indicator", "Thematic partnership", "Polarity", "Tolerance", "Target 2009/10", "Actual 2009/10"],
    ["L1", "Local", "Safer Essex", "Higher", tolerance, 100, 98],
  ];

  test.each([
    [1, 0.01, "Red"], [2, 0.02, "Amber"], [0.05, 0.05, "Amber"], ["1%", 0.01, "Red"], ["5%", 0.05, "Amber"],
  ])("a tolerance of %j is %d: 98 against 100 is %s", (typed, fraction, expected) => {
    const a = status(rows(typed));
    expect(a.scorecard!.indicators[0].tolerance).toBeCloseTo(fraction);
    expect(a.indicators[0].status).toBe(expected);
  });

  test("a Settings percentage typed as a bare 1 is read as 1%, and said so at its cell", () => {
    const a = status(rows(null), sheet("Settings", [["Setting", "Value"], ["Amber tolerance", 1]]));
    expect(a.scorecard!.settings.amberTolerance).toBeCloseTo(0.01);
    expect(at(a.findings, "Settings", "B2")).toEqual([expect.objectContaining({ code: "setting-bare-one", severity: "warning" })]);
  });
});

describe("A reporting period that names no quarter", () => {
  test("'Q5 2009/10' is a warning at the Settings cell, never the whole year", () => {
    const a = status(
      [["Ref", "Indicator", "Theme", "Polarity", "Target 2009/10", "Q1 2009/10", "Q2 2009/10"], ["L1", "Local", "Safer", "Higher", 10, 9, 11]],
      sheet("Settings", [["Setting", "Value"], ["Reporting period", "Q5 2009/10"]]),
    );
    expect(at(a.findings, "Settings", "B2")).toEqual([expect.objectContaining({ code: "unreadable-reporting-period" })]);
    expect(a.reportingPeriod).toEqual({ kind: "quarter", year: 2009, quarter: 2 });
  });

  test("a header 'Actual Q5 2009/10' is a warning at its cell, not an annual outturn", () => {
    const read = readScorecard(book(sheet("Scorecard", [["Ref", "Indicator", "Theme", "Actual Q5 2009/10"], ["L1", "Local", "Safer", 3]])));
    expect(at(read.findings, "Scorecard", "D1")).toEqual([expect.objectContaining({ code: "unreadable-period" })]);
    expect(read.scorecard!.indicators[0].actuals).toEqual([]);
  });
});

describe("Two sheets that both look like scorecards", () => {
  const rows = (ref: string): CellValue[][] => [["Ref", "Indicator", "Theme", "Polarity"], [ref, "Local", "Safer", "Higher"]];

  test("the named one is read, and a warning names both", () => {
    const read = readScorecard(book(sheet("Scorecard 2008-09", rows("L1")), sheet("Scorecard", rows("L2"))));
    expect(read.scorecard!.sheet).toBe("Scorecard");
    const f = read.findings.filter((x) => x.code === "two-scorecards");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('"Scorecard"');
    expect(f[0].message).toContain('"Scorecard 2008-09"');
  });

  test("neither named as a scorecard: an error naming both, and none is read", () => {
    const read = readScorecard(book(sheet("Old copy", rows("L1")), sheet("Data 2009", rows("L2"))));
    expect(read.scorecard).toBeNull();
    expect(read.findings).toEqual([expect.objectContaining({ code: "which-scorecard", severity: "error" })]);
    expect(read.findings[0].message).toMatch(/"Old copy".*"Data 2009"/);
  });
});

describe("The last column and hidden columns", () => {
  const rows: CellValue[][] = [["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual 2009/10"], ["L1", "Local", "Safer", "Higher", 10, 11]];

  test("a cell in column XFD leaves no room for the own columns: an error at that cell, not a crash", () => {
    const values = rows.map((r) => [...r]);
    values.push([]);
    values[2][16383] = "stray";
    const a = analyse(book(sheet("Scorecard", values)));
    expect(at(a.findings, "Scorecard", "XFD3")).toEqual([expect.objectContaining({ code: "no-room-for-own-columns", severity: "error" })]);
  });

  test("own columns that would land in hidden columns (a tidy sheet with G:XFD hidden): a warning at the first", () => {
    const a = analyse(book({ name: "Scorecard", values: rows, hiddenColumns: ["G:XFD"] }));
    expect(a.findings).toEqual([expect.objectContaining({ code: "own-column-hidden", severity: "warning", cell: "G1" })]);
    expect(a.findings[0].message).toMatch(/hidden columns G, H, I and J/);
  });
});

describe("The Unicode minus sign in figures", () => {
  test.each([["−5", -5], ["-5", -5], ["− 2.5%", -0.025], ["−1,250", -1250]])("%j is %d", (typed, value) => {
    const n = readNumber(typed);
    expect(n.kind).toBe("number");
    expect((n as { value: number }).value).toBeCloseTo(value);
  });

  test("a row with −3 as its actual is rated on −3, not refused", () => {
    const a = status([["Ref", "Indicator", "Theme", "Polarity", "Target 2009/10", "Actual 2009/10"], ["L1", "Net change", "Safer", "Higher", -2, "−3"]]);
    expect(a.indicators[0].latest?.value).toBe(-3);
    expect(a.indicators[0].status).toBe("Red");
  });
});

describe("A forecast beside the actuals is not an actual", () => {
  test("a Forecast outturn that would meet the target leaves the indicator rated on its last real figure", () => {
    const a = status([
      ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Q1 2009/10", "Forecast outturn 2009/10"],
      ["L1", "Jobs created", "Economy", "Higher", 100, 60, 120],
    ]);
    expect(a.indicators[0].status).toBe("Red");
    expect(a.indicators[0].asAt).toEqual({ kind: "quarter", year: 2009, quarter: 1 });
  });
});
