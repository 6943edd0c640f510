import { analyse } from "../../src/engine";
import { CellValue, WorkbookGrids } from "../../src/grid";
import { formatPeriod } from "../../src/periods";
import { planRefresh } from "../../src/refresh";

// End to end through the one entry point: a small workbook as grids of cells, as a performance officer lays it out.

const scorecard: CellValue[][] = [
  ["Essex LAA Scorecard, Quarter 2 2009/10"],
  [],
  ["Ref", "Indicator", "Thematic partnership", "Polarity", "Baseline", "Target 2009/10", "Actual 2008/09", "Q1 2009/10", "Q2 2009/10", "Reward", "Reward value"],
  ["Safer communities"],
  ["NI 20", "Assault with injury crime rate", "Safer Essex", "Lower", 10, 8, 9.5, 9, 8.2, "N", null],
  ["L18.1", "Young people supported into work", "Safer Essex", "Higher", 40, 50, 42, 46, 48, "Y", "£1,500,000"],
  ["NI 151", "Overall employment rate", "Economic Development", "Higher", 0.7, 0.75, 0.72, "tbc", null, "N", null],
];

const workbook: WorkbookGrids = {
  sheets: [
    { name: "Scorecard", values: scorecard },
    {
      name: "Partnerships",
      values: [
        ["Partnership", "Lead", "Deputy"],
        ["Economic Development", "Gill Smith", "Peter Fox"],
        ["Safer Essex", "Alan Dawkes", null],
      ],
    },
    {
      name: "Settings",
      values: [
        ["Setting", "Value"],
        ["Area", "Essex"],
        ["Reporting period", "Q2 2009/10"],
      ],
    },
  ],
};

describe("analyse: a small workbook end to end", () => {
  const analysis = analyse(workbook);
  const byRef = new Map(analysis.indicators.map((r) => [r.indicator.ref, r]));

  it("reads without errors and takes the reporting period from Settings", () => {
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(formatPeriod(analysis.reportingPeriod!)).toBe("Q2 2009/10");
  });

  it("rates each indicator by the rules", () => {
    // Lower is better: 8.2 against 8 is within the 5% band (8.4); down from 9 in Q1; 90% of the way from 10 to 8.
    expect(byRef.get("NI 20")).toMatchObject({ status: "Amber", direction: "Improving" });
    expect(byRef.get("NI 20")!.improvement).toBeCloseTo(0.9);
    // Higher is better: 48 against 50 is within the band (47.5).
    expect(byRef.get("L18.1")).toMatchObject({ status: "Amber", direction: "Improving" });
    // Q1 is tbc and Q2 blank, so last year's outturn is the latest; there is no 2008/09 target to compare it with.
    const ni151 = byRef.get("NI 151")!;
    expect(ni151.status).toBe("No target");
    expect(formatPeriod(ni151.asAt!)).toBe("2008/09");
  });

  it("rolls up per partnership in the Partnerships sheet's order, with PRG at risk", () => {
    expect(analysis.partnerships.map((p) => [p.name, p.lead, p.overall])).toEqual([
      ["Economic Development", "Gill Smith", "No data"],
      ["Safer Essex", "Alan Dawkes", "Amber"],
    ]);
    // L18.1 achieved 80% of its planned improvement: £1,200,000 projected of £1,500,000.
    expect(analysis.partnerships[1]).toMatchObject({ amber: 2, prgAtStake: 1_500_000, prgAtRisk: 300_000 });
  });

  it("plans the own columns after the last used column, leaving the section row alone", () => {
    const plan = planRefresh(analysis);
    expect(plan.sheet).toBe("Scorecard");
    const status = plan.columns.find((c) => c.name === "Status")!;
    expect(status).toMatchObject({ column: 12, headerRow: 3, writeHeader: true, firstRow: 4 });
    expect(status.cells.map((c) => c?.value ?? null)).toEqual([null, "Amber", "Amber", "No target"]);
    expect(plan.summary.rows[1][0]?.value).toBe("Essex LAA partnership summary, Q2 2009/10");
  });
});

describe("Status rule 1 with the reporting period in words", () => {
  test("Reporting period 'Quarter 2 2009/10': the Q2 actual is the latest, a Q3 figure typed early is not", () => {
    // NI 151, higher is better: Q2 76% against the 2009/10 target of 75% is Green; Q3's 60% must not be used.
    const analysis = analyse({
      sheets: [
        {
          name: "Scorecard",
          values: [
            ["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Q1 2009/10", "Q2 2009/10", "Q3 2009/10"],
            ["NI 151", "Employment rate", "Economy", "Higher", 0.75, 0.7, 0.76, 0.6],
          ],
        },
        { name: "Settings", values: [["Setting", "Value"], ["Reporting period", "Quarter 2 2009/10"]] },
      ],
    });
    expect(analysis.indicators.map((i) => [i.status, i.direction, i.asAt])).toEqual([
      ["Green", "Improving", { kind: "quarter", year: 2009, quarter: 2 }],
    ]);
  });
});
