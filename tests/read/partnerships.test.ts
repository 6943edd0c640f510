import { readPartnerships } from "../../src/read/partnerships";
import { at, book, sheet } from "./grids";

describe("The Partnerships sheet", () => {
  test("Partnership, Lead and Deputy per row, under a title", () => {
    const read = readPartnerships(
      book(
        sheet("Thematic Partnerships", [
          ["Thematic leads and deputies 2009/10"],
          ["Thematic partnership", "Thematic lead", "Deputy"],
          ["Safer Communities", "Ch Insp Smith", "J Jones"],
          ["Economy", "A Patel", null],
        ]),
      ),
    );
    expect(read.sheet).toBe("Thematic Partnerships");
    expect(read.partnerships).toEqual([
      { name: "Safer Communities", lead: "Ch Insp Smith", deputy: "J Jones" },
      { name: "Economy", lead: "A Patel", deputy: null },
    ]);
    expect(read.findings).toEqual([]);
  });

  test("no sheet: nothing listed and no findings", () => {
    expect(readPartnerships(book(sheet("Scorecard", [])))).toEqual({ sheet: null, partnerships: [], cells: new Map(), findings: [] });
  });

  test("a sheet without a Partnership and Lead header row is not used, with a warning", () => {
    const read = readPartnerships(book(sheet("Leads", [["Who", "What"]])));
    expect(read.sheet).toBeNull();
    expect(at(read.findings, "Leads", "A1")).toHaveLength(1);
  });

  test("a partnership without a lead: warning at the empty Lead cell", () => {
    const read = readPartnerships(book(sheet("Partnerships", [["Partnership", "Lead"], ["Health", null]])));
    expect(at(read.findings, "Partnerships", "B2")).toEqual([expect.objectContaining({ severity: "warning" })]);
  });
});
