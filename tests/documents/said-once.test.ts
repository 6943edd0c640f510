import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview, buildMinutes } from "../../src/documents";
import { Analysis } from "../../src/model";
import { ReadDocx, readDocx } from "./read-docx";
import { Y, ratedAnalysis } from "./rated-fixture";

// A paper says each thing once, and says nothing untrue of what is not there: a partnership with no
// indicator is not told it has all its figures; an awaited outturn is not announced twice.

const REVIEW = readFileSync(path.join(__dirname, "../../templates/annual-review.docx"));
const MINUTES = readFileSync(path.join(__dirname, "../../templates/minutes.docx"));

async function review(analysis: Analysis, partnership: string): Promise<ReadDocx> {
  const result = await buildAnnualReview(analysis, partnership, REVIEW, { generated: new Date(Date.UTC(2009, 9, 12)) });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return readDocx(result.bytes);
}

const count = (text: string, words: string) => text.split(words).length - 1;

describe("said once, and only where true", () => {
  it("a partnership with no indicators is told so once, and is not said to have every figure (book 12's Gamma)", async () => {
    const book = ratedAnalysis([{ ref: "L1", partnership: "Alpha", targets: [[Y(2009), 10]] }]);
    book.scorecard!.partnerships.push({ name: "Gamma", lead: "Gail", deputy: null });
    const doc = await review(book, "Gamma");
    expect(count(doc.text, "No indicators for this partnership are on the scorecard.")).toBe(1);
    expect(doc.text).not.toContain("Every indicator has its figure");
    expect(doc.text).toContain("No data is awaited: no indicator of this partnership is on the scorecard.");
  });

  it("an annual outturn awaited after the year has ended is said once, in its own bullet (book 2's NI 112)", async () => {
    const book = ratedAnalysis(
      [{ ref: "NI 112", title: "Under 18 conception rate", polarity: "lower", unit: "rate", baseline: 34.6, targets: [[Y(2008), 31.5], [Y(2009), 29]], actuals: [[Y(2008), 33.9]] }],
      {}, {}, Y(2009),
    );
    const doc = await review(book, "Safer Essex");
    expect(count(doc.text, "The 2009/10 figure was due and is not in. Rated meanwhile on 33.9 in 2008/09 against a target of 31.5 (Red).")).toBe(1);
    expect(doc.text).toContain("Also awaited, and listed under a more serious heading: NI 112 (its 2009/10 figure, under barriers to delivery, risks and actions needed).");
    expect(doc.text).not.toContain("is an annual indicator rated on its 2008/09 outturn");
    const minutes = await buildMinutes(book, MINUTES);
    if (!minutes.ok) throw new Error("minutes not built");
    expect(count((await readDocx(minutes.bytes)).text, "2009/10 outturn")).toBe(0);
  });
});
