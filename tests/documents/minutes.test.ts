import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildMinutes } from "../../src/documents";
import { Papers } from "../../src/model";
import { saferEssex } from "./analysis-fixture";
import { headings, readDocx } from "./read-docx";

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/minutes.docx"));

const ESSEX: Partial<Papers> = {
  meeting: {
    title: "LAA Performance Management Group", date: new Date(Date.UTC(2009, 1, 20)), time: "9:30 to 11:00", venue: "County Hall, Chelmsford", chair: "Peter Lowton",
    nextMeeting: new Date(Date.UTC(2009, 2, 27)), nextMeetingTime: "9:30 to 11:00", nextMeetingVenue: "Committee Room 1, County Hall, Chelmsford",
  },
  attendance: [
    { name: "Alan Dawkes", organisation: "Safer Essex Lead", attendance: "Present" },
    { name: "Peter Lowton", organisation: "ACC Essex Police", attendance: "Present" },
    { name: "Miriam Stead", organisation: "2012 Lead", attendance: "Apologies" },
    { name: "Gill Butterworth", organisation: "Essex Partnership Secretariat", attendance: "In attendance" },
  ],
  agenda: [
    { no: "1", item: "Minutes of last meeting and matters arising", discussion: "The Chair thanked thematic leads for their workplans.", decision: "Approved" },
    { no: "2", item: "GO Annual Review feedback", discussion: "The Group discussed the review report.", decision: "Peter Lowton to arrange to meet Richard Potter of the GO." },
    { no: "3", item: "Thematic Partnership update", discussion: null, decision: null },
    { no: "4", item: "Next steps and forward plan", discussion: "The Forward Plan has been updated (Annex A).", decision: null },
  ],
  actions: [
    { no: "1", action: "Gill to draw up a grid showing thematic leads and their deputies", owner: "Gill Butterworth", due: new Date(Date.UTC(2009, 2, 27)), status: "Open", item: "1" },
    { no: "2", action: "Alan to report back on the domestic violence target (L17.1)", owner: "Alan Dawkes", due: "March meeting", status: "Open", item: "3" },
  ],
  forwardPlan: [
    { date: new Date(Date.UTC(2009, 3, 20)), item: "Thematic Partnership Annual Reports x 3", responsibility: "Thematic Leads" },
    { date: "To be allocated", item: "Review of Carer's Assessment Target", responsibility: "CWOP" },
  ],
};

async function minutes(papers: Partial<Papers>) {
  const result = await buildMinutes(saferEssex(papers), TEMPLATE);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return readDocx(result.bytes);
}

describe("minutes of a partnership meeting", () => {
  it("has its sections in the order of the Essex minutes: decisions and actions under each item, the updates' sub-sections as Heading 3, the forward plan as Annex A", async () => {
    const doc = await minutes(ESSEX);
    expect(headings(doc)).toEqual([
      "Title: LAA Performance Management Group",
      "Heading1: Attendees",
      "Heading1: Apologies",
      "Heading1: In attendance",
      "Heading1: 1. Minutes of last meeting and matters arising",
      "Heading2: Decision",
      "Heading2: Action",
      "Heading1: 2. GO Annual Review feedback",
      "Heading2: Action",
      "Heading1: 3. Thematic Partnership update",
      "Heading2: Safer Essex",
      "Heading3: Achievements and good news",
      "Heading3: Barriers to delivery",
      "Heading3: Assurance where data is not available",
      "Heading3: Resource issues, including use of PRG",
      "Heading3: Action",
      "Heading1: 4. Next steps and forward plan",
      "Heading1: Action log",
      "Heading1: Date of next meeting",
      "Heading1: Annex A: Forward plan",
    ]);
    expect(doc.xml).not.toContain("{{");
  });

  it("gives date, time and venue, and lists the chair first and marked", async () => {
    const doc = await minutes(ESSEX);
    expect(doc.text).toContain("Date:\t20 February 2009");
    expect(doc.text).toContain("Time:\t9:30 to 11:00");
    expect(doc.text).toContain("Venue:\tCounty Hall, Chelmsford");
    const list = (heading: string) => doc.paragraphs[doc.paragraphs.findIndex((p) => p.text === heading) + 1].text;
    expect(list("Attendees")).toBe("Peter Lowton – ACC Essex Police (Chair)");
    expect(doc.text).toContain("Alan Dawkes – Safer Essex Lead");
    expect(list("Apologies")).toBe("Miriam Stead – 2012 Lead");
    expect(list("In attendance")).toBe("Gill Butterworth – Essex Partnership Secretariat");
  });

  it("gives each item its discussion, then its decision and its actions told apart, with the action log's actions for that item", async () => {
    const doc = await minutes(ESSEX);
    const texts = doc.paragraphs.map((p) => p.text);
    const at = (t: string) => texts.indexOf(t);
    // "Approved" is a decision, never printed as "Action: Approved".
    expect(texts.slice(at("1. Minutes of last meeting and matters arising"), at("2. GO Annual Review feedback"))).toEqual([
      "1. Minutes of last meeting and matters arising",
      "The Chair thanked thematic leads for their workplans.",
      "Decision",
      "Approved",
      "Action",
      "Gill to draw up a grid showing thematic leads and their deputies (Owner: Gill Butterworth, due 27 March 2009)",
    ]);
    expect(texts.slice(at("2. GO Annual Review feedback"), at("3. Thematic Partnership update"))).toEqual([
      "2. GO Annual Review feedback", "The Group discussed the review report.", "Action", "Peter Lowton to arrange to meet Richard Potter of the GO.",
    ]);
  });

  it("drafts the thematic partnership updates from the scorecard in whole sentences, each figure with its period", async () => {
    const doc = await minutes(ESSEX);
    const texts = doc.paragraphs.map((p) => p.text);
    const section = texts.slice(texts.indexOf("Safer Essex"), texts.indexOf("4. Next steps and forward plan"));
    expect(section).toEqual(expect.arrayContaining([
      "Achievements and good news",
      "NI 20 (Assault with injury crime rate): On target (Green) and improving: 8.1 in Q2 2009/10 against a target of 8.5, better than 8.6 in Q1 2009/10.",
      "Barriers to delivery",
      // Amber is short of target in the minutes as in the annual review: never "No indicator is off target" beside it.
      "NI 151 (Overall employment rate): Short of target but within the 5% tolerance (Amber): 73.45% in Q2 2009/10 against a target of 75.00%. £1,500,000 of its £1,500,000 reward is at risk.",
      "NI 18 (Adult re-offending rates): Off target (Red); it had no figure at Q1 2009/10: 1,300 in Q2 2009/10 against a target of 1,100, worse than the target by more than the 5% tolerance.",
      "Assurance where data is not available",
      "Resource issues, including use of PRG",
    ]));
    expect(section.indexOf("Achievements and good news")).toBeLessThan(section.indexOf("Barriers to delivery"));
  });

  it("invents no item: without a thematic updates item on the agenda, no partnership is reported", async () => {
    const doc = await minutes({ ...ESSEX, agenda: ESSEX.agenda!.filter((i) => i.no !== "3") });
    expect(headings(doc).filter((h) => /^Heading1: \d/.test(h))).toEqual([
      "Heading1: 1. Minutes of last meeting and matters arising",
      "Heading1: 2. GO Annual Review feedback",
      "Heading1: 4. Next steps and forward plan",
    ]);
    expect(doc.text).not.toContain("Safer Essex\n");
    expect(doc.text).not.toMatch(/Thematic partnership updates/i);
  });

  it("tabulates the action log and the forward plan (Annex A, after the signature) with repeating header rows", async () => {
    const doc = await minutes(ESSEX);
    const [log, plan] = doc.tables;
    expect(log.rows[0].map((c) => c.text)).toEqual(["No", "Action", "Owner", "Due", "Status"]);
    expect(log.rows[2].map((c) => c.text)).toEqual(["2", "Alan to report back on the domestic violence target (L17.1)", "Alan Dawkes", "March meeting", "Open"]);
    expect(plan.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["Date", "Item", "Responsibility"],
      ["20 April 2009", "Thematic Partnership Annual Reports x 3", "Thematic Leads"],
      ["To be allocated", "Review of Carer's Assessment Target", "CWOP"],
    ]);
    expect(log.headerRepeats && plan.headerRepeats).toBe(true);
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.startsWith("Signed:") && t.includes("Date:"))).toBe(true);
    expect(texts.indexOf("Peter Lowton, Chair")).toBeLessThan(texts.indexOf("Annex A: Forward plan"));
  });

  it("gives the next meeting's weekday, date, time and venue when the book has them, and the date alone when it has only that", async () => {
    const next = (doc: Awaited<ReturnType<typeof minutes>>) => doc.paragraphs[doc.paragraphs.findIndex((p) => p.text === "Date of next meeting") + 1].text;
    expect(next(await minutes(ESSEX))).toBe("Friday 27 March 2009, 9:30 to 11:00, Committee Room 1, County Hall, Chelmsford");
    const dateOnly = await minutes({ ...ESSEX, meeting: { ...ESSEX.meeting!, nextMeetingTime: null, nextMeetingVenue: null } });
    expect(next(dateOnly)).toBe("Friday 27 March 2009");
  });

  it("marks the chair once, even when the role already says Chair, and whatever a vice chair's role says", async () => {
    const marked = async (organisation: string) => {
      const doc = await minutes({ ...ESSEX, attendance: [{ name: "Peter Lowton", organisation, attendance: "Present" }] });
      return doc.paragraphs[doc.paragraphs.findIndex((p) => p.text === "Attendees") + 1].text;
    };
    expect(await marked("ACC Essex Police")).toBe("Peter Lowton – ACC Essex Police (Chair)");
    expect(await marked("ACC Essex Police (Chair)")).toBe("Peter Lowton – ACC Essex Police (Chair)");
    expect(await marked("Vice Chair, Safer Essex")).toBe("Peter Lowton – Vice Chair, Safer Essex (Chair)");
  });

  it("says each decision and action once, as a sentence: labels such as Decision: and Agreed: go, and an action also on the Actions sheet is given as logged", async () => {
    const doc = await minutes({
      ...ESSEX,
      agenda: [
        { no: "1", item: "Minutes of last meeting", discussion: null, decision: "Decision: the minutes were agreed as a correct record.\nAction: Gill to circulate the workplans." },
        { no: "2", item: "GO Annual Review feedback", discussion: null, decision: "Agreed: the Group will adopt the GO model." },
        { no: "4", item: "Next steps", discussion: null, decision: "Thematic leads to bring the remaining mid-year reports to the November meeting." },
      ],
      actions: [{ no: "10", action: "Bring the remaining mid-year reports to the November meeting", owner: "Thematic Leads", due: new Date(Date.UTC(2009, 10, 16)), status: "Open", item: "4" }],
    });
    const texts = doc.paragraphs.map((p) => p.text);
    const item = (title: string, next: string) => texts.slice(texts.indexOf(title) + 1, texts.indexOf(next));
    expect(item("1. Minutes of last meeting", "2. GO Annual Review feedback")).toEqual(["Decision", "The minutes were agreed as a correct record.", "Action", "Gill to circulate the workplans."]);
    expect(item("2. GO Annual Review feedback", "4. Next steps")).toEqual(["Decision", "The Group will adopt the GO model."]);
    expect(item("4. Next steps", "Action log")).toEqual(["Action", "Bring the remaining mid-year reports to the November meeting (Owner: Thematic Leads, due 16 November 2009)"]);
  });

  it("gives once an action typed in other words beside the one its owner logged (a county book's year-end item)", async () => {
    const doc = await minutes({
      ...ESSEX,
      agenda: [
        { no: "3", item: "LAA performance: year-end scorecard", discussion: null, decision: "Claire to refresh the reward grant forecast for the June meeting\nGill to draw up a grid of thematic leads" },
        { no: "6", item: "Performance Reward Grant: final claim", discussion: null, decision: "Claire Nolan to prepare the final claim for sign-off by 30 June" },
      ],
      actions: [
        { no: "2", action: "Refresh the reward grant forecast once outturns are confirmed", owner: "Claire Nolan", due: new Date(Date.UTC(2010, 5, 21)), status: "Open", item: "3" },
        { no: "6", action: "Prepare the final PRG claim for sign-off", owner: "Claire Nolan", due: new Date(Date.UTC(2010, 5, 30)), status: "Open", item: "6" },
      ],
    });
    const texts = doc.paragraphs.map((p) => p.text);
    const item = (title: string, next: string) => texts.slice(texts.indexOf(title) + 1, texts.indexOf(next));
    expect(item("3. LAA performance: year-end scorecard", "6. Performance Reward Grant: final claim")).toEqual([
      "Actions",
      "Gill to draw up a grid of thematic leads",
      "Refresh the reward grant forecast once outturns are confirmed (Owner: Claire Nolan, due 21 June 2010)",
    ]);
    expect(item("6. Performance Reward Grant: final claim", "Action log")).toEqual(["Action", "Prepare the final PRG claim for sign-off (Owner: Claire Nolan, due 30 June 2010)"]);
  });
});
