import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildMinutes } from "../../src/documents";
import { Papers } from "../../src/model";
import { saferEssex } from "./analysis-fixture";
import { headings, readDocx } from "./read-docx";

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/minutes.docx"));

const ESSEX: Partial<Papers> = {
  meeting: { title: "LAA Performance Management Group", date: new Date(Date.UTC(2009, 1, 20)), time: "9:30 to 11:00", venue: "County Hall, Chelmsford", chair: "Peter Lowton", nextMeeting: new Date(Date.UTC(2009, 2, 27)) },
  attendance: [
    { name: "Alan Dawkes", organisation: "Safer Essex Lead", attendance: "Present" },
    { name: "Peter Lowton", organisation: "ACC Essex Police", attendance: "Present" },
    { name: "Miriam Stead", organisation: "2012 Lead", attendance: "Apologies" },
    { name: "Gill Butterworth", organisation: "Essex Partnership Secretariat", attendance: "In attendance" },
  ],
  agenda: [
    { no: "1", item: "Minutes of last meeting and matters arising", discussion: "Minutes of the January meeting were approved.", decision: null },
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
  it("has its sections in the order of the Essex minutes", async () => {
    const doc = await minutes(ESSEX);
    expect(headings(doc)).toEqual([
      "Title: LAA Performance Management Group",
      "Heading1: Attendees",
      "Heading1: Apologies",
      "Heading1: In attendance",
      "Heading1: 1. Minutes of last meeting and matters arising",
      "Heading1: 2. GO Annual Review feedback",
      "Heading1: 3. Thematic Partnership update",
      "Heading2: Safer Essex",
      "Heading1: 4. Next steps and forward plan",
      "Heading1: Action log",
      "Heading1: Forward plan",
      "Heading1: Date of next meeting",
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

  it("gives each item its discussion, then its actions and decisions, with the action log's actions for that item", async () => {
    const doc = await minutes(ESSEX);
    const texts = doc.paragraphs.map((p) => p.text);
    const at = (t: string) => texts.indexOf(t);
    expect(at("The Group discussed the review report.")).toBeGreaterThan(at("2. GO Annual Review feedback"));
    expect(texts[at("The Group discussed the review report.") + 1]).toBe("Action:");
    expect(texts[at("The Group discussed the review report.") + 2]).toBe("Peter Lowton to arrange to meet Richard Potter of the GO.");
    expect(texts).toContain("Gill to draw up a grid showing thematic leads and their deputies (Owner: Gill Butterworth, due 27 March 2009)");
  });

  it("drafts the thematic partnership updates from the scorecard", async () => {
    const doc = await minutes(ESSEX);
    const texts = doc.paragraphs.map((p) => p.text);
    const from = texts.indexOf("Safer Essex");
    const section = texts.slice(from, texts.indexOf("4. Next steps and forward plan"));
    expect(section).toEqual(expect.arrayContaining([
      "Achievements and good news",
      "NI 20 Assault with injury crime rate: 8.1 against a target of 8.5 (Q2 2009/10), improving.",
      "Barriers to delivery",
      "NI 18 Adult re-offending rates: 1,300 against a target of 1,100 (Q2 2009/10), and worsening.",
      "Assurance where data is not available",
      "NI 17 Perceptions of anti-social behaviour: no data yet; the lead to give assurance on progress.",
      "Reward targets at risk",
      "NI 151 Overall employment rate: £1,500,000 of £1,500,000 at risk.",
    ]));
    expect(section.indexOf("Achievements and good news")).toBeLessThan(section.indexOf("Barriers to delivery"));
  });

  it("adds the updates as a new last item when the agenda has none", async () => {
    const doc = await minutes({ ...ESSEX, agenda: ESSEX.agenda!.filter((i) => i.no !== "3") });
    expect(headings(doc)).toContain("Heading1: 5. Thematic partnership updates");
  });

  it("tabulates the action log and forward plan with repeating header rows, and ends with the next meeting and the chair's signature", async () => {
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
    expect(texts[texts.indexOf("Date of next meeting") + 1]).toBe("27 March 2009");
    expect(texts.some((t) => t.startsWith("Signed:") && t.includes("Date:"))).toBe(true);
    expect(texts).toContain("Peter Lowton, Chair");
  });
});
