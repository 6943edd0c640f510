import { analyse } from "../../src/engine";
import { CellValue } from "../../src/grid";
import { book, errors, sheet } from "./grids";

// Findings that must say what is true, once per cause (an auditor's books b5, b16, b17c), and
// money written as officers write it in a £ row.

const HEAD = ["Ref", "Indicator", "Partnership", "Polarity", "Unit", "Target 2009/10", "Q2 2009/10"];
const rate = (rows: CellValue[][], settings?: CellValue[][], headers = HEAD) =>
  analyse(book(sheet("Scorecard", [headers, ...rows]), ...(settings ? [sheet("Settings", [["Setting", "Value"], ...settings])] : [])));

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
