import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview, buildBoardReport, buildMidYearReport, buildMinutes, buildProgressUpdate } from "../../src/documents";
import { DocumentResult } from "../../src/documents/paper";
import { paperFacts } from "../../src/documents/fact-words";
import { indicatorName } from "../../src/documents/partnership-data";
import { ExceptionHeading } from "../../src/exceptions";
import { Analysis } from "../../src/model";
import { exceptionsAnalysis } from "./exception-fixture";
import { ReadDocx, readDocx } from "./read-docx";
import { Q, Y, ratedAnalysis } from "./rated-fixture";
import { sampleAnalysis } from "./sample-book";

// One set of facts for every paper (src/facts.ts): every paper of a meeting, made from the same book
// (the covering report among them),
// lists each indicator under the same heading, or (for the minutes) leaves out the partnership
// altogether. A steady Amber is short of target in the minutes as in the annual review; an
// indicator with no figure is under assurance in the progress update and mid-year report as in
// the annual review.

const template = (name: string) => readFileSync(path.join(__dirname, "..", "..", "templates", name));
const T = { review: template("annual-review.docx"), update: template("progress-update.docx"), midYear: template("mid-year-report.docx"), minutes: template("minutes.docx"), board: template("board-report.docx") };
const generated = new Date(Date.UTC(2009, 9, 12));

/** The section titles each paper uses for the four headings. */
const TITLES: Record<string, ExceptionHeading> = {
  "Achievements and good news stories": "goodNews",
  "Achievements and good news": "goodNews",
  "Areas of success and good news": "goodNews",
  "Barriers to delivery, risks and actions needed": "barriers",
  "Barriers, risks and actions needed": "barriers",
  "Barriers to delivery": "barriers",
  "Assurance where data is not available": "dataAssurance",
  "Resource issues, including use of PRG": "resources",
  "Performance Reward Grant": "resources",
};

async function read(result: Promise<DocumentResult>): Promise<ReadDocx> {
  const r = await result;
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("; "));
  return readDocx(r.bytes);
}

/** Where each indicator is listed in one paper: its ref against every heading it is listed under. */
function listed(doc: ReadDocx, analysis: Analysis): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  let current: string | null = null;
  for (const p of doc.paragraphs) {
    if (p.style && /^Heading\d$/.test(p.style)) {
      current = TITLES[p.text] ?? (p.style === "Heading3" || p.style === "Heading2" ? null : current);
      if (!TITLES[p.text] && p.style === "Heading1") current = null;
      continue;
    }
    if (!current) continue;
    for (const r of analysis.indicators) {
      // The exception papers name an indicator then its status; the minutes give its ref then its title in
      // brackets; the covering report's tables give its name in a cell of its own.
      const named = p.text === indicatorName(r) || p.text.startsWith(`${indicatorName(r)}  `) || p.text.startsWith(`${r.indicator.ref} (`) || p.text.startsWith(`${r.indicator.ref}: `) || p.text.startsWith(`${r.indicator.ref}, ${r.indicator.title}`);
      if (named) found.set(r.indicator.ref, (found.get(r.indicator.ref) ?? new Set()).add(current));
    }
  }
  return found;
}

async function papersOf(analysis: Analysis): Promise<{ name: string; doc: ReadDocx; partnerships: string[] }[]> {
  const out: { name: string; doc: ReadDocx; partnerships: string[] }[] = [];
  const minutes = await read(buildMinutes(analysis, T.minutes, { generated }));
  // The minutes draft an update only for a partnership that was represented (else "No representative was available").
  const drafted = (name: string) => {
    const at = minutes.paragraphs.findIndex((p) => p.style === "Heading2" && p.text === name);
    if (at < 0) return false;
    const next = minutes.paragraphs.findIndex((p, i) => i > at && (p.style === "Heading1" || p.style === "Heading2"));
    return minutes.paragraphs.slice(at + 1, next < 0 ? undefined : next).some((p) => p.style === "Heading3" && TITLES[p.text]);
  };
  const inMinutes = analysis.partnerships.map((p) => p.name).filter(drafted);
  out.push({ name: "minutes", doc: minutes, partnerships: inMinutes });
  out.push({ name: "covering report", doc: await read(buildBoardReport(analysis, T.board, { generated })), partnerships: analysis.partnerships.map((p) => p.name) });
  for (const p of analysis.partnerships) {
    out.push({ name: `annual review of ${p.name}`, doc: await read(buildAnnualReview(analysis, p.name, T.review, { generated })), partnerships: [p.name] });
    out.push({ name: `progress update of ${p.name}`, doc: await read(buildProgressUpdate(analysis, p.name, T.update, { generated })), partnerships: [p.name] });
    out.push({ name: `mid-year report of ${p.name}`, doc: await read(buildMidYearReport(analysis, p.name, T.midYear, { generated })), partnerships: [p.name] });
  }
  return out;
}

async function expectOneSetOfFacts(analysis: Analysis): Promise<number> {
  const { facts } = paperFacts(analysis);
  const expected = new Map(facts.map((f) => [f.rating.indicator.ref, f.heading]));
  let checked = 0;
  for (const paper of await papersOf(analysis)) {
    const where = listed(paper.doc, analysis);
    for (const r of analysis.indicators) {
      if (!paper.partnerships.includes(r.indicator.partnership)) continue;
      const ref = r.indicator.ref;
      const heading = expected.get(ref);
      const seen = [...(where.get(ref) ?? [])];
      expect([paper.name, ref, seen]).toEqual([paper.name, ref, heading ? [heading] : []]);
      checked++;
    }
  }
  return checked;
}

describe("one set of facts for every paper", () => {
  it("the exceptions book: each indicator under the same heading in the minutes, annual review, progress update and mid-year report", async () => {
    const analysis = exceptionsAnalysis();
    expect(paperFacts(analysis).facts.map((f) => f.heading)).toEqual(expect.arrayContaining(["goodNews", "barriers", "dataAssurance", "resources"]));
    expect(await expectOneSetOfFacts(analysis)).toBeGreaterThan(20);
  });

  it("the bundled sample, every partnership", async () => {
    expect(await expectOneSetOfFacts(await sampleAnalysis())).toBeGreaterThan(40);
  });

  it("a book at the year end, with a steady Amber, an indicator with no figure, and an awaited outturn behind a Red", async () => {
    const analysis = ratedAnalysis(
      [
        { ref: "NI 112", title: "Under 18 conception rate", polarity: "lower", unit: "rate", baseline: 34.6, targets: [[Y(2008), 31.5], [Y(2009), 29]], actuals: [[Y(2008), 33.9]] },
        { ref: "NI 6", title: "Volunteering", frequency: "quarterly", targets: [[Y(2009), 100]], actuals: [[Q(2009, 3), 97], [Q(2009, 4), 97], [Y(2009), 97]] },
        { ref: "L9", title: "A local measure with no figure yet", frequency: "annual", targets: [[Y(2010), 5]] },
        { ref: "NI 8", title: "Sport", partnership: "Sports Essex", frequency: "quarterly", targets: [[Y(2009), 20]], actuals: [[Q(2009, 3), 20], [Q(2009, 4), 22], [Y(2009), 22]] },
      ],
      {}, {}, Y(2009),
    );
    const headings = new Map(paperFacts(analysis).facts.map((f) => [f.rating.indicator.ref, f.heading]));
    expect(Object.fromEntries(headings)).toEqual({ "NI 112": "barriers", "NI 6": "barriers", L9: "dataAssurance", "NI 8": "goodNews" });
    expect(await expectOneSetOfFacts(analysis)).toBeGreaterThan(10);
  });
});
