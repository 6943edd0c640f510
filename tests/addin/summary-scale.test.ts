/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { Pane } from "../../addin/taskpane/pane";
import { CellValue, WorkbookGrids } from "../../src/grid";
import { FakeSource } from "./fake-source";

// The Summary at the scale of a county, in the pane's page: exceptions first, the counts by status as
// filters, a search, collapse all; and a summary sheet of the user's own stops only Refresh.

const html = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");
const HEAD = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual Q1 2009/10", "Actual Q2 2009/10"];

/** Partnership k: figures against a target of 50 that make it Green, Amber or Red (and Red at Q1 for "Turned Amber"). */
function book(): WorkbookGrids {
  const rows: CellValue[][] = [HEAD];
  const add = (name: string, q1: number, q2: number, n = 3) => {
    for (let i = 0; i < n; i++) rows.push([`L${rows.length}.1`, `${name} measure ${i + 1}`, name, "Higher", 50, q1, q2]);
  };
  add("Green Valley", 55, 55);
  add("Red Hill", 30, 30);
  add("Amber Fields", 30, 49);
  add("Second Red", 30, 31);
  return { sheets: [{ name: "Scorecard", values: rows }] };
}

let pane: Pane;
const byId = (id: string) => document.getElementById(id) as HTMLElement;
const names = () => [...document.querySelectorAll("#partnership-cards > li:not([hidden]) h3")].map((h) => h.textContent);

async function open(grids: WorkbookGrids): Promise<void> {
  document.body.innerHTML = html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
  pane = new Pane(document, { delivery: { deliver: async () => ({ kind: "download-started" }) }, template: async () => new Uint8Array() });
  await pane.setSource(new FakeSource(grids));
}

test("cards come Red first, then Amber, then Green, whatever the scorecard's order", async () => {
  await open(book());
  expect(names()).toEqual(["Red Hill", "Second Red", "Amber Fields", "Green Valley"]);
  expect(byId("cards-shown").textContent).toBe("4 partnerships, Red first; changes are since Q1 2009/10.");
});

test("the counts by status are filters; several add up; Show all undoes them", async () => {
  await open(book());
  expect(byId("filter-Red").textContent).toBe("2 Red");
  byId("filter-Red").click();
  expect(byId("filter-Red").getAttribute("aria-pressed")).toBe("true");
  expect(names()).toEqual(["Red Hill", "Second Red"]);
  expect(byId("cards-shown").textContent).toBe("Showing 2 of 4 partnerships.");
  byId("filter-Amber").click();
  expect(names()).toEqual(["Red Hill", "Second Red", "Amber Fields"]);
  byId("clear-filters").click();
  expect(names()).toHaveLength(4);
  expect(byId("clear-filters").hidden).toBe(true);
});

test("changed status picks out the partnership that was Red at Q1 and is Amber now, and its card says so", async () => {
  await open(book());
  expect(byId("filter-changed").textContent).toBe("1 changed status");
  byId("filter-changed").click();
  expect(names()).toEqual(["Amber Fields"]);
  expect(document.querySelector("#card-2 .change")?.textContent).toBe("Amber, was Red at Q1 2009/10. 3 indicators changed status since Q1 2009/10.");
  expect(document.querySelector("#card-1 .change")?.textContent).toBe("Red, as it was at Q1 2009/10. No indicator changed status since Q1 2009/10.");
});

test("a search finds a partnership by name, or an indicator by ref with the spaces left out, and opens its card to it", async () => {
  await open(book());
  const search = byId("card-search") as HTMLInputElement;
  search.value = "second";
  search.dispatchEvent(new Event("input"));
  expect(names()).toEqual(["Second Red"]);
  search.value = "l5.1";
  search.dispatchEvent(new Event("input"));
  expect(names()).toEqual(["Red Hill"]);
  expect(byId("card-1-toggle").getAttribute("aria-expanded")).toBe("true");
  expect([...byId("card-1-list").querySelectorAll(".ref")].map((r) => r.textContent)).toEqual(["L5.1"]);
  // Its sparkline says its figures in words.
  expect(byId("card-1-list").querySelector("svg")?.getAttribute("aria-label")).toBe("Actuals: 30 in Q1 2009/10, 30 in Q2 2009/10; target 50.");
  search.value = "nothing like it";
  search.dispatchEvent(new Event("input"));
  expect(names()).toEqual([]);
  expect(byId("cards-shown").textContent).toBe("No partnership matches: choose Show all to see all 4.");
  byId("clear-filters").click();
  // Cleared, the open card lists all its indicators again.
  expect(byId("card-1-list").querySelectorAll(".indicator")).toHaveLength(3);
  byId("collapse-all").click();
  expect(document.querySelectorAll(".disclosure[aria-expanded=true]")).toHaveLength(0);
});

test("the user's own Partnership Summary sheet stops Refresh only: the Summary shows, with a banner saying why", async () => {
  const grids = book();
  grids.sheets.push({ name: "Partnership Summary", values: [["Our own summary for the board"]] });
  await open(grids);
  // Opens on the Summary: there is nothing wrong with the figures.
  expect(byId("view-summary").hidden).toBe(false);
  expect(names()).toHaveLength(4);
  expect(byId("summary-note").textContent).toMatch(/^Refresh cannot write the statuses into this workbook: .*Partnership Summary.*Check and Documents work as usual\.$/);
  byId("refresh").click();
  // The refresh paints each step before it, so it takes a few frames: wait for the pane to be idle.
  for (let i = 0; i < 200 && byId("pane").getAttribute("aria-busy") !== "false"; i++) await new Promise((r) => setTimeout(r, 10));
  expect(byId("summary-status").textContent).toMatch(/^Nothing was written: .*Partnership Summary/);
  expect(names()).toHaveLength(4);
});

test("a partnership no indicator names says so, not No data and then nothing to discuss", async () => {
  const grids = book();
  grids.sheets.push({ name: "Partnerships", values: [["Partnership", "Lead"], ["Green Valley", "A"], ["Empty Board", "B"]] });
  await open(grids);
  const card = [...document.querySelectorAll("#partnership-cards > li")].find((li) => li.querySelector("h3")?.textContent === "Empty Board")!;
  expect(card.querySelector(".status-line")?.textContent).toBe("No indicators");
  expect(card.textContent).not.toMatch(/Nothing Red, Amber or without data/);
  expect(card.textContent).toMatch(/No indicator on the scorecard names this partnership\./);
});
