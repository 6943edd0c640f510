import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview } from "../../src/documents";
import { STATUS_FILL } from "../../src/colours";
import { Analysis } from "../../src/model";
import { commentary, saferEssex } from "./analysis-fixture";
import { headings, readDocx } from "./read-docx";

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/annual-review.docx"));
const GENERATED = new Date(Date.UTC(2009, 1, 20));

async function review(analysis: Analysis, partnership = "Safer Essex") {
  const result = await buildAnnualReview(analysis, partnership, TEMPLATE, { generated: GENERATED });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return readDocx(result.bytes);
}

describe("annual review of one partnership", () => {
  it("has the seven standard headings in order, in Word's heading styles", async () => {
    const doc = await review(saferEssex());
    const h = headings(doc);
    const standard = [
      "Heading1: Performance against Year 2 targets",
      "Heading1: Underlying trends",
      "Heading1: Areas of success and good news",
      "Heading1: Barriers, risks and actions needed",
      "Heading1: Milestones",
      "Heading2: Next six months",
      "Heading2: Next twelve months",
      "Heading2: Next eighteen months",
      "Heading1: Assurance where data is not available",
      "Heading1: Performance Reward Grant",
    ];
    expect(h.filter((x) => standard.includes(x))).toEqual(standard);
    expect(h[0]).toBe("Title: Safer Essex");
  });

  it("fills the front matter: lead, area, reporting period, the paper's date and overall status in its colour", async () => {
    const doc = await review(saferEssex());
    expect(doc.text).toContain("Thematic lead:\tAlan Dawkes");
    expect(doc.text).toContain("Area:\tEssex");
    expect(doc.text).toContain("Reporting period:\tQ2 2009/10");
    // No meeting in the book: the paper is dated by its reporting period, never by the day it was generated.
    expect(doc.text).toContain("Date:\t30 September 2009 (end of Q2 2009/10)");
    expect(doc.text).toMatch(/Overall status:\t\s*Red: significantly off target/);
    expect(doc.xml).toContain(`w:fill="${STATUS_FILL.Red}"`);
  });

  it("lists each indicator with values in its unit and the status cell shaded in its colour", async () => {
    const doc = await review(saferEssex());
    const rows = doc.tables[0].rows.map((r) => r.map((c) => c.text));
    expect(rows[0]).toEqual(["Ref", "Indicator", "Baseline", "Target", "Actual", "Status", "Direction of travel", "Planned improvement achieved"]);
    // One number format per indicator, enough to show each figure as typed: 72.00% beside 73.45%; a
    // true minus sign. Each target is the quarter's it was rated against, and says so.
    expect(rows).toContainEqual(["NI 151", "Overall employment rate", "72.00%", "75.00%(Q2 2009/10)", "73.45%", "Amber", "Worsening", "48%"]);
    expect(rows).toContainEqual(["NI 18", "Adult re-offending rates", "1,234", "1,100(Q2 2009/10)", "1,300", "Red", "Worsening", "None: moved away from target"]);
    expect(rows).toContainEqual(["NI 17", "Perceptions of anti-social behaviour", "–", "20%(Q2 2009/10)", "–", "No data", "n/a", "–"]);
    const statusFill = (ref: string) => doc.tables[0].rows.find((r) => r[0].text === ref)![5].fill;
    expect(statusFill("NI 20")).toBe(STATUS_FILL.Green);
    expect(statusFill("NI 151")).toBe(STATUS_FILL.Amber);
    expect(statusFill("NI 18")).toBe(STATUS_FILL.Red);
    expect(statusFill("NI 17")).toBe(STATUS_FILL["No data"]);
    expect(doc.tables[0].headerRepeats).toBe(true);
  });

  it("gives the counts sentence under the table and money as £1,500,000", async () => {
    const doc = await review(saferEssex());
    expect(doc.text).toContain("Of 4 indicators, 1 is on target, 1 is within tolerance, 1 is off target and 1 has no data.");
    expect(doc.text).toContain("£1,500,000");
    expect(doc.text).toContain("Reward at stake £1,500,000; projected reward £0; £1,500,000 at risk.");
  });

  it("writes a trend sentence for an indicator with two actuals, judged by its polarity", async () => {
    const doc = await review(saferEssex());
    expect(doc.text).toContain("NI 20 Assault with injury crime rate improved from 8.6 in Q1 2009/10 to 8.1 in Q2 2009/10.");
  });

  it("puts commentary under its section and prompts the author where a section is empty; no placeholder is left", async () => {
    const doc = await review(saferEssex({ commentary: [commentary("safer  essex", "milestones12", "Domestic abuse strategy agreed by March 2010.")] }));
    const after = (heading: string) => doc.paragraphs[doc.paragraphs.findIndex((p) => p.text === heading) + 1].text;
    expect(after("Next twelve months")).toBe("Domestic abuse strategy agreed by March 2010.");
    expect(after("Next six months")).toMatch(/^No milestones recorded for the next six months\./);
    expect(after("Next eighteen months")).toMatch(/^No milestones recorded for the next eighteen months\./);
    // At Q2 the summary opens with the interim note, then asks for the partnership's summary.
    expect(after("Summary")).toMatch(/^Interim review\. /);
    expect(doc.text).toMatch(/\nNo summary recorded/);
    expect(doc.xml).not.toContain("{{");
  });

  it("inserts workbook text literally: braces, angle brackets and ampersands as typed", async () => {
    // In the summary, which is filled before the placeholders it names: they must not be filled inside it.
    const typed = "Ask {{lead}} & the <b>board</b> about {{prg}} and {{ milestones_18 }} }} {{";
    const doc = await review(saferEssex({ commentary: [commentary("Safer Essex", "summary", typed)] }));
    expect(doc.paragraphs.map((p) => p.text)).toContain(typed);
    expect(doc.text).not.toContain("Ask Alan Dawkes");
  });

  it("names a partnership's heading after the partnership, whatever its characters", async () => {
    const a = saferEssex();
    a.partnerships[0].name = "Safer {{deputy}} & <Co>";
    for (const r of a.indicators) r.indicator.partnership = a.partnerships[0].name;
    const doc = await review(a, "Safer {{deputy}} & <Co>");
    expect(headings(doc)[0]).toBe("Title: Safer {{deputy}} & <Co>");
  });

  it("dates the paper by its meeting or its period end, saying which, and gives the day it was generated, labelled", async () => {
    const meeting = { title: "LAA Performance Management Group", date: new Date(Date.UTC(2009, 9, 19)), time: null, venue: null, chair: null, nextMeeting: null };
    const forMeeting = await review(saferEssex({ meeting }));
    expect(forMeeting.text).toContain("Date:\t19 October 2009 (meeting of the LAA Performance Management Group)");
    expect(forMeeting.text).toContain("Generated:\t20 February 2009");
    const noMeeting = await review(saferEssex());
    expect(noMeeting.text).toContain("Date:\t30 September 2009 (end of Q2 2009/10)");
    expect(noMeeting.text).toContain("Generated:\t20 February 2009");
  });
});
