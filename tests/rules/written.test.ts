import { analyse } from "../../src/engine";
import { CellValue, WorkbookGrids } from "../../src/grid";
import { planRefresh } from "../../src/refresh";
import { writtenState } from "../../src/written";
import { FakeSource } from "../addin/fake-source";
import { scorecardValues } from "../addin/scorecard-fixture";

// Whether the workbook holds what a refresh would write now, read from the workbook itself: so a
// refresh made elsewhere (the command line, an earlier session) and a change made since are both seen.

/** A scorecard with a baseline (so Planned improvement is a figure) and, optionally, an amber tolerance on its Settings sheet. */
function book(tolerance?: CellValue): WorkbookGrids {
  const values = scorecardValues(6).map((row, r) => [...row, r === 0 ? "Baseline" : 40 + (r % 4)]);
  const sheets = [{ name: "Scorecard", values }];
  if (tolerance !== undefined) sheets.push({ name: "Settings", values: [["Setting", "Value"], ["Amber tolerance", tolerance]] });
  return { sheets };
}

/** The workbook after a refresh of its own analysis, as the adapters write it. */
async function refreshed(grids: WorkbookGrids): Promise<WorkbookGrids> {
  const source = new FakeSource(grids);
  await source.applyRefresh(planRefresh(analyse(grids)));
  return source.grids;
}

const stateOf = (grids: WorkbookGrids) => writtenState(grids, analyse(grids));

test("a workbook never refreshed holds nothing of a refresh", () => {
  expect(stateOf(book())).toEqual({ kind: "none" });
});

test("just refreshed, it holds exactly what a refresh would write, though its own columns now exist (no false 'out of date')", async () => {
  const grids = await refreshed(book());
  // The own columns now have headers: a second refresh finds them rather than adding them.
  expect(planRefresh(analyse(grids)).columns.every((c) => !c.writeHeader)).toBe(true);
  expect(stateOf(grids)).toEqual({ kind: "current" });
});

test("a settings change after a refresh: the Status cells that would change, each with what it holds and what it would be", async () => {
  const grids = await refreshed(book(0.05));
  (grids.sheets[1].values[1] as CellValue[])[1] = 0.5;
  const state = stateOf(grids);
  expect(state).toMatchObject({ kind: "stale", summary: true });
  if (state?.kind !== "stale") throw new Error("not stale");
  // 30 against a target of 50 is Red at 5% and Amber at 50%: rows 4 and 7 (L1.3, L1.6).
  expect(state.statuses).toEqual([
    { ref: "L1.3", cell: "H4", written: "Red", now: "Amber" },
    { ref: "L1.6", cell: "H7", written: "Red", now: "Amber" },
  ]);
  expect(state.columns).toEqual(["Status"]);
});

test("a figure changed after a refresh shows in the other own columns too", async () => {
  const grids = await refreshed(book());
  // L1.1's actual 55 becomes 56: still Green, but its planned improvement changes.
  grids.sheets[0].values[1][5] = 56;
  const state = stateOf(grids);
  expect(state).toEqual({ kind: "stale", statuses: [], columns: ["Planned improvement achieved"], summary: false });
});

test("an edit on the summary sheet, or a cell left over on it, is a difference a refresh would undo", async () => {
  const grids = await refreshed(book());
  const summary = grids.sheets.find((s) => s.name === "Partnership Summary")!;
  summary.values[1][0] = "My own title";
  expect(stateOf(grids)).toEqual({ kind: "stale", statuses: [], columns: [], summary: true });
  const again = await refreshed(book());
  again.sheets.find((s) => s.name === "Partnership Summary")!.values.push([null, null, "a note"]);
  expect(stateOf(again)).toMatchObject({ kind: "stale", summary: true });
});

test("values as Excel gives them back: blank as \"\", a figure to 15 significant digits", async () => {
  const grids = await refreshed(book());
  for (const sheet of grids.sheets) {
    sheet.values = sheet.values.map((row) => Array.from(row, (v) => (v === null || v === undefined ? "" : typeof v === "number" ? Number(v.toPrecision(15)) : v)));
  }
  expect(stateOf(grids)).toEqual({ kind: "current" });
});

test("a workbook with errors cannot be refreshed, so nothing is said of what it holds", () => {
  const grids = book();
  grids.sheets[0].values[2][5] = { error: "#DIV/0!" };
  expect(stateOf(grids)).toBeNull();
});
