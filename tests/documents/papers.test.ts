import { CellValue, SheetGrid, WorkbookGrids } from "../../src/grid";
import { readPapers } from "../../src/read/papers";
import { DEFAULT_SETTINGS, Scorecard } from "../../src/model";

const sheet = (name: string, values: CellValue[][], numFmts?: (string | null)[][]): SheetGrid => ({ name, values, numFmts });
const book = (...sheets: SheetGrid[]): WorkbookGrids => ({ sheets });

const scorecard: Scorecard = {
  sheet: "Scorecard", headerRow: 1, lastColumn: 5, ownColumns: {}, indicators: [], hasPartnershipsSheet: true,
  partnerships: [{ name: "Safer Essex", lead: "Alan Dawkes", deputy: null }, { name: "Sustainable Essex", lead: "Gwyn Owen", deputy: "Jan Plummer" }],
  settings: DEFAULT_SETTINGS,
};

describe("Commentary sheet", () => {
  it("matches sections loosely: case, dashes and 'next' do not matter", () => {
    const { papers, findings } = readPapers(book(sheet("Narrative", [
      ["Partnership", "Section", "Text"],
      ["Safer Essex", "GOOD NEWS", "Assaults with injury fell."],
      ["safer essex", "Milestones - next 6 months", "Strategy agreed."],
      ["Safer Essex", "Milestones – 18 months", "Review of targets."],
      ["Sustainable Essex", "Risks", "Housing targets at risk."],
      ["Sustainable Essex", "Achievements", "Access to services target developed."],
    ])), scorecard);
    expect(findings).toEqual([]);
    expect(papers.commentary.map((c) => c.section)).toEqual(["goodNews", "milestones6", "milestones18", "barriers", "goodNews"]);
    expect(papers.commentary[0]).toEqual({ partnership: "Safer Essex", section: "goodNews", text: "Assaults with injury fell.", cell: "C2" });
  });

  it("warns about an unknown section or partnership, naming its cell, and leaves the row out", () => {
    const { papers, findings } = readPapers(book(sheet("Commentary", [
      ["Partnership", "Section", "Text"],
      ["Safer Essex", "Gossip", "Not for the paper."],
      ["Safer Sussex", "Summary", "Wrong partnership."],
    ])), scorecard);
    expect(papers.commentary).toEqual([]);
    expect(findings.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["warning", "Commentary", "B2"], ["warning", "Commentary", "A3"]]);
    expect(findings[0].message).toContain("Gossip");
    expect(findings[1].message).toContain("Safer Sussex");
  });

  it("warns naming the sheet when its headers cannot be found", () => {
    const { findings } = readPapers(book(sheet("Commentary", [["Who", "What"], ["Safer Essex", "Words"]])), scorecard);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", sheet: "Commentary", cell: "A1" });
  });
});

describe("Meeting, Attendance, Agenda, Actions and Forward plan sheets", () => {
  it("reads the meeting's fields, with dates as Date cells, serial numbers with a date format, or text", () => {
    const { papers } = readPapers(book(sheet("Meeting", [
      ["Field", "Value"],
      ["Title", "LAA Performance Management Group"],
      ["Date", new Date(Date.UTC(2009, 1, 20))],
      ["Time", "9:30 to 11:00"],
      ["Venue", "Committee Room 1, County Hall, Chelmsford"],
      ["Chair", "Peter Lowton"],
      ["Next meeting", 39899],
    ], [[], [], [], [], [], [], [null, "dd/mm/yyyy"]])), null);
    expect(papers.meeting).toEqual({
      title: "LAA Performance Management Group", date: new Date(Date.UTC(2009, 1, 20)), time: "9:30 to 11:00",
      venue: "Committee Room 1, County Hall, Chelmsford", chair: "Peter Lowton", nextMeeting: new Date(Date.UTC(2009, 2, 27)),
    });
  });

  it("reads a time typed as an Excel time", () => {
    const { papers } = readPapers(book(sheet("Meeting", [["Time", 0.5625]], [[null, "h:mm"]])), null);
    expect(papers.meeting?.time).toBe("13:30");
  });

  it("reads attendance, and warns about an attendance it cannot read", () => {
    const { papers, findings } = readPapers(book(sheet("Attendees", [
      ["Name", "Organisation / role", "Attendance"],
      ["Peter Lowton", "ACC Essex Police", "Present"],
      ["Miriam Stead", "2012 Lead", "apologies"],
      ["Gill Butterworth", "Essex Partnership Secretariat", "In Attendance"],
      ["Dan Gascoyne", "Essex Partnership Secretariat", "maybe"],
    ])), null);
    expect(papers.attendance.map((a) => a.attendance)).toEqual(["Present", "Apologies", "In attendance", "Present"]);
    expect(findings).toEqual([expect.objectContaining({ severity: "warning", sheet: "Attendees", cell: "C5" })]);
  });

  it("reads agenda items, actions and the forward plan, skipping blank rows", () => {
    const { papers } = readPapers(book(
      sheet("Agenda", [["No", "Item", "Discussion", "Action / decision"], [1, "Minutes of last meeting", "Approved.", null], [], [2, "GO Annual Review feedback", null, "Peter to meet the GO."]]),
      sheet("Action log", [["No", "Action", "Owner", "Due", "Status", "Item"], [1, "Draw up a grid of leads", "Gill Butterworth", "27/03/2009", "Open", 1]]),
      sheet("Annex A", [["Date of meeting", "Item", "Responsibility"], ["tbc", "Review of Carer's Assessment Target", "CWOP"]]),
    ), null);
    expect(papers.agenda).toEqual([
      { no: "1", item: "Minutes of last meeting", discussion: "Approved.", decision: null },
      { no: "2", item: "GO Annual Review feedback", discussion: null, decision: "Peter to meet the GO." },
    ]);
    expect(papers.actions).toEqual([{ no: "1", action: "Draw up a grid of leads", owner: "Gill Butterworth", due: new Date(Date.UTC(2009, 2, 27)), status: "Open", item: "1" }]);
    expect(papers.forwardPlan).toEqual([{ date: "tbc", item: "Review of Carer's Assessment Target", responsibility: "CWOP" }]);
  });

  it("gives empty papers for a workbook without any of the sheets", () => {
    expect(readPapers(book(sheet("Scorecard", [["Ref"]])), null)).toEqual({
      papers: { commentary: [], meeting: null, attendance: [], agenda: [], actions: [], forwardPlan: [] }, findings: [],
    });
  });
});
