import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildMidYearReport } from "../../src/documents";
import { restOfYear } from "../../src/documents/mid-year-report";
import { formatDate } from "../../src/format";
import { Analysis, Period } from "../../src/model";
import { PAPERS, exceptionsAnalysis, words, CORRECTED } from "./exception-fixture";
import { headings, part, partText, readDocx, sections } from "./read-docx";
import { Q, Y } from "./rated-fixture";

// The mid-year report: the annual review's headings for the first half of the year, compared with
// the start of the year (the end of the year before): the half-year position, what changed since,
// the exceptions, and the milestones for the rest of the year.

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/mid-year-report.docx"));

async function report(analysis: Analysis = exceptionsAnalysis()) {
  const result = await buildMidYearReport(analysis, "Safer Essex", TEMPLATE, { generated: new Date(Date.UTC(2009, 9, 12)) });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return readDocx(result.bytes);
}

describe("mid-year report of one partnership", () => {
  it("has the annual review's headings for the first half of the year, in order", async () => {
    expect(headings(await report())).toEqual([
      "Title: Safer Essex",
      "Heading1: Summary",
      "Heading1: Performance against Year 2 targets and profiles at Q2 2009/10",
      "Heading1: Change since the start of the year",
      "Heading1: Underlying trends",
      "Heading1: Exceptions for attention or discussion",
      "Heading2: Areas of success and good news",
      "Heading2: Barriers, risks and actions needed",
      "Heading2: Assurance where data is not available",
      "Heading1: Performance Reward Grant",
      "Heading1: Milestones for the rest of the year",
    ]);
  });

  it("says what it is compared with, and the partnership's status then", async () => {
    const doc = await report();
    expect(doc.text).toContain("Reporting period:\tQ2 2009/10\nCompared with:\tthe end of 2008/09, the start of the year\nDate:\t16 November 2009 (meeting of the LAA Performance Management Group)");
    expect(doc.text).toMatch(/Overall status:\t\s*Amber: some indicators off target\s+\(also Amber at the end of 2008\/09\)/);
  });

  it("shows each indicator against this year's targets at Q2, then the status changes since the end of last year", async () => {
    const doc = await report();
    const [performance, changes] = doc.tables;
    expect(performance.rows.find((r) => r[0].text === "NI 111")!.map((c) => c.text)).toEqual(["NI 111", "First time entrants to the youth justice system", "–", "560", "620", "Red", "Worsening", "–"]);
    expect(sections(doc).get("Change since the start of the year")).toMatch(
      /^Compared with the end of 2008\/09, the start of the year: 1 indicator turned Red, 1 slipped from Green to Amber and 4 were rated for the first time; the other 3 kept their status\.\n/,
    );
    const row = (ref: string) => changes.rows.find((r) => r[0].text === ref)!.map((c) => c.lines);
    expect(changes.rows[0].map((c) => c.text)).toEqual(["Ref", "Indicator", "At the end of 2008/09", "At Q2 2009/10", "Change"]);
    expect(row("NI 111").slice(2)).toEqual([["Green", "590 in 2008/09"], ["Red", "620 in Q2 2009/10"], ["Turned Red"]]);
    expect(row("NI 191").slice(2)).toEqual([["Green", "712 in 2008/09"], ["Amber", "705 in Q2 2009/10"], ["Slipped from Green to Amber"]]);
    expect(row("NI 30").slice(2)).toEqual([["No data"], ["Green", "20.5% in Q1 2009/10", "Q2 2009/10 figure awaited"], ["Rated for the first time"]]);
    expect(changes.rows.map((r) => r[0].text)).not.toContain("NI 20"); // Green then and now
  });

  it("lists the meeting's exceptions, the same as every paper's, each once with its reasons, and the reward targets", async () => {
    const s = sections(await report());
    // The changes are the half year's; the exceptions are the meeting's (src/facts.ts), so the mid-year
    // report and the progress update beside it list each indicator under the same heading.
    expect(s.get("Exceptions for attention or discussion")).toMatch(/^8 of 9 indicators are exceptions, comparing Q2 2009\/10 with Q1 2009\/10: 2 under achievements and good news; 4 under barriers/);
    const barriers = s.get("Barriers, risks and actions needed")!;
    expect(barriers).toMatch(/NI 111 First time entrants to the youth justice system {2}Red \n[^\n]*620 in Q2 2009\/10 against the 2009\/10 target of 560/);
    expect(barriers).toMatch(/NI 191 Residual household waste per household {2}Amber \n[^\n]*705 in Q2 2009\/10/);
    expect(barriers).toContain(words("barriers"));
    expect(s.get("Assurance where data is not available")).toContain("The Q2 2009/10 figure was due and is not in (tbc in the scorecard).");
    expect(s.get("Areas of success and good news")).toContain("NI 117");
    expect(s.get("Performance Reward Grant")).toContain("Reward at stake £300,000; projected reward £0; £300,000 at risk.");
    // The charts are the trends' (one per indicator with two or more figures), not repeated under the exceptions.
    expect(s.get("Underlying trends")).toContain("NI 111 First time entrants to the youth justice system worsened from 575 in Q1 2009/10 to 620 in Q2 2009/10.");
  });

  it("gives the milestones for the rest of the year: the commentary, then the partnership's open actions and forward plan items to 31 March", async () => {
    const doc = await report();
    const milestones = doc.tables[doc.tables.length - 1].rows.map((r) => r.map((c) => c.text));
    expect(milestones.map((r) => [r[0], r[3]])).toEqual([
      ["Due", "From"],
      ["16 November 2009", "Forward plan"],
      ["16 November 2009", "Action 1"],
      ["16 November 2009", "Action 6"],
      ["1 December 2009", "Action 3"],
      ["15 December 2009", "Forward plan"],
      ["18 January 2010", "Forward plan"],
    ]); // not action 5 (done), not Louise Aiken's
    expect(sections(doc).get("Milestones for the rest of the year")).toMatch(
      new RegExp(`^${words("milestones6")}\nFrom the forward plan and the action log, due in the rest of the year, from 1 October 2009 to 31 March 2010:\n`),
    );
  });

  it("at a reporting period other than Q2, is as at that period and says so, asking for Q2", async () => {
    const doc = await report(exceptionsAnalysis(PAPERS, Q(2009, 1)));
    const s = sections(doc);
    expect(headings(doc)).toContain("Heading1: Performance against Year 2 targets and profiles at Q1 2009/10");
    expect(s.get("Performance against Year 2 targets and profiles at Q1 2009/10")).toMatch(
      /^This mid-year report is as at Q1 2009\/10, the scorecard's reporting period, not at the middle of the year \(Q2 2009\/10\): .* set Reporting period to Q2 2009\/10 on the Settings sheet/,
    );
    // A note for the author: the paper stays a DRAFT until the period is right.
    const draft = async (d: typeof doc) => partText(await part(d, "word/header1.xml"));
    expect(await draft(doc)).toMatch(/^DRAFT: \d+ passages? in grey italics/);
    const atQ2 = await report(exceptionsAnalysis(CORRECTED)); // with every corrective action and note: nothing else asked
    expect(atQ2.text).not.toContain("This mid-year report is as at");
    expect(await draft(atQ2)).toBe("");
  });

  it("counts the rest of the year to 31 March, or the next six months from Q4 or a year", () => {
    const span = (p: Period) => {
      const r = restOfYear(p);
      return `${r.words}: ${formatDate(r.after)} to ${formatDate(r.upTo)}`;
    };
    expect(span(Q(2009, 2))).toBe("the rest of the year: 30 September 2009 to 31 March 2010");
    expect(span(Q(2009, 3))).toBe("the rest of the year: 31 December 2009 to 31 March 2010");
    expect(span(Q(2009, 4))).toBe("the next six months: 31 March 2010 to 30 September 2010");
    expect(span(Y(2009))).toBe("the next six months: 31 March 2010 to 30 September 2010");
  });
});
