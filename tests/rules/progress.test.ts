import { ActionItem, ForwardPlanItem, Meeting, Papers } from "../../src/model";
import { ownedBy } from "../../src/owners";
import { actionDone, dueBy, progressMeeting, progressPapers } from "../../src/progress";

// The meeting sheets' part of a progress update: which meeting, due by when, whose actions, and the
// milestones due in the next period.

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const CWOP = { name: "Community Wellbeing and Older People (CWOP)", lead: "Charlotte Ball", deputy: "Loretta Sollars" };
const SAFER = { name: "Safer Essex", lead: "Alan Dawkes", deputy: null };
const CYPSP = { name: "Children & Young People's Strategic Partnership (CYPSP)", lead: "Peter Featherstone", deputy: null };

describe("who owns an action", () => {
  it("the partnership by name, spelt loosely, or by the short name in its brackets", () => {
    expect(ownedBy("safer essex", SAFER)).toBe(true);
    expect(ownedBy("Children and Young Peoples Strategic Partnership (CYPSP)", CYPSP)).toBe(true);
    expect(ownedBy("CYPSP", CYPSP)).toBe(true);
    expect(ownedBy("CWOP (Loretta Sollars)", CWOP)).toBe(true);
    expect(ownedBy("Greater Essex Prosperity Forum", { name: "Greater Essex Prosperity Forum (GEPF)", lead: null, deputy: null })).toBe(true);
  });

  it("its lead or deputy, alone or among several owners", () => {
    expect(ownedBy("Alan Dawkes", SAFER)).toBe(true);
    expect(ownedBy("Alan Dawkes / Peter Lowton", SAFER)).toBe(true);
    expect(ownedBy("Loretta Sollars", CWOP)).toBe(true);
    const listed = { name: "Community Wellbeing and Older People", lead: "Charlotte Ball (maternity leave) / Loretta Sollars", deputy: null };
    expect(ownedBy("Loretta Sollars", listed)).toBe(true);
    expect(ownedBy("Charlotte Ball", listed)).toBe(true);
    expect(ownedBy("maternity leave", listed)).toBe(false);
  });

  it("every partnership when it is the thematic leads", () => {
    for (const p of [SAFER, CWOP, CYPSP]) expect(ownedBy("Thematic Leads", p)).toBe(true);
  });

  it("nobody's for the chair, the secretariat, a first name or a blank", () => {
    for (const owner of ["Peter Lowton", "Gill Butterworth", "Alan", "Peter F.", "", null]) {
      expect([SAFER, CWOP, CYPSP].some((p) => ownedBy(owner, p))).toBe(false);
    }
    expect(ownedBy("Safer Essex Partnership", SAFER)).toBe(false); // not the name as listed
  });
});

const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  title: "LAA Performance Management Group", date: day(2009, 10, 19), time: "9:30 to 11:00", venue: "Committee Room 1",
  chair: "Peter Lowton", nextMeeting: day(2009, 11, 16), nextMeetingTime: "10:00 to 12:00", nextMeetingVenue: "Committee Room 2", ...overrides,
});

const papers = (overrides: Partial<Papers> = {}): Papers => ({
  commentary: [], meeting: meeting(), attendance: [], agenda: [], actions: [], forwardPlan: [], ...overrides,
});

describe("the meeting the progress updates are for", () => {
  it("is the next meeting, with its time and venue, due 7 calendar days before", () => {
    expect(progressMeeting(papers())).toMatchObject({
      date: day(2009, 11, 16), time: "10:00 to 12:00", venue: "Committee Room 2", dueBy: day(2009, 11, 9),
    });
  });

  it("is the meeting's own date when no next meeting is given", () => {
    const m = progressMeeting(papers({ meeting: meeting({ nextMeeting: null, nextMeetingTime: undefined, nextMeetingVenue: undefined }) }));
    expect(m).toMatchObject({ date: day(2009, 10, 19), time: "9:30 to 11:00", venue: "Committee Room 1", dueBy: day(2009, 10, 12) });
  });

  it("has no due-by date when the date is not a date, and none at all without a Meeting sheet", () => {
    expect(dueBy("tbc")).toBeNull();
    expect(dueBy(day(2010, 3, 1))).toEqual(day(2010, 2, 22)); // across the end of February
    expect(progressMeeting(papers({ meeting: null }))).toBeNull();
  });

  it("the next period runs to the forward plan's following meeting, else three months on", () => {
    const plan: ForwardPlanItem[] = [
      { date: day(2010, 1, 18), item: "Place Survey results", responsibility: null },
      { date: day(2009, 12, 15), item: "Review of Domestic Violence target", responsibility: null },
      { date: "To be allocated", item: "Carers", responsibility: null },
    ];
    expect(progressMeeting(papers({ forwardPlan: plan }))!.nextPeriodEnd).toEqual(day(2009, 12, 15));
    expect(progressMeeting(papers())!.nextPeriodEnd).toEqual(day(2010, 2, 16));
  });
});

describe("a partnership's actions and milestones", () => {
  const action = (no: string, owner: string, due: Date | string, status = "Open"): ActionItem => ({ no, action: `Action ${no}`, owner, due, status, item: null });
  const book = papers({
    actions: [
      action("1", "Alan Dawkes", day(2009, 11, 16)),
      action("2", "Gill Butterworth", day(2009, 12, 1)),
      action("3", "Safer Essex", day(2009, 12, 10)),
      action("4", "Thematic Leads", day(2009, 12, 15), "Done"),
      action("5", "Alan Dawkes", day(2010, 1, 5)),
    ],
    forwardPlan: [
      { date: day(2009, 11, 16), item: "Mid Year Reports", responsibility: "Thematic Leads" },
      { date: day(2009, 12, 15), item: "Review of Domestic Violence target", responsibility: "Alan Dawkes / Peter Lowton" },
      { date: day(2009, 12, 15), item: "Carers", responsibility: "CWOP" },
    ],
    commentary: [
      { partnership: "Safer Essex", section: "milestones6", text: "Case review completed.", cell: "C2" },
      { partnership: "Safer Essex", section: "milestones12", text: "Later.", cell: "C3" },
      { partnership: "Sustainable Essex", section: "milestones6", text: "Not ours.", cell: "C4" },
    ],
  });

  it("lists every action it owns, in the sheet's order", () => {
    expect(progressPapers({ papers: book }, SAFER).actions.map((a) => a.no)).toEqual(["1", "3", "4", "5"]);
  });

  it("milestones due in the next period: after the meeting, up to the one after it; open actions only", () => {
    const { milestones } = progressPapers({ papers: book }, SAFER);
    expect(milestones.actions.map((a) => a.no)).toEqual(["3"]); // 1 is due at the meeting itself, 4 is done, 5 is later
    expect(milestones.forwardPlan.map((f) => f.item)).toEqual(["Review of Domestic Violence target"]);
    expect(milestones.commentary.map((c) => c.text)).toEqual(["Case review completed."]);
  });

  it("reads an action's status as done loosely", () => {
    expect(["Done", "completed.", "Closed"].map((status) => actionDone(action("1", "x", "", status)))).toEqual([true, true, true]);
    expect(actionDone(action("1", "x", "", "Open"))).toBe(false);
  });
});
