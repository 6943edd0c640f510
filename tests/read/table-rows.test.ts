import { analyse } from "../../src/engine";
import { isTotalLabel } from "../../src/read/table-rows";
import { at, book, sheet } from "./grids";

// Worked examples: the header row repeated above each block of indicators, and total rows.

const HEAD = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual 2009/10"];

describe("a header row repeated above each block", () => {
  const blocks = sheet("Scorecard", [
    ["Essex LAA scorecard"],
    HEAD,
    ["Safer Essex"],
    ["NI 20", "Assault with injury", "Safer Essex", "Lower", 8, 7.5],
    [],
    ["Healthier Essex"],
    ["ref", "INDICATOR", "Thematic partnership", "Polarity", "Target 2009/10", "Actual 2009/10"],
    ["NI 39", "Alcohol-harm related hospital admissions", "Healthier Essex", "Lower", 1500, 1600],
  ]);

  test("is recognised as the header and skipped: no finding, no indicator called Ref", () => {
    const a = analyse(book(blocks));
    expect(a.findings).toEqual([]);
    expect(a.indicators.map((r) => r.indicator.ref)).toEqual(["NI 20", "NI 39"]);
    expect(a.indicators.map((r) => r.status)).toEqual(["Green", "Red"]);
  });

  test("a row with a real Ref under it is still an indicator", () => {
    const a = analyse(book(sheet("Scorecard", [HEAD, ["L1", "Indicator", "Safer Essex", "Higher", 1, 2]])));
    expect(a.indicators.map((r) => r.indicator.ref)).toEqual(["L1"]);
  });
});

describe("total and subtotal rows", () => {
  const HEADC = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual 2009/10"];
  const withTotals = sheet("Scorecard", [
    HEADC,
    ["L1", "Jobs created", "Economy", "Higher", 400, 380],
    ["L2", "Businesses supported", "Economy", "Higher", 100, 120],
    [null, "Economy subtotal", "Economy", null, 500, 500],
    ["L3", "Total recorded crime", "Safer Essex", "Lower", 9000, 8800],
    ["Total", null, null, null, 9500, 9300],
  ]);

  test("are never rated as indicators, and are said so once, at the first total's label", () => {
    const a = analyse(book(withTotals));
    expect(a.indicators.map((r) => r.indicator.ref)).toEqual(["L1", "L2", "L3"]);
    expect(a.findings).toEqual([expect.objectContaining({ code: "total-row", severity: "warning", sheet: "Scorecard", cell: "B4" })]);
    expect(a.findings[0].message).toBe('2 rows are totals, not indicators (rows 4 and 6; the first is "Economy subtotal"), so they are not rated, and counted in no partnership.');
    // The partnership is rated on its two indicators, not on a third "indicator" that is their sum.
    expect(a.partnerships.find((p) => p.name === "Economy")).toMatchObject({ indicators: 2, green: 1, amber: 1 });
  });

  test("one total row: said in the singular at its Ref cell, and no 'no Ref' or 'unrecognised Ref' warning", () => {
    const a = analyse(book(sheet("Scorecard", [HEADC, ["L1", "Jobs created", "Economy", "Higher", 400, 380], ["Total", null, null, null, 400, 380]])));
    expect(a.findings).toEqual([expect.objectContaining({ code: "total-row", cell: "A3" })]);
    expect(at(a.findings, "Scorecard", "A3")[0].message).toBe('Row 3 ("Total") is a total, not an indicator, so it is not rated, and counted in no partnership.');
  });

  test.each([
    ["Total", true], ["Totals", true], ["Sub-total", true], ["Subtotal", true], ["Grand total", true], ["Total for Safer Essex", true],
    ["Total: Economy", true], ["Safer Essex total", true], ["Partnership total (Economy)", true],
    ["Total recorded crime", false], ["Totally new approach", false], ["Jobs created", false],
  ])("%s is a total's label: %s", (label, yes) => {
    expect(isTotalLabel(label)).toBe(yes);
  });
});
