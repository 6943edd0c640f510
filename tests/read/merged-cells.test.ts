import { readScorecard } from "../../src/read/scorecard";
import { at, book, errors, HEADERS } from "./grids";

// Workbook spec, "What a refresh writes": only the own columns, and every other cell stays as it was.
// Only a merge's first cell holds its value, so a status written into the rest of a merge would
// replace the officer's text there.

const ROWS = [
  [...HEADERS, "Notes", "Status"],
  ["NI 195", "Street cleanliness", "Cleaner Greener", "Lower", 0.12, 0.1, 0.08, "ok", "Green"],
  ["NI 186", "CO2 per capita", "Cleaner Greener", "Higher", 0.02, 0.1, 0.05, "Note merged over Status"],
];

test("own columns are appended after a merge that reaches below the header row, not inside it", () => {
  const read = readScorecard(book({ name: "Scorecard", values: ROWS.map((r) => r.slice(0, 8)), merges: ["H3:J3"] }));
  expect(read.scorecard?.lastColumn).toBe(10); // J, the merge's last column, though J3 holds no value
});

test("a merged title above the header row does not push the own columns to the right", () => {
  const read = readScorecard(book({ name: "Scorecard", values: [["Title"], ...ROWS.map((r) => r.slice(0, 8))], merges: ["A1:Z1"] }));
  expect(read.scorecard?.lastColumn).toBe(8);
});

test("an existing Status column inside a merged cell is an error naming the cell, so nothing is written", () => {
  const read = readScorecard(book({ name: "Scorecard", values: ROWS, merges: ["H3:I3"] }));
  const found = at(errors(read.findings), "Scorecard", "I3");
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain("H3:I3");
  expect(found[0].hint).toMatch(/unmerge/i);
});
