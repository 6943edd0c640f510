import { analyse } from "../../src/engine";
import { actualAgainstTarget } from "../../src/documents/partnership-data";
import { performanceRow } from "../../src/documents/performance-table";
import { book, sheet } from "../read/grids";

// A year-to-date column's figure is the position at its quarter, and the papers say so: "105 for the
// year to Q2 2009/10", never "105 in Q2 2009/10", which reads as the quarter's own figure.

const analysis = (header: string) =>
  analyse(book(
    sheet("Scorecard", [["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", header], ["L1", "Employment rate", "Economy", "Higher", 100, 105]]),
    sheet("Settings", [["Reporting period", "Q2 2009/10"]]),
  ));

test("the sentence of the papers says a year-to-date figure is for the year to its quarter", () => {
  expect(actualAgainstTarget(analysis("Actual YTD 2009/10").indicators[0])).toBe("105 for the year to Q2 2009/10 against the 2009/10 target of 100");
  expect(actualAgainstTarget(analysis("Q2 2009/10").indicators[0])).toBe("105 in Q2 2009/10 against the 2009/10 target of 100");
});

test("the performance table labels a year-to-date actual so", () => {
  const a = analysis("Half year 2009/10");
  const row = performanceRow(a.indicators[0], a.reportingPeriod);
  expect(row[4]).toMatchObject({ text: "105", notes: expect.arrayContaining(["(year to date)"]) });
  const plain = analysis("Q2 2009/10");
  expect(performanceRow(plain.indicators[0], plain.reportingPeriod)[4].notes).not.toContain("(year to date)");
});
