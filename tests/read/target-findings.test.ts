import { existsSync } from "node:fs";
import * as path from "node:path";
import { analyse } from "../../src/engine";
import { CellValue } from "../../src/grid";
import { Finding } from "../../src/model";
import { isRated } from "../../src/status";
import { editedSample, runCli, tempDir } from "../cli/run-cli";
import { sampleAnalysis } from "../documents/sample-book";
import { book, sheet } from "./grids";

// The warnings about a missing target say what is true of the cell and of the rating: a target
// already marked tbc is not asked to be typed tbc; an indicator whose latest figure has no target
// either is never said to carry a status on it; a target written as text is one error at its cell,
// whichever target column it is in and whichever paper the book is checked for.

const noTarget = (findings: Finding[]) => findings.filter((f) => f.code === "no-target" || f.code === "no-target-column");
const row6 = (findings: Finding[]) => findings.filter((f) => f.sheet === "LAA Scorecard" && /^[A-Z]+6$/.test(f.cell ?? ""));

describe("the hint fits what the target cell says", () => {
  test("the sample's NI 17: I6 says tbc, so the hint does not ask for tbc; its 2008/09 figure has no target either, so it is not rated", async () => {
    const a = await sampleAnalysis();
    expect(a.findings).toEqual([expect.objectContaining({
      code: "no-target", sheet: "LAA Scorecard", cell: "I6",
      message: "NI 17 has no target for 2009/10, the year of the reporting period (Q2 2009/10), so a 2009/10 figure could not be rated; " +
        "its latest figure, for 2008/09, has no target either, so it is not rated.",
      hint: "The target is marked tbc: type it when it is agreed.",
    })]);
    expect(a.indicators.find((r) => r.indicator.ref === "NI 17")?.status).toBe("No target");
  });

  test("a blank target cell is asked for the target, or tbc", async () => {
    const [f] = (await sampleAnalysis({ "LAA Scorecard!I6": null })).findings;
    expect(f).toMatchObject({ code: "no-target", cell: "I6", hint: "Type the 2009/10 target in this cell, or tbc if it is still being agreed." });
  });

  test("a target marked n/a is asked for the target only if there is one", async () => {
    const [f] = (await sampleAnalysis({ "LAA Scorecard!I6": "n/a" })).findings;
    expect(f).toMatchObject({ cell: "I6", hint: "The target is marked n/a: if there is a 2009/10 target, type it in this cell, or tbc if it is still being agreed." });
  });

  test("once its 2008/09 target is typed, NI 17 is rated on its 2008/09 outturn, and the warning says its status is as at then", async () => {
    const a = await sampleAnalysis({ "LAA Scorecard!H6": 0.18 });
    expect(a.indicators.find((r) => r.indicator.ref === "NI 17")?.status).toBe("Green");
    expect(a.findings.map((f) => f.message)).toEqual([
      "NI 17 has no target for 2009/10, the year of the reporting period (Q2 2009/10), so a 2009/10 figure could not be rated; its status is as at 2008/09, its latest figure.",
    ]);
  });
});

describe("a target written as text is one error at its cell, never also 'no target'", () => {
  test("the sample's I6 written as 2?: the error at I6 and nothing else on NI 17's row", async () => {
    const a = await sampleAnalysis({ "LAA Scorecard!I6": "2?" });
    expect(row6(a.findings).map((f) => `${f.cell} ${f.code}`)).toEqual(["I6 not-a-number"]);
    expect(noTarget(a.findings)).toEqual([]);
  });

  const HEAD = ["Ref", "Indicator", "Partnership", "Polarity"];
  const rate = (headers: string[], row: CellValue[], settings: CellValue[][] = []) =>
    analyse(book(sheet("Scorecard", [[...HEAD, ...headers], ["L1", "x", "P", "Higher", ...row]]), sheet("Settings", [["Setting", "Value"], ...settings])));

  test.each([
    ["a quarter's target column only", ["Target Q2 2009/10", "Q2 2009/10"], ["about 5", 4], [], "E2"],
    ["the quarter's target beside a blank annual one", ["Target 2009/10", "Target Q2 2009/10", "Q2 2009/10"], [null, "5?", 4], [], "F2"],
    ["the annual target beside the quarter's, blank", ["Target 2009/10", "Target Q2 2009/10", "Q2 2009/10"], ["five", null, 4], [], "E2"],
    ["a later reporting year set in Settings", ["Target 2009/10", "Target 2010/11", "Q2 2009/10"], [5, "tbc?", 4], [["Reporting period", "Q2 2010/11"]], "F2"],
  ])("%s", (_name, headers, row, settings, cell) => {
    const a = rate(headers as string[], row as CellValue[], settings as CellValue[][]);
    // The later year has no actual yet either: that is the Settings cell's own warning, not the target's.
    const ofTargets = a.findings.filter((f) => f.code !== "period-without-actuals");
    expect(ofTargets.map((f) => `${f.cell} ${f.code}`)).toEqual([`${cell} not-a-number`]);
  });

  test.each([["mid-year-report"], ["progress-update"], ["annual-review"]])("%s on that book: the one error is printed, and nothing is written", async (command) => {
    const dir = tempDir();
    const file = await editedSample(dir, "book.xlsx", (b) => void (b.getWorksheet("LAA Scorecard")!.getCell("I6").value = "2?"));
    const out = path.join(dir, "out");
    const r = await runCli([command, file, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("'LAA Scorecard'!I6");
    expect(r.stdout).toContain('"2?" under "Target 2009/10" is not a number.');
    expect(r.stdout).not.toMatch(/no target/i);
    expect(r.stdout).toContain("1 error and 0 warnings");
    expect(existsSync(out)).toBe(false);
  });
});

describe("a reporting year with no targets (2010/11): the findings say what the ratings are", () => {
  test.each([["2010/11"], ["Q2 2010/11"]])("reporting period %s: every indicator said to be rated is, and NI 17 is named as not rated", async (period) => {
    const a = await sampleAnalysis({ "Settings!B3": period });
    expect(a.findings).toHaveLength(1);
    const [f] = a.findings;
    expect(f).toMatchObject({ code: "no-target-column", severity: "warning" });
    expect(f.message).toBe(
      `There is no target column for 2010/11, the year of the reporting period (${period}). No indicator has a 2010/11 figure yet, ` +
        "so each is rated on its latest figure before it, except NI 17, which is not rated (No target); a 2010/11 figure could not be rated.",
    );
    // "each is rated on its latest figure before it, except NI 17": true of every indicator with a figure.
    const withFigure = a.indicators.filter((r) => r.latest);
    expect(withFigure.filter((r) => !isRated(r.status)).map((r) => r.indicator.ref)).toEqual(["NI 17"]);
    for (const r of withFigure) expect(r.latest!.period.year).toBeLessThan(2010);
  });

  test("where no figure before the year has a target, none is said to be rated", () => {
    const a = analyse(book(
      sheet("Scorecard", [["Ref", "Indicator", "Partnership", "Polarity", "Target 2009/10", "Actual 2008/09"], ["L1", "x", "P", "Higher", 5, 4]]),
      sheet("Settings", [["Setting", "Value"], ["Reporting period", "2010/11"]]),
    ));
    expect(a.indicators[0].status).toBe("No target");
    expect(a.findings.map((f) => f.message)).toEqual([
      "There is no target column for 2010/11, the year of the reporting period (2010/11). No indicator has a 2010/11 figure yet, and none is rated: no latest figure before it has a target.",
    ]);
  });
});
