/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { Pane } from "../../addin/taskpane/pane";
import { CellValue, WorkbookGrids } from "../../src/grid";
import { FakeSource } from "./fake-source";

// Documents for many partnerships: tick all, none, or only the Red and Amber ones in one press, and
// see how many are ticked; the .zip choice belongs to the papers written per partnership, not to the list.

const html = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");
const HEAD = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual Q2 2009/10"];

function book(): WorkbookGrids {
  const rows: CellValue[][] = [HEAD];
  const add = (name: string, actual: number) => {
    for (let i = 0; i < 3; i++) rows.push([`L${rows.length}.1`, `${name} measure`, name, "Higher", 50, actual]);
  };
  add("Green Valley", 55);
  add("Red Hill", 30);
  add("Amber Fields", 49);
  return { sheets: [{ name: "Scorecard", values: rows }] };
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const ticked = () => [...document.querySelectorAll<HTMLInputElement>("#partnership-choices input")].filter((b) => b.checked).map((b) => b.value);

beforeEach(async () => {
  document.body.innerHTML = html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
  const pane = new Pane(document, { delivery: { deliver: async () => ({ kind: "download-started" }) }, template: async () => new Uint8Array() });
  await pane.setSource(new FakeSource(book()));
});

test("All, None and Red and Amber only tick the partnerships, and the count says how many", () => {
  expect(ticked()).toEqual(["Green Valley", "Red Hill", "Amber Fields"]);
  expect(byId("partnership-count").textContent).toBe("3 of 3 partnerships ticked.");
  byId("choose-none").click();
  expect(ticked()).toEqual([]);
  expect(byId("partnership-count").textContent).toBe("0 of 3 partnerships ticked.");
  byId("choose-red-amber").click();
  expect(ticked()).toEqual(["Red Hill", "Amber Fields"]);
  expect(byId("partnership-count").textContent).toBe("2 of 3 partnerships ticked.");
  byId("choose-all").click();
  expect(ticked()).toHaveLength(3);
  // Each partnership's status is said beside its name.
  expect(document.querySelector("label[for=partnership-1]")?.textContent).toBe("Red Hill Red");
});

test("the .zip choice is outside the partnership list, and goes with it for the minutes", () => {
  expect(byId("review-partnerships").contains(byId("as-zip"))).toBe(false);
  (byId("document-minutes") as HTMLInputElement).click();
  expect(byId("zip-choice").hidden).toBe(true);
  expect(byId("review-partnerships").hidden).toBe(true);
  (byId("document-annual-review") as HTMLInputElement).click();
  expect(byId("zip-choice").hidden).toBe(false);
});
