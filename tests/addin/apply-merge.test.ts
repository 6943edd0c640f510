import { applyMerge } from "../../addin/excel/apply-merge";
import { BASELINE, Capabilities } from "../../addin/excel/capabilities";
import { ExcelWorkbookSource } from "../../addin/excel/excel-source";
import { planReturns } from "../../addin/returns-run";
import { analyse } from "../../src/engine";
import { loadWorkbook, returnFiles } from "../../src/files";
import { ReturnInput } from "../../src/returns/merge-returns";
import { makeReturns } from "../../src/returns/make-returns";
import { typeIntoReturn } from "../../scripts/fill-returns";
import { mockExcel, MockOptions, MockSheet } from "./excel-mock";

// Accepting partner returns in Excel: the merge's plan (the command line's) written into the open
// workbook's own cells in one batch of a fixed number of round trips, one step of Undo where Excel
// offers it, and never over a formula.

const PARTNERSHIPS = ["Safer Essex", "Healthier Essex", "Greener Essex"];
const HEADER = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Q1 2009/10", "Q2 2009/10"];
const SETTINGS: MockSheet = { name: "Settings", address: "A1:B2", values: [["Setting", "Value"], ["Reporting period", "'Q2 2009/10"]] };

/** A scorecard of n indicators with Q1 figures and an empty Q2 column, the period being collected. */
function scorecard(n: number): MockSheet {
  const values: unknown[][] = [HEADER];
  for (let i = 0; i < n; i++) values.push([`L${i + 1}`, `Local indicator ${i + 1}`, PARTNERSHIPS[i % 3], "Higher", 50, 40 + (i % 7), ""]);
  return { name: "Scorecard", address: `A1:G${n + 1}`, values };
}

const global = globalThis as unknown as { Excel?: unknown };
afterEach(() => delete global.Excel);

/** Excel.run over the mock, recording each run's options. */
function excelOver(sheets: MockSheet[], options: MockOptions = {}) {
  const excel = mockExcel(sheets, options);
  const runs: Excel.RunOptions[] = [];
  global.Excel = {
    run: (runOptions: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<unknown>) => {
      runs.push(runOptions);
      return batch(excel.context);
    },
  };
  return { excel, runs };
}

/** Every partnership's return made from the workbook as read, filled as its lead would: `figure` for each Ref. */
async function filledReturns(source: ExcelWorkbookSource, figure: (ref: string) => number, commentary: Record<string, string> = {}): Promise<ReturnInput[]> {
  const analysis = analyse(await source.read());
  const made = returnFiles(makeReturns(analysis, { book: "Essex.xlsx", period: analysis.reportingPeriod!, partnerships: PARTNERSHIPS }));
  const refs = analysis.scorecard!.indicators.map((i) => i.ref);
  return Promise.all(made.map(async (m) => {
    const typed = typeIntoReturn(m.bytes, { figures: Object.fromEntries(refs.map((r) => [r, figure(r)])), commentary });
    return { file: m.fileName, grids: (await loadWorkbook(typed)).grids };
  }));
}

const refNumber = (ref: string) => Number(ref.slice(1));

async function acceptIn(sheets: MockSheet[], capabilities: Capabilities = BASELINE, commentary: Record<string, string> = {}, overwrite = false) {
  const { excel, runs } = excelOver(sheets);
  const source = new ExcelWorkbookSource(capabilities);
  const returns = await filledReturns(source, (ref) => 100 + refNumber(ref), commentary);
  const { plan } = await planReturns(source, returns, overwrite);
  const [syncs, runsBefore, writesBefore] = [excel.syncs(), runs.length, excel.writes.length];
  const findings = await source.applyMerge(plan);
  return { excel, plan, findings, syncs: excel.syncs() - syncs, writeRuns: runs.slice(runsBefore), writes: excel.writes.slice(writesBefore) };
}

test("each figure lands in its indicator's row, found by Ref, in the period's column, even after the rows were re-sorted", async () => {
  const sheet = scorecard(9);
  const { excel, runs } = excelOver([sheet, SETTINGS]);
  const source = new ExcelWorkbookSource(BASELINE);
  const returns = await filledReturns(source, (ref) => 100 + refNumber(ref));
  // The officer sorts the scorecard after the returns went out: rows move, Refs do not.
  const rows = sheet.values!;
  rows.splice(1, rows.length - 1, ...rows.slice(1).reverse());
  const { plan } = await planReturns(source, returns, false);
  const before = excel.writes.length;
  expect(await source.applyMerge(plan)).toEqual([]);
  const written = excel.writes.slice(before).filter((w) => Array.isArray(w.target.values));
  expect(written).toHaveLength(9);
  for (const w of written) {
    expect(w.sheet).toBe("Scorecard");
    const row = Number(w.address.slice(1));
    expect(w.address[0]).toBe("G");
    // The value written is the one typed against the Ref on that row.
    expect(w.target.values).toEqual([[100 + refNumber(String(sheet.values![row - 1][0]))]]);
  }
  expect(runs.length).toBeGreaterThan(0);
});

test("the write takes the same number of round trips for 5 figures and for 500", async () => {
  const few = await acceptIn([scorecard(5), SETTINGS]);
  const many = await acceptIn([scorecard(500), SETTINGS]);
  expect(few.plan.scorecard.writes).toHaveLength(5);
  expect(many.plan.scorecard.writes).toHaveLength(500);
  expect([few.findings, many.findings]).toEqual([[], []]);
  expect(many.syncs).toBe(few.syncs);
  expect(few.syncs).toBe(2);
});

test("one step of Undo where Excel offers it (ExcelApi 1.20); no undo group asked for where it does not", async () => {
  const grouped = await acceptIn([scorecard(5), SETTINGS], { ...BASELINE, undoGroup: true });
  expect(grouped.writeRuns).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
  const plain = await acceptIn([scorecard(5), SETTINGS], { ...BASELINE, undoGroup: false });
  expect(plain.writeRuns).toEqual([{ delayForCellEdit: true }]);
});

test("a scorecard cell holding a formula is never written, even told to overwrite: its figure is a conflict, the rest are written", async () => {
  const sheet = scorecard(6);
  sheet.values![3][6] = 47;
  sheet.formulas = sheet.values!.map((row, r) => row.map((v, c) => (r === 3 && c === 6 ? "=40+7" : v)));
  // Excel's read gives the formula's result (47) only: the pane asks which cells hold formulas.
  const { plan, findings, writes } = await acceptIn([sheet, SETTINGS], BASELINE, {}, true);
  expect(findings).toEqual([]);
  const l3 = plan.figures.find((f) => f.ref === "L3")!;
  expect([l3.cell, l3.outcome, l3.formula]).toEqual(["G4", "conflict", true]);
  expect(plan.findings.map((f) => [f.code, f.sheet, f.cell])).toContainEqual(["return-formula-cell", "Scorecard", "G4"]);
  const cells = writes.filter((w) => Array.isArray(w.target.values)).map((w) => w.address);
  expect(cells).not.toContain("G4");
  expect(cells.sort()).toEqual(["G2", "G3", "G5", "G6", "G7"]);
});

test("a cell that became a formula after the plan was made stops the whole batch: nothing is written", async () => {
  const sheet = scorecard(4);
  const { excel } = excelOver([sheet, SETTINGS]);
  const source = new ExcelWorkbookSource(BASELINE);
  const { plan } = await planReturns(source, await filledReturns(source, () => 45), false);
  sheet.formulas = sheet.values!.map((row, r) => row.map((v, c) => (r === 2 && c === 6 ? "=SUM(F3)" : v)));
  const before = excel.writes.length;
  const findings = await applyMerge(excel.context, plan);
  expect(findings).toEqual([expect.objectContaining({ severity: "error", sheet: "Scorecard", cell: "G3" })]);
  expect(excel.writes.slice(before).filter((w) => Array.isArray(w.target.values))).toEqual([]);
});

test("... and the finding names the cell as Excel's Go To takes it, the sheet quoted where its name has a space", async () => {
  const sheet = { ...scorecard(4), name: "LAA Scorecard" };
  const { excel } = excelOver([sheet, SETTINGS]);
  const source = new ExcelWorkbookSource(BASELINE);
  const { plan } = await planReturns(source, await filledReturns(source, () => 45), false);
  sheet.formulas = sheet.values!.map((row, r) => row.map((v, c) => (r === 2 && c === 6 ? "=SUM(F3)" : v)));
  const [finding] = await applyMerge(excel.context, plan);
  expect(finding.message).toBe("'LAA Scorecard'!G3 now holds a formula, which a return's figure is never written over.");
});

test("the returns' words go under a new Commentary sheet's headers, in the same batch", async () => {
  const { excel, findings, syncs, writes } = await acceptIn([scorecard(3), SETTINGS], BASELINE, { "Barriers and risks": "Staff shortages in Q2." });
  expect(findings).toEqual([]);
  expect(syncs).toBe(2);
  expect(excel.added).toEqual(["Commentary"]);
  const commentary = writes.filter((w) => w.sheet === "Commentary" && Array.isArray(w.target.values)).map((w) => [w.address, (w.target.values as unknown[][])[0][0]]);
  expect(commentary.slice(0, 3)).toEqual([["A1", "Partnership"], ["B1", "Section"], ["C1", "Text"]]);
  expect(commentary).toContainEqual(["C2", "Staff shortages in Q2."]);
});

test("a protected scorecard sheet is reported at its cell and nothing is written", async () => {
  const { excel, findings, writes } = await acceptIn([{ ...scorecard(3), protected: true }, SETTINGS]);
  expect(findings).toEqual([expect.objectContaining({ severity: "error", sheet: "Scorecard", message: "The sheet Scorecard is protected, so the returns' figures cannot be written." })]);
  expect(writes.filter((w) => Array.isArray(w.target.values))).toEqual([]);
  expect(excel.added).toEqual([]);
});

test("on an existing Commentary sheet, new words go in rows under its last; words the lead was shown, still there, are replaced in their own cell", async () => {
  const commentary: MockSheet = { name: "Commentary", address: "A1:C2", values: [["Partnership", "Section", "Text"], ["Safer Essex", "Barriers and risks", "Recruitment is slow."]] };
  const { excel, plan, findings, writes } = await acceptIn([scorecard(3), SETTINGS, commentary], BASELINE, { "Barriers and risks": "Staff shortages in Q2." });
  expect(findings).toEqual([]);
  expect(excel.added).toEqual([]);
  const safer = plan.texts.find((t) => t.partnership === "Safer Essex")!;
  expect([safer.outcome, safer.cell]).toEqual(["overwritten", "C2"]);
  const cells = writes.filter((w) => w.sheet === "Commentary" && Array.isArray(w.target.values)).map((w) => [w.address, (w.target.values as unknown[][])[0][0]]);
  // Safer Essex's update in C2, where its old words were; the other two partnerships' words each on a row of its own under row 2.
  expect(cells).toEqual([
    ["C2", "Staff shortages in Q2."],
    ["A3", "Healthier Essex"], ["B3", "Barriers and risks"], ["C3", "Staff shortages in Q2."],
    ["A4", "Greener Essex"], ["B4", "Barriers and risks"], ["C4", "Staff shortages in Q2."],
  ]);
});
