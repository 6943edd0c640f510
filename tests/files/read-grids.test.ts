import { cellAt, numFmtAt } from "../../src/grid";
import { loadWorkbook } from "../../src/files";
import { fixtureBook } from "./fixture-book";

// The engine sees a cell as a person does: a formula by its result, rich text and links as their text.
describe("reading a workbook into grids", () => {
  test("values arrive as the engine expects them", async () => {
    const { grids } = await loadWorkbook(await fixtureBook());
    expect(grids.sheets.map((s) => s.name)).toEqual(["LAA Scorecard", "Notes"]);
    const [scorecard, notes] = grids.sheets;
    expect(cellAt(scorecard, 1, 1)).toBe("Essex LAA Scorecard, Quarter 2 2009/10");
    expect(cellAt(scorecard, 1, 2)).toBeNull(); // inside the merge: shown in A1 only, as Excel does
    expect(cellAt(scorecard, 3, 1)).toBe("Safer Essex");
    expect(cellAt(scorecard, 4, 4)).toBe(6.5);
    expect(cellAt(scorecard, 5, 5)).toBe("tbc");
    expect(cellAt(scorecard, 6, 5)).toBe(0.7644); // a formula by its cached result
    expect(numFmtAt(scorecard, 5, 4)).toBe("0%");
    expect(cellAt(scorecard, 5, 1)).toBe("NI 17"); // hidden rows are read like any other
    expect(cellAt(notes, 1, 1)).toBe("Read me");
    expect(cellAt(notes, 2, 1)).toBe("Essex Partnership");
    expect(cellAt(notes, 3, 1)).toEqual(new Date(Date.UTC(2009, 1, 20)));
    expect(cellAt(notes, 4, 1)).toEqual({ error: "#DIV/0!" });
    expect(cellAt(notes, 5, 1)).toEqual({ error: "#N/A" });
  });
});
