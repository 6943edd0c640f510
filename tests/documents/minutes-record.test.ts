import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildMinutes } from "../../src/documents";
import { Analysis, Papers } from "../../src/model";
import { analysis, partnership, rating } from "./analysis-fixture";
import { headings, part, partText, readDocx } from "./read-docx";
import { sampleAnalysis } from "./sample-book";

// Minutes record what happened: a partnership is reported only under an item the agenda gives it,
// with an update drafted from the scorecard only when its lead or deputy was there; a done action
// is reported as done; unapproved minutes say DRAFT.

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/minutes.docx"));

function threePartnerships(papers: Partial<Papers>): Analysis {
  const safer = [rating({ ref: "NI 20", title: "Assault with injury crime rate", polarity: "lower", status: "Green", baseline: 9.2, target: 8.5, actual: 8.1, previous: 8.6, direction: "Improving" })];
  const cwop = [rating({ ref: "NI 135", title: "Carers receiving needs assessment", unit: "percent", status: "Red", baseline: 0.2, target: 0.25, actual: 0.18, direction: "Worsening" })];
  const gepf = [rating({ ref: "NI 151", title: "Overall employment rate", unit: "percent", status: "Amber", baseline: 0.72, target: 0.75, actual: 0.7345 })];
  for (const r of cwop) r.indicator.partnership = "Community Wellbeing and Older People (CWOP)";
  for (const r of gepf) r.indicator.partnership = "Greater Essex Prosperity Forum (GEPF)";
  return analysis([...safer, ...cwop, ...gepf], [
    partnership("Safer Essex", safer, "Green"),
    partnership("Community Wellbeing and Older People (CWOP)", cwop, "Red", { lead: "Charlotte Ball", deputy: "Loretta Sollars" }),
    partnership("Greater Essex Prosperity Forum (GEPF)", gepf, "Amber", { lead: null, deputy: null }),
  ], { meeting: { title: "LAA Performance Management Group", date: new Date(Date.UTC(2009, 1, 20)), time: null, venue: null, chair: "Peter Lowton", nextMeeting: null }, ...papers });
}

const ATTENDANCE: Papers["attendance"] = [
  { name: "Peter Lowton", organisation: "ACC Essex Police", attendance: "Present" },
  { name: "Alan Dawkes", organisation: "Safer Essex Lead", attendance: "Present" },
  { name: "Charlotte Ball", organisation: "CWOP Lead", attendance: "Apologies" },
  { name: "Louise Aiken", organisation: "Greater Essex Prosperity Forum (GEPF) Lead", attendance: "Present" },
];

async function minutes(a: Analysis) {
  const result = await buildMinutes(a, TEMPLATE);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return readDocx(result.bytes);
}

const between = (doc: Awaited<ReturnType<typeof minutes>>, from: string, to: string) => {
  const texts = doc.paragraphs.map((p) => p.text);
  return texts.slice(texts.indexOf(from) + 1, texts.indexOf(to, texts.indexOf(from)));
};

describe("minutes as a record of the meeting", () => {
  it("records a partnership on the agenda with nobody there as having no representative, with nothing drafted for it, and keeps its action with it", async () => {
    const doc = await minutes(threePartnerships({
      attendance: ATTENDANCE,
      agenda: [{ no: "3", item: "Thematic Partnership update", discussion: null, decision: null }],
      actions: [{ no: "5", action: "Update on the carers' indicator (NI 135)", owner: "CWOP (Loretta Sollars)", due: "Timescales to be agreed", status: "Open", item: "3" }],
    }));
    expect(between(doc, "Community Wellbeing and Older People (CWOP)", "Greater Essex Prosperity Forum (GEPF)")).toEqual([
      "No representative was available to attend this meeting.",
      "Action",
      "Update on the carers' indicator (NI 135) (Owner: CWOP (Loretta Sollars), Timescales to be agreed)",
    ]);
    expect(doc.text).not.toContain("NI 135 (Carers receiving needs assessment): Off target (Red)");
    // The lead there by the Attendance sheet's role alone ("... (GEPF) Lead") counts as there.
    expect(between(doc, "Greater Essex Prosperity Forum (GEPF)", "Action log")[0]).toMatch(/^Overall status/);
  });

  it("counts a deputy present or in attendance as the partnership's representative", async () => {
    const attendance = [...ATTENDANCE, { name: "Loretta Sollars", organisation: "Adult Social Care", attendance: "In attendance" as const }];
    const doc = await minutes(threePartnerships({ attendance, agenda: [{ no: "3", item: "Thematic Partnership update", discussion: null, decision: null }] }));
    expect(doc.text).not.toContain("No representative");
    expect(doc.text).toContain("NI 135 (Carers receiving needs assessment): Off target (Red)");
  });

  it("reports only the partnerships the updates item names, and a partnership's own item as its section", async () => {
    const doc = await minutes(threePartnerships({
      attendance: ATTENDANCE,
      agenda: [
        { no: "3", item: "Thematic updates: GEPF and CWOP", discussion: null, decision: null },
        { no: "4", item: "Safer Essex update", discussion: "Alan Dawkes reported on the Refresh.", decision: null },
        { no: "5", item: "Review of the Safer Essex domestic violence target", discussion: "Discussed.", decision: null },
      ],
    }));
    const level2 = headings(doc).filter((h) => h.startsWith("Heading2: "));
    expect(level2).toEqual([
      "Heading2: Community Wellbeing and Older People (CWOP)",
      "Heading2: Greater Essex Prosperity Forum (GEPF)",
      "Heading2: Safer Essex",
    ]);
    expect(between(doc, "4. Safer Essex update", "Safer Essex")).toEqual(["Alan Dawkes reported on the Refresh."]);
    expect(between(doc, "5. Review of the Safer Essex domestic violence target", "Action log")).toEqual(["Discussed."]);
  });

  it("reports a done action as done, not as an action the meeting set", async () => {
    const doc = await minutes(threePartnerships({
      attendance: ATTENDANCE,
      agenda: [{ no: "1", item: "Matters arising", discussion: "Minutes approved.", decision: null }],
      actions: [
        { no: "1", action: "Draw up a grid showing thematic leads and their deputies", owner: "Gill Butterworth", due: new Date(Date.UTC(2009, 2, 27)), status: "Done", item: "1" },
        { no: "2", action: "Arrange to meet the GO", owner: "Peter Lowton", due: null, status: "Open", item: "1" },
      ],
    }));
    expect(between(doc, "1. Matters arising", "Action log")).toEqual([
      "Minutes approved.",
      "Action",
      "Arrange to meet the GO (Owner: Peter Lowton)",
      "Action completed",
      "Draw up a grid showing thematic leads and their deputies (Owner: Gill Butterworth): done",
    ]);
  });

  it("says DRAFT until the Meeting sheet marks the minutes approved", async () => {
    const draft = await readDocx(((await buildMinutes(await sampleAnalysis(), TEMPLATE)) as { bytes: Uint8Array }).bytes);
    const header = partText(await part(draft, "word/header1.xml")) + draft.text;
    expect(header).toContain("DRAFT: subject to approval at the next meeting");
    expect(await part(draft, "docProps/core.xml")).toContain("(draft)</dc:title>");

    const sheet = (await sampleAnalysis()).papers.meeting;
    expect(sheet?.approved).toBe(false);
    const approved = await sampleAnalysis({ "Meeting!B10": "Approved" });
    expect(approved.papers.meeting?.approved).toBe(true);
    const signed = await readDocx(((await buildMinutes(approved, TEMPLATE)) as { bytes: Uint8Array }).bytes);
    expect(partText(await part(signed, "word/header1.xml")) + signed.text).not.toContain("DRAFT");
  });

  it("says why each partnership has its overall status, by the roll-up rule, as the dashboard card does", async () => {
    const minutes = await buildMinutes(await sampleAnalysis(), TEMPLATE);
    if (!minutes.ok) throw new Error("refused");
    const lines = (await readDocx(minutes.bytes)).paragraphs.map((p) => p.text).filter((t) => t.startsWith("Overall status:"));
    expect(lines.length).toBeGreaterThan(0);
    const red = lines.filter((t) => /^Overall status: +Red /.test(t));
    expect(red.length).toBeGreaterThan(0);
    for (const t of red) expect(t).toMatch(/\(\d+ of \d+ rated indicators on target, [\d.]+%\)\. \d+ of \d+ rated \([\d.]+%\) (is|are) Red: \d+% Red or more makes a partnership Red\.$/);
    for (const t of lines.filter((l) => /^Overall status: +(Green|Amber) /.test(l))) expect(t).toMatch(/Green needs at least|under the \d+% for Green|so it is not Green/);
  });
});
