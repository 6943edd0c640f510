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

describe("a partnership cell merged down its indicators' rows (an overview by thematic partnership)", () => {
  // Only the merge's first cell holds the name; every row the merge covers belongs to that partnership.
  const values = [
    ["Thematic partnership", "Ref", "Indicator", "Polarity", "Target 2009/10", "Actual 2009/10"],
    ["Safer Essex", "NI 20", "Assault with injury", "Lower", 6.8, 7.1],
    [null, "NI 16", "Serious acquisitive crime", "Lower", 14, 13],
    [null, "L18.1", "Anti-social behaviour", "Lower", 0.24, 0.25],
    ["Economic Prosperity", "NI 151", "Employment rate", "Higher", 0.755, 0.73],
    [null, "NI 154", "Net additional homes", "Higher", 4200, 4300],
  ];

  test("each row is read with the merged partnership, and none is left without one", () => {
    const read = readScorecard(book({ name: "Scorecard", values, merges: ["A2:A4", "A5:A6"] }));
    expect(read.scorecard?.indicators.map((i) => [i.ref, i.partnership])).toEqual([
      ["NI 20", "Safer Essex"],
      ["NI 16", "Safer Essex"],
      ["L18.1", "Safer Essex"],
      ["NI 151", "Economic Prosperity"],
      ["NI 154", "Economic Prosperity"],
    ]);
    expect(read.findings.filter((f) => /no thematic partnership/.test(f.message))).toEqual([]);
  });

  test("a heading merged across a row is still a heading, not an indicator", () => {
    const read = readScorecard(
      book({ name: "Scorecard", values: [values[0], ["Safer Essex"], values[2].map((v, i) => (i === 0 ? "Safer Essex" : v))], merges: ["A2:F2"] }),
    );
    expect(read.scorecard?.indicators.map((i) => i.ref)).toEqual(["NI 16"]);
    expect(errors(read.findings)).toEqual([]);
  });
});
