import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview, buildMidYearReport, buildMinutes, buildProgressUpdate } from "../../src/documents";
import { DocumentResult } from "../../src/documents/paper";
import { Analysis } from "../../src/model";
import { formatPeriod } from "../../src/periods";
import { ReadDocx, readDocx } from "./read-docx";
import { IndicatorSpec, Q, Y, ratedAnalysis } from "./rated-fixture";
import { sampleAnalysis } from "./sample-book";
import { contradictions } from "./sentence-check";

// An indicator that is not rated (No target, No data) is never said to be "rated on" anything: the
// sample's NI 17 has a 2008/09 outturn, a blank 2008/09 target and a 2009/10 target of tbc, and the
// table beside the sentence says No target. Every sentence a paper makes about an indicator ("rated",
// "on target", "improved", "worsened", "awaited", "due") agrees with its status and the table.

const template = (name: string) => readFileSync(path.join(__dirname, "../../templates", name));
const REVIEW = template("annual-review.docx");
const MID_YEAR = template("mid-year-report.docx");
const PROGRESS = template("progress-update.docx");
const MINUTES = template("minutes.docx");
const GENERATED = { generated: new Date(Date.UTC(2009, 9, 12)) };

async function read(result: Promise<DocumentResult>): Promise<ReadDocx> {
  const built = await result;
  if (!built.ok) throw new Error(built.problems.map((p) => p.message).join("; "));
  return readDocx(built.bytes);
}

/** Every paper of the book: each partnership's three, and the minutes. */
async function everyPaper(analysis: Analysis): Promise<{ name: string; doc: ReadDocx }[]> {
  const papers = [{ name: "minutes", doc: await read(buildMinutes(analysis, MINUTES, GENERATED)) }];
  for (const p of analysis.partnerships) {
    papers.push({ name: `annual review of ${p.name}`, doc: await read(buildAnnualReview(analysis, p.name, REVIEW, GENERATED)) });
    papers.push({ name: `mid-year report of ${p.name}`, doc: await read(buildMidYearReport(analysis, p.name, MID_YEAR, GENERATED)) });
    papers.push({ name: `progress update of ${p.name}`, doc: await read(buildProgressUpdate(analysis, p.name, PROGRESS, GENERATED)) });
  }
  return papers;
}

/** The table row of one indicator, as cell texts. */
function tableRow(doc: ReadDocx, ref: string): string[] {
  const row = doc.tables[0].rows.find((cells) => cells[0].text === ref);
  if (!row) throw new Error(`No row for ${ref}`);
  return row.map((c) => c.text);
}

const NI17_SAID = "NI 17 is an annual indicator with a 2008/09 outturn but no target to rate it against: the 2009/10 outturn is due after the year ends on 31 March 2010.";

describe("the sample's NI 17: an outturn, no target, never 'rated on' it", () => {
  let analysis: Analysis;
  beforeAll(async () => {
    analysis = await sampleAnalysis();
  });

  it("the Safer Essex annual review says what NI 17 is, beside a table that says No target", async () => {
    const doc = await read(buildAnnualReview(analysis, "Safer Essex", REVIEW, GENERATED));
    expect(tableRow(doc, "NI 17")).toEqual(["NI 17", "Perceptions of anti-social behaviour", "19.0%", "–", "17.0%(2008/09)", "No target", "n/a", "–(2008/09)"]);
    expect(doc.text).not.toMatch(/NI 17[^.]*\brated on\b/);
    expect(doc.paragraphs.map((p) => p.text)).toContain(NI17_SAID);
    // The note before the table explains earlier outturns rated against their year's target: none of Safer Essex's is.
    expect(doc.text).not.toContain("An annual indicator whose 2009/10 outturn is not yet available");
  });

  it("the minutes say the same, and still list the partnerships' rated annual indicators as rated", async () => {
    const doc = await read(buildMinutes(analysis, MINUTES, GENERATED));
    expect(doc.text).not.toMatch(/NI 17[^.]*\brated on\b/);
    expect(doc.paragraphs.map((p) => p.text)).toContain(NI17_SAID);
    expect(doc.text).toContain("NI 171, NI 163, NI 165 and L18.1 are annual indicators rated on their 2008/09 outturn: the 2009/10 outturn is due after the year ends on 31 March 2010.");
  });

  it("the mid-year report says it once, under assurance", async () => {
    const doc = await read(buildMidYearReport(analysis, "Safer Essex", MID_YEAR, GENERATED));
    expect(doc.text).not.toMatch(/NI 17[^.]*\brated on\b/);
    expect(doc.text.split(NI17_SAID)).toHaveLength(2);
  });

  it("once NI 17's 2008/09 target is typed, it is rated on its outturn, and the papers say so", async () => {
    const rated = await sampleAnalysis({ "LAA Scorecard!H6": 0.18 });
    expect(rated.indicators.find((r) => r.indicator.ref === "NI 17")).toMatchObject({ status: "Green" });
    const doc = await read(buildAnnualReview(rated, "Safer Essex", REVIEW, GENERATED));
    expect(doc.text).toContain("NI 17 is an annual indicator rated on its 2008/09 outturn: the 2009/10 outturn is due after the year ends on 31 March 2010.");
    expect(doc.text).toContain("An annual indicator whose 2009/10 outturn is not yet available is shown with its latest outturn against the target for the same year.");
    expect(tableRow(doc, "NI 17").slice(3, 6)).toEqual(["18.0%(2008/09)", "17.0%(2008/09)", "Green"]);
  });
});

describe("hand-built books: rated and not rated side by side", () => {
  const NI8: IndicatorSpec = {
    ref: "NI 8", title: "Adult participation in sport", unit: "percent", frequency: "annual", baseline: 0.21,
    targets: [[Y(2008), 0.223], [Y(2009), 0.233]], actuals: [[Y(2008), 0.219]],
  };
  const NI17: IndicatorSpec = {
    ref: "NI 17", title: "Perceptions of anti-social behaviour", polarity: "lower", unit: "percent", frequency: "annual", baseline: 0.19,
    targets: [[Y(2008), null], [Y(2009), null, "tbc"]], actuals: [[Y(2008), 0.17]],
  };

  it("as at Q2: one sentence says which is rated on its outturn and which has none to be rated against", async () => {
    const book = ratedAnalysis([NI8, NI17]);
    expect(book.indicators.map((r) => r.status)).toEqual(["Amber", "No target"]);
    const doc = await read(buildAnnualReview(book, "Safer Essex", REVIEW, GENERATED));
    expect(doc.text).toContain(
      "NI 8 is an annual indicator rated on its 2008/09 outturn; NI 17 has a 2008/09 outturn but no target to rate it against: the 2009/10 outturn is due after the year ends on 31 March 2010.",
    );
    expect(doc.text).toContain("shown with its latest outturn against the target for the same year, and its 2009/10 target below that.");
  });

  it("as at 2009/10, when the outturn is due and awaited: what NI 17's latest figure is, never 'rated meanwhile'", async () => {
    const book = ratedAnalysis([NI8, NI17], {}, {}, Y(2009));
    const review = await read(buildAnnualReview(book, "Safer Essex", REVIEW, GENERATED));
    expect(review.text).toContain("NI 17 Perceptions of anti-social behaviour: the 2009/10 figure is awaited. Its latest figure, for 2008/09, has no target to rate it against. Annual data from Place Survey (biennial), due after the period it covers, which ended on 31 March 2010.");
    expect(review.text).toContain("NI 8 Adult participation in sport: the 2009/10 figure is awaited. Rated meanwhile on 2008/09.");
    const update = await read(buildProgressUpdate(book, "Safer Essex", PROGRESS, GENERATED));
    expect(update.text).toContain("The 2009/10 figure was due and is not in. Its latest figure, 17% in 2008/09, has no target to rate it against (No target).");
    expect(update.text).toContain("The 2009/10 figure was due and is not in. Rated meanwhile on 21.9% in 2008/09 against a target of 22.3% (Amber).");
    for (const doc of [review, update]) expect(doc.text).not.toMatch(/NI 17[^\n]*[Rr]ated (meanwhile )?on/);
  });

  // Quarterly and annual, rated and not: awaited quarters, no targets at all, an emerging concern, a figure held.
  const MIXED: IndicatorSpec[] = [
    NI8,
    NI17,
    { ref: "L1", title: "Awaited quarter", frequency: "quarterly", targets: [[Y(2009), 10]], actuals: [[Q(2009, 1), 11], [Q(2009, 2), null, "tbc"]] },
    { ref: "L2", title: "No targets at all", frequency: "quarterly", actuals: [[Q(2009, 1), 5], [Q(2009, 2), 6]] },
    { ref: "L3", title: "Falling", frequency: "quarterly", targets: [[Y(2008), 11], [Y(2009), 10]], actuals: [[Y(2008), 12], [Q(2009, 1), 11], [Q(2009, 2), 9]] },
    { ref: "L4", title: "Held", polarity: "lower", frequency: "quarterly", targets: [[Y(2009), 8]], actuals: [[Q(2009, 1), 7], [Q(2009, 2), 7]] },
    { ref: "L5", title: "Quarter target only", frequency: "quarterly", targets: [[Q(2009, 2), 4]], actuals: [[Q(2009, 1), 3]] },
    { ref: "L6", title: "Nothing yet", frequency: "quarterly", targets: [[Y(2009), 2]], actuals: [[Q(2009, 1), null, "tbc"]] },
  ];

  it("no sentence of any paper contradicts the ratings", async () => {
    for (const specs of [[NI8, NI17], MIXED]) {
      for (const period of [Y(2008), Q(2009, 2), Q(2009, 4), Y(2009), Y(2010)]) {
        const book = ratedAnalysis(specs, {}, {}, period);
        for (const { name, doc } of await everyPaper(book)) expect(contradictions(doc, book, `${name} as at ${formatPeriod(period)}`)).toEqual([]);
      }
    }
  });
});

describe("every sentence of every paper of the sample agrees with the ratings and the table", () => {
  // Q2 2009/10 as shipped; the year's end, when annual outturns fall due; and 2010/11, a year with no targets.
  it.each([["Q2 2009/10"], ["2009/10"], ["2010/11"]])("reporting period %s", async (period) => {
    const analysis = await sampleAnalysis({ "Settings!B3": period });
    const papers = await everyPaper(analysis);
    expect(papers).toHaveLength(1 + 3 * analysis.partnerships.length);
    const problems = papers.flatMap(({ name, doc }) => contradictions(doc, analysis, name));
    expect(problems).toEqual([]);
  });

  it("the checker itself catches the sentence the auditor found", async () => {
    const analysis = await sampleAnalysis();
    const doc = await read(buildAnnualReview(analysis, "Safer Essex", REVIEW, GENERATED));
    doc.paragraphs.push({ style: null, text: "NI 17 is an annual indicator rated on its 2008/09 outturn: the 2009/10 outturn is due after the year ends on 31 March 2010." });
    doc.paragraphs.push({ style: null, text: "NI 18 Adult re-offending rates for those under probation supervision improved from 9.40 in Q1 2009/10 to 9.55 in Q2 2009/10." });
    expect(contradictions(doc, analysis, "review")).toEqual([
      expect.stringContaining("says NI 17 is rated, but it is No target"),
      expect.stringContaining("says NI 18 improved, but it is Amber, Worsening"),
    ]);
  });
});
