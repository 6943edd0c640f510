import { analyse } from "../../src/engine";
import { CellValue } from "../../src/grid";
import { at, book, errors, sheet } from "./grids";

// Findings that must say what is true, once per cause (an auditor's books b5, b16, b17c), and
// money written as officers write it in a £ row.

const HEAD = ["Ref", "Indicator", "Partnership", "Polarity", "Unit", "Target 2009/10", "Q2 2009/10"];
const rate = (rows: CellValue[][], settings?: CellValue[][], headers = HEAD) =>
  analyse(book(sheet("Scorecard", [headers, ...rows]), ...(settings ? [sheet("Settings", [["Setting", "Value"], ...settings])] : [])));

describe("a reporting year with no targets says what is rated, not that nothing is", () => {
  test("reporting period Q2 2010/11, figures and targets only for 2009/10: L1 is Green as at Q2 2009/10, and the warning says so", () => {
    const a = rate([["L1", "x", "P", "Higher", "number", 1, 2]], [["Reporting period", "Q2 2010/11"]]);
    expect(a.indicators[0]).toMatchObject({ status: "Green", asAt: { kind: "quarter", year: 2009, quarter: 2 } });
    expect(a.findings).toEqual([expect.objectContaining({
      code: "no-target-column",
      cell: "H1",
      message: "There is no target column for 2010/11, the year of the reporting period (Q2 2010/11). No indicator has a 2010/11 figure yet, " +
        "so each is rated on its latest figure before it; a 2010/11 figure could not be rated.",
      hint: 'Add a column headed "Target 2010/11" and type each indicator\'s target there; or, if Q2 2010/11 is not the period you report on, correct the Reporting period in Settings.',
    })]);
    expect(a.findings[0].message).not.toContain("no indicator can be rated");
  });

  test("where some indicators have a figure in the year and others not, the count that cannot be rated is given", () => {
    const headers = ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Q2 2009/10", "Q1 2010/11"];
    const a = rate([["L1", "x", "P", "Higher", 1, 2, 3], ["L2", "y", "P", "Higher", 1, 2, null]], undefined, headers);
    expect(a.indicators.map((i) => i.status)).toEqual(["No target", "Green"]);
    expect(a.findings.map((f) => f.message)).toEqual([
      "There is no target column for 2010/11, the year of the reporting period (Q1 2010/11), so the 1 indicator with a 2010/11 figure cannot be rated; " +
        "the others are rated on their latest figures before it.",
    ]);
  });

  test("when every indicator with a figure has one in the year, no indicator can be rated, as before", () => {
    const headers = ["Ref", "Indicator", "Partnership", "Polarity", "Q2 2009/10"];
    const a = rate([["L1", "x", "P", "Higher", 2]], undefined, headers);
    expect(a.findings.map((f) => f.message)).toEqual([
      "There is no target column for 2009/10, the year of the reporting period (Q2 2009/10), so no indicator can be rated.",
    ]);
  });

  test("an indicator with no target in the reporting year but an earlier figure is said to be rated on it", () => {
    const headers = ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Target 2010/11", "Q2 2009/10", "Q1 2010/11"];
    const a = rate([["L1", "x", "P", "Higher", 1, null, 2, null], ["L2", "y", "P", "Higher", 1, null, 2, 3], ["L3", "z", "P", "Higher", 1, 5, 2, 6]], undefined, headers);
    expect(a.indicators.map((i) => i.status)).toEqual(["Green", "No target", "Green"]);
    expect(a.findings.map((f) => `${f.cell} ${f.message}`)).toEqual([
      "F2 L1 has no target for 2010/11, the year of the reporting period (Q1 2010/11), so a 2010/11 figure could not be rated; its status is as at Q2 2009/10, its latest figure.",
      "F3 L2 has no target for 2010/11, the year of the reporting period (Q1 2010/11), so it cannot be rated.",
    ]);
  });
});

describe("one finding per cause at a cell", () => {
  test('a target of "2?" is an error at its cell, and not also "has no target" there', () => {
    const a = rate([["L17", "bad target", "P", "Lower", "number", "2?", 1]]);
    expect(at(a.findings, "Scorecard", "F2").map((f) => f.code)).toEqual(["not-a-number"]);
  });

  test("a target formula saved without its result is one warning at its cell, not two", () => {
    const a = rate([["L1", "x", "P", "Lower", "number", { formulaWithoutResult: "F9*2" }, 1]]);
    expect(at(a.findings, "Scorecard", "F2").map((f) => f.code)).toEqual(["formula-without-result"]);
  });

  test("an empty target cell is still a no-target warning", () => {
    const a = rate([["L1", "x", "P", "Lower", "number", null, 1]]);
    expect(at(a.findings, "Scorecard", "F2").map((f) => f.code)).toEqual(["no-target"]);
  });
});

describe("money shorthand in a £ row, as docs/workbook.md says", () => {
  test("£1.2m target and £1.25m actual in a £ row: read as 1,200,000 and 1,250,000, Green, no finding", () => {
    const a = rate([["L1", "Savings achieved", "P", "Higher", "£", "£1.2m", "£1.25m"], ["L2", "Grant drawn", "P", "Higher", "£", "250k", "0.3m"]]);
    expect(a.findings).toEqual([]);
    expect(a.indicators.map((i) => [i.target!.value, i.latest!.value, i.status])).toEqual([[1200000, 1250000, "Green"], [250000, 300000, "Green"]]);
  });

  test("NI 179, money in the catalogue, needs no Unit column for it; a local indicator without a £ unit does", () => {
    const headers = ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Q2 2009/10"];
    const a = rate([["NI 179", "Value for money gains", "P", null, "£12m", "12.5m"], ["L1", "Savings", "P", "Higher", "1.2m", 2]], undefined, headers);
    expect(a.indicators[0]).toMatchObject({ status: "Green", target: { value: 12e6 }, latest: { value: 12.5e6 } });
    expect(errors(a.findings)).toEqual([expect.objectContaining({
      code: "not-a-number", cell: "E3",
      hint: "Shorthand such as 250k or 1.5m is read only for sums of money: add a Unit column and type £ for this indicator, or type the figure in full, such as 1,500,000.",
    })]);
  });

  test("1.2m in a row of numbers (not money) is still not a number, and the hint says why", () => {
    const a = rate([["L1", "Visits", "P", "Higher", "number", "1.2m", 1300000]]);
    expect(errors(a.findings)).toEqual([expect.objectContaining({ code: "not-a-number", cell: "F2", hint: expect.stringContaining("read only for sums of money") })]);
  });

  test("in a £m row, 1.2m would be a million times too big: an error saying to type it in £m", () => {
    const a = rate([["L1", "Savings", "P", "Higher", "£m", "1.2m", 1.3]]);
    expect(errors(a.findings)).toEqual([expect.objectContaining({ code: "not-a-number", cell: "F2", hint: expect.stringContaining('"£m", already counts in thousands or millions') })]);
    const fine = rate([["L1", "Savings", "P", "Higher", "£m", 1.2, 1.3]]);
    expect(fine.findings).toEqual([]);
  });
});
