import { analyse } from "../../src/engine";
import { CellValue } from "../../src/grid";
import { readSettings } from "../../src/read/settings";
import { at, book, scorecard, sheet } from "./grids";

// Worked examples: a setting given twice, a partnership with no indicators, a reporting period with no actuals.

const settings = (...rows: CellValue[][]) => sheet("Settings", [["Setting", "Value"], ...rows]);

describe("a setting given in two rows", () => {
  test("two reporting periods that differ: an error at the later cell naming both, and neither is used", () => {
    const read = readSettings(book(settings(["Reporting period", "Q2 2009/10"], ["Area", "Essex"], ["Period", "Q3 2009/10"])));
    expect(read.findings).toEqual([expect.objectContaining({
      code: "setting-given-twice", severity: "error", sheet: "Settings", cell: "B4",
      message: 'Reporting period is given twice: "Q2 2009/10" in B2 and "Q3 2009/10" in B4, so neither is used until one row is deleted.',
    })]);
    // Neither wins: the later row does not silently replace the earlier one.
    expect(read.settings.reportingPeriod).toBeNull();
    expect(read.settings.area).toBe("Essex");
  });

  test("the same tolerance under two of its names: a warning, and that value is used", () => {
    const read = readSettings(book(settings(["Amber tolerance", "10%"], ["Tolerance", "10%"])));
    expect(read.findings).toEqual([expect.objectContaining({ code: "setting-repeated", severity: "warning", cell: "B3" })]);
    expect(read.findings[0].message).toContain("in B2 and B3");
    expect(read.settings.amberTolerance).toBe(0.1);
  });

  test("a blank second row is no second value", () => {
    const read = readSettings(book(settings(["Reporting period", "Q2 2009/10"], ["Period", null])));
    expect(read.findings).toEqual([]);
    expect(read.settings.reportingPeriod).toEqual({ kind: "quarter", year: 2009, quarter: 2 });
  });

  test("the error stops a refresh: it is an error finding of the analysis", () => {
    const a = analyse(book(scorecard([["L1", "Local", "Safer Essex", "Higher", 1, 2, 3]]), settings(["Reporting period", "2009/10"], ["Reporting period", "2008/09"])));
    expect(at(a.findings, "Settings", "B3").map((f) => f.code)).toEqual(["setting-given-twice"]);
  });
});

describe("a partnership with no indicators", () => {
  test("listed on the Partnerships sheet but named by no indicator: a warning at its name", () => {
    const a = analyse(book(
      scorecard([["L1", "Local", "Safer Essex", "Higher", 1, 2, 3]]),
      sheet("Partnerships", [["Partnership", "Lead"], ["Safer Essex", "A Lead"], ["Healthier Essex", "B Lead"]]),
    ));
    const found = a.findings.filter((f) => f.code === "partnership-without-indicators");
    expect(found).toEqual([expect.objectContaining({ severity: "warning", sheet: "Partnerships", cell: "A3" })]);
    expect(found[0].message).toBe("Healthier Essex has no indicators on the Scorecard sheet, so it is shown with No data and its papers have no figures.");
    expect(a.partnerships.find((p) => p.name === "Healthier Essex")?.overall).toBe("No data");
  });

  test("a name spelt differently on the scorecard still counts as the same partnership", () => {
    const a = analyse(book(
      scorecard([["L1", "Local", "safer-essex", "Higher", 1, 2, 3]]),
      sheet("Partnerships", [["Lead", "Partnership"], ["A Lead", "Safer Essex"]]),
    ));
    expect(a.findings.filter((f) => f.code === "partnership-without-indicators")).toEqual([]);
  });

  test("no Partnership column on the scorecard: its error says it, with no warning per partnership", () => {
    const a = analyse(book(
      sheet("Scorecard", [["Ref", "Indicator", "Polarity"], ["L1", "Local", "Higher"]]),
      sheet("Partnerships", [["Partnership", "Lead"], ["Safer Essex", "A Lead"]]),
    ));
    expect(a.findings.map((f) => f.code)).toContain("no-partnership-column");
    expect(a.findings.filter((f) => f.code === "partnership-without-indicators")).toEqual([]);
  });
});

describe("a reporting period with no actuals", () => {
  const HEAD = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Q1 2009/10", "Q2 2009/10", "Q3 2009/10"];
  const card = sheet("Scorecard", [HEAD, ["L1", "Local", "Safer Essex", "Higher", 10, 4, 6, null], ["L2", "Other", "Safer Essex", "Higher", 10, 5, null, null]]);

  test("Q3 set in Settings with no Q3 figure anywhere: a warning at the Settings cell saying what is rated instead", () => {
    const a = analyse(book(card, settings(["Area", "Essex"], ["Reporting period", "Q3 2009/10"])));
    expect(at(a.findings, "Settings", "B3")).toEqual([expect.objectContaining({
      code: "period-without-actuals", severity: "warning",
      message: "No indicator has an actual for Q3 2009/10, the reporting period, so every indicator is rated on an earlier figure (the latest before it is for Q2 2009/10).",
    })]);
  });

  test("one indicator's figure for the period is enough: no warning", () => {
    const a = analyse(book(card, settings(["Reporting period", "Q2 2009/10"])));
    expect(a.findings.filter((f) => f.code === "period-without-actuals")).toEqual([]);
  });

  test("a year as the reporting period counts any figure of that year", () => {
    const a = analyse(book(card, settings(["Reporting period", "2009/10"])));
    expect(a.findings.filter((f) => f.code === "period-without-actuals")).toEqual([]);
  });

  test("no reporting period in Settings: the latest period with an actual is used, and nothing is said", () => {
    const a = analyse(book(card, settings(["Area", "Essex"])));
    expect(a.findings.filter((f) => f.code === "period-without-actuals")).toEqual([]);
  });
});
