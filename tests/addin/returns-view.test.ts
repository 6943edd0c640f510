/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { planReturns } from "../../addin/returns-run";
import { ReturnsView } from "../../addin/taskpane/returns-view";
import { analyse } from "../../src/engine";
import { loadWorkbook, returnFiles } from "../../src/files";
import { CellValue, WorkbookGrids } from "../../src/grid";
import { makeReturns } from "../../src/returns/make-returns";
import { typeIntoReturn } from "../../scripts/fill-returns";
import { FakeSource } from "./fake-source";

// What the Returns view shows before anything is written: each figure with the scorecard's value, the
// return's and its flag, a figure kept out with what the lead typed, the chase list and the findings
// at the return's cell.

// jsdom leaves out the encoders the file adapter uses, which every browser has.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const PARTNERSHIPS = ["Safer Essex", "Healthier Essex"];

function grids(): WorkbookGrids {
  const values: CellValue[][] = [["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Q1 2009/10", "Q2 2009/10"]];
  for (let i = 0; i < 4; i++) values.push([`L${i + 1}`, `Local indicator ${i + 1}`, PARTNERSHIPS[i % 2], "Higher", 50, 40 + i, i === 3 ? 44 : null]);
  return { sheets: [{ name: "Scorecard", values }, { name: "Settings", values: [["Setting", "Value"], ["Reporting period", "Q2 2009/10"]] }] };
}

test("the table, the figure kept out, the chase list and the findings, before anything is written", async () => {
  document.documentElement.innerHTML = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");
  const source = new FakeSource(grids());
  const analysis = analyse(source.grids);
  // Only Safer Essex's return comes back: L1 filled, L3 "tbc", and nothing from Healthier Essex.
  const made = returnFiles(makeReturns(analysis, { book: "Essex.xlsx", period: analysis.reportingPeriod!, partnerships: ["Safer Essex"] }));
  const inputs = [{ file: made[0].fileName, grids: (await loadWorkbook(typeIntoReturn(made[0].bytes, { figures: { L1: 41, L3: "tbc" } }))).grids }];
  const { plan, analysis: planned } = await planReturns(source, inputs, false);
  const view = new ReturnsView(document);
  view.show(plan, inputs, planned);

  const rows = [...document.querySelectorAll("table.figures tbody tr:not(.group)")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
  // A figure kept out is shown as the others are: its period, title and what the scorecard holds now.
  expect(rows).toEqual([
    ["L1 Q2 2009/10Local indicator 1", "blank", "41", "New: will be written"],
    ["L3 Q2 2009/10Local indicator 3", "blank", "tbc", "Not a number: not taken"],
  ]);
  expect(document.getElementById("accept-bar")!.hidden).toBe(false);
  const chase = [...document.querySelectorAll("#returns-chase li")].map((li) => li.textContent);
  expect(chase).toEqual(["Safer Essex, no lead named: L3 not taken", "Healthier Essex, no lead named: no return received; missing L2"]);
  const findings = [...document.querySelectorAll("#returns-findings .place")].map((p) => p.textContent);
  expect(findings).toEqual([`${made[0].fileName} Figures!J3`]);
  // Nothing was written: the view only shows.
  expect(source.merges).toEqual([]);
  view.clear();
  expect([document.getElementById("returns-review")!.childElementCount, document.getElementById("accept-bar")!.hidden]).toEqual([0, true]);
});

/**
 * The pane showing Healthier Essex's return, whose L4 figure (46) is for G5 of the scorecard sheet
 * (`sheetName` when given): a cell holding a formula, the officer's own working, showing 44. Gives the return's file name.
 */
async function showReturnForFormulaCell(sheetName?: string): Promise<string> {
  document.documentElement.innerHTML = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");
  const book = grids();
  book.sheets[0] = { ...book.sheets[0], ...(sheetName ? { name: sheetName } : {}), formulas: ["G5"] } as WorkbookGrids["sheets"][number];
  const source = new FakeSource(book);
  const analysis = analyse(source.grids);
  const made = returnFiles(makeReturns(analysis, { book: "Essex.xlsx", period: analysis.reportingPeriod!, partnerships: ["Healthier Essex"] }));
  const inputs = [{ file: made[0].fileName, grids: (await loadWorkbook(typeIntoReturn(made[0].bytes, { figures: { L4: 46 } }))).grids }];
  const { plan } = await planReturns(source, inputs, true);
  new ReturnsView(document).show(plan, inputs);
  return made[0].fileName;
}

test("a figure for a cell holding a formula is shown at the scorecard's cell, not as a cell of the return, in words the pane's option matches", async () => {
  const fileName = await showReturnForFormulaCell();

  const finding = document.querySelector("#returns-findings li")!;
  expect(finding.querySelector(".place")!.textContent).toBe(`Scorecard!G5 (${fileName})`);
  expect(finding.textContent).not.toContain("--");
  expect(finding.textContent).toContain("even when told to overwrite figures that differ");
});

test("a lead's update of the words their return showed is flagged as an update, not as a difference overwritten", async () => {
  document.documentElement.innerHTML = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");
  const book = grids();
  book.sheets.push({ name: "Commentary", values: [["Partnership", "Section", "Text"], ["Safer Essex", "Barriers and risks", "Recruitment is slow."]] });
  const source = new FakeSource(book);
  const analysis = analyse(source.grids);
  const made = returnFiles(makeReturns(analysis, { book: "Essex.xlsx", period: analysis.reportingPeriod!, partnerships: ["Safer Essex"] }));
  const inputs = [{ file: made[0].fileName, grids: (await loadWorkbook(typeIntoReturn(made[0].bytes, { commentary: { "Barriers and risks": "Recruitment has caught up." } }))).grids }];
  const { plan } = await planReturns(source, inputs, false);
  new ReturnsView(document).show(plan, inputs);
  const rows = [...document.querySelectorAll("table.texts tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
  expect(rows).toEqual([["Safer EssexBarriers and risks", "Recruitment is slow.", "Recruitment has caught up.", "Update: replaces the words the return showed"]]);
});

test("a figure kept out for a finding shows the figure the scorecard holds now", async () => {
  document.documentElement.innerHTML = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");
  const book = grids();
  // L3 (row 4) already holds 42 for Q2; the lead types words over it.
  book.sheets[0].values[3][6] = 42;
  const source = new FakeSource(book);
  const analysis = analyse(source.grids);
  const made = returnFiles(makeReturns(analysis, { book: "Essex.xlsx", period: analysis.reportingPeriod!, partnerships: ["Safer Essex"] }));
  const inputs = [{ file: made[0].fileName, grids: (await loadWorkbook(typeIntoReturn(made[0].bytes, { figures: { L3: "see note" } }))).grids }];
  const planned = await planReturns(source, inputs, false);
  new ReturnsView(document).show(planned.plan, inputs, planned.analysis);
  const rows = [...document.querySelectorAll("table.figures tbody tr.not-taken")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
  expect(rows).toEqual([["L3 Q2 2009/10Local indicator 3", "42", "see note", "Not a number: not taken"]]);
});

test("a scorecard sheet whose name has a space is named quoted, as Excel and the Check view write it", async () => {
  const fileName = await showReturnForFormulaCell("LAA Scorecard");

  expect(document.querySelector("#returns-findings .place")!.textContent).toBe(`'LAA Scorecard'!G5 (${fileName})`);
  const row = document.querySelector("table.figures tbody tr:not(.group)") as HTMLElement;
  expect(row.title).toBe(`'LAA Scorecard'!G5; from ${fileName} Figures!J3`);
});
