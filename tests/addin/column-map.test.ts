/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { Pane } from "../../addin/taskpane/pane";
import { CellValue } from "../../src/grid";
import { FakeSource, inExcel } from "./fake-source";

// The Check view's "How the sheet was read" (issue 16, item 3): the column map of the scorecard,
// each column's letter a button to its header cell, and a column not understood marked so.

const html = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");
const byId = (id: string) => document.getElementById(id) as HTMLElement;

function openPane(): Pane {
  document.body.innerHTML = html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
  return new Pane(document, { delivery: { deliver: async () => ({ kind: "download-started" }) }, template: async () => new Uint8Array() });
}

const values: CellValue[][] = [
  ["", "", "", "", "2009/10", "", ""],
  ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target", "Q1", "Q2", "Weighting"],
  ["L1", "Jobs", "Economy", "Higher", 100, 80, 105, 3],
];

test("the Check view shows how each column was read, and a column not understood stands out", async () => {
  const pane = openPane();
  const excel = inExcel(new FakeSource({ sheets: [{ name: "Scorecard", values, merges: ["E1:G1"] }] }));
  await pane.setSource(excel);
  const details = byId("column-map").querySelector("details")!;
  expect(details.querySelector("summary")!.textContent).toBe("How the sheet was read: 8 columns, 1 not understood");
  const entry = (letter: string) => {
    const b = details.querySelector<HTMLButtonElement>(`#column-${letter}`)!;
    return [b.querySelector(".place")!.textContent, b.querySelector(".typed")!.textContent!.trim(), b.querySelector(".read-as")!.textContent!.trim()];
  };
  expect(entry("F")).toEqual(["F", "2009/10 / Q1", "Actual, Q1 2009/10"]);
  expect(entry("G")).toEqual(["G", "2009/10 / Q2", "Actual, Q2 2009/10"]);
  expect(entry("E")).toEqual(["E", "2009/10 / Target", "Target, 2009/10"]);
  expect(entry("H")).toEqual(["H", "Weighting", "not understood"]);
  expect(details.querySelectorAll(".not-understood")).toHaveLength(1);
  // Read aloud, each says what it is: "H, header Weighting, read as not understood".
  expect(byId("column-H").textContent).toBe("H, header Weighting, read as not understood");

  // Each is a native button: Tab reaches it, Enter or a click goes to the header cell in Excel.
  const letter = byId("column-H") as HTMLButtonElement;
  expect(letter.type).toBe("button");
  letter.click();
  expect(excel.selected).toEqual([["Scorecard", "H2"]]);
});

test("checked again, the map keeps the state the user left it in", async () => {
  const pane = openPane();
  const source = inExcel(new FakeSource({ sheets: [{ name: "Scorecard", values }] }));
  await pane.setSource(source);
  const before = byId("column-map").querySelector("details") as HTMLDetailsElement;
  before.open = true;
  byId("validate").click();
  for (let i = 0; i < 50 && byId("pane").getAttribute("aria-busy") === "true"; i++) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 0));
  const after = byId("column-map").querySelector("details") as HTMLDetailsElement;
  expect(after).not.toBe(before); // drawn again from the new check
  expect(after.open).toBe(true);
});

test("a header cell holding a date reads as Excel shows it, the same text as validate --columns", async () => {
  const pane = openPane();
  const dated: CellValue[][] = [
    ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", new Date(Date.UTC(2009, 8, 30))],
    ["L1", "Jobs", "Economy", "Higher", 100, 80],
  ];
  const numFmts = [[null, null, null, null, null, "dd/mm/yyyy"]];
  await pane.setSource(inExcel(new FakeSource({ sheets: [{ name: "Scorecard", values: dated, numFmts }] })));
  const button = byId("column-map").querySelector<HTMLButtonElement>("#column-F")!;
  expect(button.querySelector(".typed")!.textContent!.trim()).toBe("30/09/2009");
  expect(button.querySelector(".read-as")!.textContent!.trim()).toBe("Actual, Q2 2009/10");
});
