import { analyse } from "../../src/engine";
import { CellValue } from "../../src/grid";
import { at, book, errors, sheet, warnings } from "./grids";

// Two columns for one thing (docs/workbook.md, "Two columns for one thing"). The first column used
// to be read silently: L1, target revised from 1900 to 2100, with 1950 achieved, was rated Green.
// Now the header's words say which counts, and where they do not, an error names both cells.

const HEAD = ["Ref", "Indicator", "Partnership", "Polarity", "Unit", "Baseline"];
const rate = (headers: string[], ...rows: CellValue[][]) => analyse(book(sheet("Scorecard", [[...HEAD, ...headers], ...rows])));
const codes = (a: ReturnType<typeof analyse>) => a.findings.map((f) => `${f.code} ${f.cell}`);

describe("a header that says which figure counts", () => {
  test("Original target 1900 then Target 2100, 1950 achieved: Red against 2100 (it was Green against 1900)", () => {
    const a = rate(["Original target 2009/10", "Target 2009/10", "Q2 2009/10"], ["L1", "Homes", "P", "Higher", "number", 1000, 1900, 2100, 1950]);
    expect(a.indicators[0].status).toBe("Red");
    expect(a.indicators[0].target).toEqual({ period: { kind: "year", year: 2009 }, value: 2100, cell: "H2" });
    expect(codes(a)).toEqual(["superseded-column G1"]);
    expect(a.findings[0].message).toBe(
      'Both G1 ("Original target 2009/10") and H1 ("Target 2009/10") hold targets for 2009/10: H1 is the one read, and G1 only where H1 is blank.');
  });

  test("Target 1900 then Revised target 2100: Red against the revised 2100, wherever the revised column stands", () => {
    for (const [headers, row] of [
      [["Target 2009/10", "Revised target 2009/10", "Q2 2009/10"], [1900, 2100, 1950]],
      [["Revised target 2009/10", "Target 2009/10", "Q2 2009/10"], [2100, 1900, 1950]],
    ] as const) {
      const a = rate([...headers], ["L1", "Homes", "P", "Higher", "number", 1000, ...row]);
      expect(a.indicators[0].status).toBe("Red");
      expect(a.indicators[0].target!.value).toBe(2100);
      expect(warnings(a.findings).map((f) => f.code)).toEqual(["superseded-column"]);
    }
  });

  test("Actual Q2 (provisional) 2050 then (final) 1500, target 2000: the final figure is rated, Red", () => {
    const a = rate(["Target 2009/10", "Actual Q2 2009/10 (provisional)", "Actual Q2 2009/10 (final)"], ["L1", "Homes", "P", "Higher", "number", 1000, 2000, 2050, 1500]);
    expect(a.indicators[0].status).toBe("Red");
    expect(a.indicators[0].latest).toMatchObject({ value: 1500, cell: "I2" });
    expect(codes(a)).toEqual(["superseded-column H1"]);
  });

  test('"Q2 2009/10" then "Q2 2009/10 (revised)": the revised column holds Q2 actuals and counts', () => {
    const a = rate(["Target 2009/10", "Q2 2009/10", "Q2 2009/10 (revised)"], ["L1", "Homes", "P", "Higher", "number", 1000, 2000, 2050, 1500]);
    expect(a.indicators[0].latest).toMatchObject({ value: 1500, cell: "I2" });
    expect(a.indicators[0].status).toBe("Red");
  });

  test("a blank revised cell falls back to the plain one for that row; a tbc there does not (the revision is awaited)", () => {
    const a = rate(["Target 2009/10", "Revised target 2009/10", "Q2 2009/10"],
      ["L1", "Homes", "P", "Higher", "number", 1000, 1900, null, 1950],
      ["L2", "Jobs", "P", "Higher", "number", 1000, 1900, "tbc", 1950],
      ["L3", "Roads", "P", "Higher", "number", 1000, 1900, 2100, 1950]);
    expect(a.indicators.map((i) => [i.status, i.target?.value ?? null, i.target?.cell ?? null])).toEqual([
      ["Green", 1900, "G2"], ["No target", null, null], ["Red", 2100, "H4"],
    ]);
    expect(a.scorecard!.indicators[1].targets).toEqual([{ period: { kind: "year", year: 2009 }, value: null, cell: "H3", typed: "tbc" }]);
  });

  test("Revised baseline beside Baseline: the revised one is read (planned improvement uses it)", () => {
    const a = rate(["Baseline (2008/09) revised", "Target 2009/10", "Actual 2009/10"], ["L1", "Homes", "P", "Higher", "number", 1000, 1500, 2000, 1750]);
    expect(a.scorecard!.indicators[0].baseline).toBe(1500);
    expect(a.indicators[0].improvement).toBeCloseTo(0.5);
    expect(codes(a)).toEqual(["superseded-column F1"]);
  });
});

describe("two columns whose headers do not say which counts: an error naming both, and neither read", () => {
  test('two "Target 2009/10" columns (1900, 2100): an error at the second naming both, not a Green against 1900', () => {
    const a = rate(["Target 2009/10", "Target 2009/10", "Q2 2009/10"], ["L1", "Homes", "P", "Higher", "number", 1000, 1900, 2100, 1950]);
    expect(at(errors(a.findings), "Scorecard", "H1")).toEqual([expect.objectContaining({
      code: "two-columns-one-figure",
      message: 'Both G1 ("Target 2009/10") and H1 ("Target 2009/10") hold targets for 2009/10, and no header says which counts, so neither is read.',
    })]);
    expect(a.indicators[0].status).toBe("No target");
    // One finding for the cause: no "no target column" warning on top of it.
    expect(codes(a)).toEqual(["two-columns-one-figure H1"]);
  });

  test("three plain Q2 2009/10 columns: one error naming all three", () => {
    const a = rate(["Target 2009/10", "Q2 2009/10", "Q2 2009/10", "Q2 2009/10"], ["L1", "Homes", "P", "Higher", "number", 1000, 2000, 1900, 2100, 1950]);
    expect(codes(a)).toEqual(["two-columns-one-figure J1"]);
    expect(a.findings[0].message).toMatch(/^H1 \("Q2 2009\/10"\), I1 \("Q2 2009\/10"\) and J1 \("Q2 2009\/10"\) all hold actuals for Q2 2009\/10/);
    expect(a.indicators[0].status).toBe("No data");
  });

  test("Revised beside two plain targets: the plain pair is named, since which of them stands behind the revised one is not said", () => {
    const a = rate(["Target 2009/10", "Target 2009/10", "Revised target 2009/10", "Q2 2009/10"], ["L1", "Homes", "P", "Higher", "number", 1000, 1900, 2000, 2100, 1950]);
    expect(errors(a.findings)).toEqual([expect.objectContaining({ code: "two-columns-one-figure", cell: "H1", message: expect.stringContaining("G1 and H1 do not say which of them counts") })]);
  });

  test("two Polarity columns: one error at the header, not a no-polarity error per row, and no rating on either", () => {
    const a = rate(["Polarity", "Target 2009/10", "Actual 2009/10"],
      ["L1", "Homes", "P", "Higher", "number", 1000, "Lower", 2000, 2100], ["NI 20", "Assaults", "P", "Higher", "rate", 7, "Lower", 6, 6.5]);
    expect(codes(a)).toEqual(["two-columns-one-figure G1"]);
    expect(a.indicators.map((i) => i.status)).toEqual(["No target", "No target"]);
  });

  test("two Baseline columns, and two Partnership columns: an error each, and no cascade of other findings", () => {
    const a = rate(["Baseline", "Theme", "Target 2009/10", "Actual 2009/10"], ["L1", "Homes", "P", "Higher", "number", 1000, 1100, "Q", 2000, 2100]);
    expect(codes(a).sort()).toEqual(["two-columns-one-figure G1", "two-columns-one-figure H1"]);
    expect(a.scorecard!.indicators[0]).toMatchObject({ baseline: null, partnership: "" });
  });

  test("Indicator beside Description: a warning, and the first is the title (no figure depends on it)", () => {
    const a = rate(["Description", "Target 2009/10", "Actual 2009/10"], ["L1", "Homes", "P", "Higher", "number", 1000, "Net additional homes", 2000, 2100]);
    expect(codes(a)).toEqual(["second-text-column G1"]);
    expect(a.scorecard!.indicators[0].title).toBe("Homes");
    expect(a.indicators[0].status).toBe("Green");
  });
});
