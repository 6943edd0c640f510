import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview, buildBoardReport, buildMinutes, buildProgressUpdate } from "../../src/documents";
import { Analysis, Papers } from "../../src/model";
import { commentary } from "./analysis-fixture";
import { ReadDocx, readDocx, sections } from "./read-docx";
import { IndicatorSpec, Q, Y, ratedAnalysis } from "./rated-fixture";

// What a chair found reading the papers of two books the project did not write (a district at Q3
// and a county at year end): sentences that disagreed with a table or with another page of the same
// paper. Each is read back from the .docx, as the board reads it.

const template = (name: string) => readFileSync(path.join(__dirname, `../../templates/${name}`));
const GENERATED = { generated: new Date(Date.UTC(2010, 1, 1)) };

async function read(result: Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problems: { message: string }[] }>): Promise<ReadDocx> {
  const r = await result;
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("; "));
  return readDocx(r.bytes);
}

// NI 16, a reward target of £250,000: 13.2 at Q2 (125% of the planned improvement), 13.9 at Q3
// (37%), so its projected reward fell; it is listed under barriers, having slipped to Amber.
const NI16: IndicatorSpec = {
  ref: "NI 16", title: "Serious acquisitive crime rate", polarity: "lower", baseline: 14.2, rewardTarget: true, rewardValue: 250000,
  targets: [[Y(2009), 13.4]], actuals: [[Q(2009, 1), 12.9], [Q(2009, 2), 13.2], [Q(2009, 3), 13.9]],
};
// NI 20, Amber and worse two quarters running: the summary says it was exceeded.
const NI20: IndicatorSpec = { ref: "NI 20", title: "Assault with injury crime rate", polarity: "lower", targets: [[Y(2009), 5.7]], actuals: [[Q(2009, 1), 5.5], [Q(2009, 2), 5.6], [Q(2009, 3), 5.9]] };
// NI 39, a reward target set above its baseline (a rise held down), Red: no share of a "planned
// improvement" to show, and none of its reward earned.
const NI39: IndicatorSpec = {
  ref: "NI 39", title: "Alcohol-harm related hospital admission rates", polarity: "lower", baseline: 1450, rewardTarget: true, rewardValue: 400000,
  targets: [[Y(2009), 1560]], actuals: [[Q(2009, 2), 1610], [Q(2009, 3), 1700]],
};

const SUMMARY = commentary("Safer Tendring", "summary", "The interim target for NI 20 has been exceeded and NI 16 has improved since the summer.");
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const PAPERS: Partial<Papers> = {
  commentary: [SUMMARY],
  meeting: { title: "Tendring LSP Performance Group", date: day(2010, 1, 18), time: "10:00", venue: "Town Hall", chair: "Neil Stock", nextMeeting: day(2010, 2, 15), nextMeetingTime: null, nextMeetingVenue: null },
  attendance: [{ name: "Alan Dawkes", organisation: "Safer Tendring Lead", attendance: "Present" }],
  agenda: [{ no: "4", item: "Thematic partnership updates", discussion: null, decision: null }],
};

function tendring(specs: IndicatorSpec[] = [NI16, NI20, NI39]): Analysis {
  return ratedAnalysis(specs.map((s) => ({ partnership: "Safer Tendring", ...s })), PAPERS, {}, Q(2009, 3));
}

describe("the papers of a book the project did not write, read as a board reads them", () => {
  it("never says no projected reward fell beside an indicator whose reward fell under another heading", async () => {
    const update = await read(buildProgressUpdate(tendring(), "Safer Tendring", template("progress-update.docx"), GENERATED));
    const s = sections(update);
    expect(s.get("Barriers to delivery, risks and actions needed")).toContain("Projected reward fell from £250,000 at Q2 2009/10 to £0 at Q3 2009/10");
    const resources = s.get("Resource issues, including use of PRG") ?? "";
    expect(resources).not.toContain("No reward target's projected reward fell");
    expect(resources).toContain("Projected reward also fell, for an indicator listed under a more serious heading: NI 16 (under barriers to delivery, risks and actions needed).");

    const minutes = await read(buildMinutes(tendring(), template("minutes.docx"), GENERATED));
    expect(minutes.text).toContain("Projected reward fell from £250,000");
    expect(minutes.text).not.toContain("No reward target's projected reward fell");
  });

  it("gives a fallen projected reward in whole pounds, as the reward table does", async () => {
    // £300,000 at stake: 100% at Q2, two thirds of the planned improvement at Q3 (£200,000.00 would
    // be whole; £250,000 x 2/3 is £166,666.67).
    const ni18: IndicatorSpec = { ref: "NI 18", title: "Adult re-offending rates", polarity: "lower", baseline: 9.8, rewardTarget: true, rewardValue: 250000, targets: [[Y(2009), 9.2]], actuals: [[Q(2009, 2), 9.2], [Q(2009, 3), 9.4]] };
    const update = await read(buildProgressUpdate(tendring([ni18]), "Safer Tendring", template("progress-update.docx"), GENERATED));
    expect(update.text).toContain("Projected reward fell from £250,000 at Q2 2009/10 to £166,667 at Q3 2009/10, of £250,000 at stake");
    expect(update.text).not.toMatch(/£\d[\d,]*\.\d\d/);
  });

  it("shows no planned improvement, and no reward earned, for a target set worse than its baseline", async () => {
    const review = await read(buildAnnualReview(tendring(), "Safer Tendring", template("annual-review.docx"), GENERATED));
    const rows = review.tables.flatMap((t) => t.rows).filter((r) => r[0]?.text === "NI 39");
    // The performance table, then the reward table: "145%" and "Over 200%" read as a success beside Red.
    const performance = rows.find((r) => r.some((c) => c.text === "Red"))!;
    expect(performance.map((c) => c.text)).not.toContain("Over 200%");
    expect(performance[performance.length - 1].text).toBe("–");
    const reward = rows.find((r) => r.some((c) => c.text === "£400,000"))!;
    expect(reward.map((c) => c.text).slice(-2)).toEqual(["£0", "£400,000"]);
    expect(review.text).toContain("NI 39 has a target worse than its baseline, so no improvement is planned: it earns its reward only when the target is met (Green).");
  });

  it("never quotes a paragraph the figures contradict as an indicator's latest note", async () => {
    const board = await read(buildBoardReport(tendring(), template("board-report.docx"), GENERATED));
    const rows = board.tables.flatMap((t) => t.rows).filter((r) => r.length === 6 && /^NI 20 /.test(r[0].text));
    expect(rows).toHaveLength(1);
    expect(rows[0][5].text).toBe("None recorded");
    expect(board.text).toContain("No latest note for NI 16, NI 20 and NI 39");
    expect(board.paragraphs.filter((p) => p.text.includes("has been exceeded"))).toEqual([]);
  });

  it("gives a partnership's share on target alike in the minutes and the covering report", async () => {
    // 1 of 3 on target: the minutes said "33.3%" where the covering report's table and the sentence after it say "33%".
    const green: IndicatorSpec = { ref: "NI 123", title: "Stopping smoking", targets: [[Y(2009), 900]], actuals: [[Q(2009, 2), 910], [Q(2009, 3), 930]] };
    const book = tendring([NI16, NI20, green]);
    const minutes = await read(buildMinutes(book, template("minutes.docx"), GENERATED));
    expect(minutes.text).toContain("(1 of 3 rated indicators on target, 33%).");
    const board = await read(buildBoardReport(book, template("board-report.docx"), GENERATED));
    const row = board.tables.flatMap((t) => t.rows).find((r) => r[0].text === "Safer Tendring")!;
    expect(row[3].lines).toEqual(["1 of 3", "33%"]);
  });

  it("says a year-end position one way on the covering report's first page: as at the end of 2009/10", async () => {
    const year: IndicatorSpec = { ref: "NI 123", title: "Stopping smoking", partnership: "Safer Tendring", targets: [[Y(2008), 850], [Y(2009), 880]], actuals: [[Y(2008), 866], [Y(2009), 990]] };
    const board = await read(buildBoardReport(ratedAnalysis([year], PAPERS, {}, Y(2009)), template("board-report.docx"), GENERATED));
    expect(board.text).toContain("the position of the Local Area Agreement as at the end of 2009/10:");
    expect(board.text).toContain("1 thematic partnership, as at the end of 2009/10.");
    expect(board.text).not.toMatch(/as at 2009\/10/);
  });

  it("dates the annual review for the meeting the rest of the pack is for, not the one already held", async () => {
    // The Meeting sheet records 18 January (the minutes); the progress updates and the covering report are for 15 February.
    const review = await read(buildAnnualReview(tendring(), "Safer Tendring", template("annual-review.docx"), GENERATED));
    expect(review.text).toContain("Date:\t15 February 2010 (meeting of the Tendring LSP Performance Group)");
    const board = await read(buildBoardReport(tendring(), template("board-report.docx"), GENERATED));
    expect(board.text).toContain("Monday 15 February 2010");
  });

  it("reports a partnership once in the minutes when its annual review has an item of its own", async () => {
    const both = [
      { no: "4", item: "Safer Tendring annual review", discussion: "The lead presented the annual review.", decision: null },
      { no: "5", item: "Thematic partnership updates", discussion: null, decision: null },
    ];
    const minutes = await read(buildMinutes(ratedAnalysis([NI16, NI20].map((s) => ({ partnership: "Safer Tendring", ...s })), { ...PAPERS, agenda: both }, {}, Q(2009, 3)), template("minutes.docx"), GENERATED));
    const titles = minutes.paragraphs.filter((p) => p.style && /^Heading[12]$/.test(p.style)).map((p) => p.text);
    expect(titles.filter((t) => t === "Safer Tendring")).toHaveLength(1);
    expect(titles.indexOf("Safer Tendring")).toBe(titles.indexOf("4. Safer Tendring annual review") + 1);
  });

  it("names the reward grant as PRG where a heading across the agreement is empty", async () => {
    const board = await read(buildBoardReport(tendring([NI20]), template("board-report.docx"), GENERATED));
    expect(board.text).toContain("No indicator across the agreement is listed under resource issues, including use of PRG.");
  });
});
