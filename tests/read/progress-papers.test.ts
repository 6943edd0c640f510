import { CellValue, SheetGrid, WorkbookGrids } from "../../src/grid";
import { DEFAULT_SETTINGS, Scorecard } from "../../src/model";
import { readPapers } from "../../src/read/papers";

// What the progress update adds to the papers: four Commentary sections of its own, and the next
// meeting's time and venue on the Meeting sheet.

const sheet = (name: string, values: CellValue[][], numFmts?: (string | null)[][]): SheetGrid => ({ name, values, numFmts });
const book = (...sheets: SheetGrid[]): WorkbookGrids => ({ sheets });
const scorecard: Scorecard = {
  sheet: "Scorecard", headerRow: 1, lastColumn: 5, ownColumns: {}, indicators: [], hasPartnershipsSheet: true,
  partnerships: [{ name: "Safer Essex", lead: "Alan Dawkes", deputy: null }], settings: DEFAULT_SETTINGS,
};

test("the progress update's Commentary sections, matched loosely as the others are", () => {
  const { papers, findings } = readPapers(book(sheet("Commentary", [
    ["Partnership", "Section", "Text"],
    ["Safer Essex", "Agreed updates from previous meetings", "Report on L17.1 brought."],
    ["Safer Essex", "Cross-cutting opportunities", "Volunteering through ESTIC."],
    ["Safer Essex", "Resource issues, including use of PRG", "Supervisor funded by PRG."],
    ["Safer Essex", "Locality and 'hotspot' issues", "Town centres at night."],
    ["Safer Essex", "RESOURCES", "Short form."],
    ["Safer Essex", "Hot-spots", "Short form."],
    ["Safer Essex", "Cross cutting", "Short form."],
    ["Safer Essex", "Agreed updates", "Short form."],
    ["Safer Essex", "Opportunities", "Too vague to place."],
  ])), scorecard);
  expect(papers.commentary.map((c) => c.section)).toEqual([
    "agreedUpdates", "crossCutting", "resources", "locality", "resources", "locality", "crossCutting", "agreedUpdates",
  ]);
  expect(findings).toEqual([expect.objectContaining({ severity: "warning", sheet: "Commentary", cell: "B10" })]);
  expect(findings[0].hint).toContain("Locality and hotspot issues");
});

test("the next meeting's time and venue, when the Meeting sheet gives them", () => {
  const { papers } = readPapers(book(sheet("Meeting", [
    ["Field", "Value"],
    ["Date", new Date(Date.UTC(2009, 9, 19))],
    ["Next meeting", new Date(Date.UTC(2009, 10, 16))],
    ["Next meeting time", 0.40625],
    ["Next meeting venue", "Committee Room 2, County Hall, Chelmsford"],
  ], [[], [], [], [null, "h:mm"], []])), null);
  expect(papers.meeting).toMatchObject({ nextMeetingTime: "9:45", nextMeetingVenue: "Committee Room 2, County Hall, Chelmsford" });
});

test("a partnership renamed on the scorecard but not on the Commentary sheet is one warning, at its first row, not one per paragraph", () => {
  const { papers, findings } = readPapers(book(sheet("Commentary", [
    ["Partnership", "Section", "Text"],
    ["Safer Essex", "Summary", "Kept."],
    ["Safer Essex Partnership", "Summary", "Left out."],
    ["Safer Essex Partnership", "Good news", "Left out."],
    ["", "Barriers", "No partnership."],
    ["Safer Essex Partnership", "Barriers", "Left out."],
  ])), scorecard);
  expect(papers.commentary.map((c) => c.text)).toEqual(["Kept."]);
  expect(findings.map((f) => [f.cell, f.message, f.hint])).toEqual([
    ["A3", 'Commentary partnership "Safer Essex Partnership" is not on the scorecard (here and in 2 more rows)',
      "Spell the partnership as the scorecard does; these 3 paragraphs are left out of the papers"],
    ["A5", "Commentary has no partnership", "Spell the partnership as the scorecard does; this paragraph is left out of the papers"],
  ]);
});
