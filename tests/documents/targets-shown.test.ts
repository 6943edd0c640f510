import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview } from "../../src/documents";
import { Analysis } from "../../src/model";
import { readDocx } from "./read-docx";
import { Q, Q2_0910, Y, ratedAnalysis } from "./rated-fixture";

// The target beside an actual is the one the engine rated it against, labelled with its period; the
// year's target is only ever the year's own, never a quarter's printed as the year's.

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/annual-review.docx"));

async function targetCell(analysis: Analysis, ref: string): Promise<string[]> {
  const result = await buildAnnualReview(analysis, "Safer Essex", TEMPLATE, { generated: new Date(Date.UTC(2009, 9, 12)) });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  const doc = await readDocx(result.bytes);
  return doc.tables[0].rows.find((r) => r[0].text === ref)![3].lines;
}

describe("the target shown beside an actual", () => {
  it("is the quarter's target it was rated against, labelled with the quarter, with the year's own target and stretch below", async () => {
    // Book 3's NI 20: Target Q2 2009/10 6.4 beside Target 2009/10 6.3 and Stretch 2009/10 5.5.
    const book = ratedAnalysis([{
      ref: "NI 20", polarity: "lower", unit: "rate", frequency: "quarterly", baseline: 6.9,
      targets: [[Y(2008), 6.6], [Y(2009), 6.3], [Q2_0910, 6.4]], stretch: [[Y(2009), 5.5]],
      actuals: [[Y(2008), 6.2], [Q(2009, 1), 6.0], [Q2_0910, 6.5]],
    }]);
    expect(book.indicators[0].target?.value).toBe(6.4);
    expect(await targetCell(book, "NI 20")).toEqual(["6.4", "(Q2 2009/10)", "2009/10: 6.3", "Stretch 2009/10: 5.5"]);
  });

  it("never prints a later quarter's target as the year's when the book has quarterly targets only", async () => {
    // Book 1's L18.1 and NI 16: Q2 not in (n/a, tbc), so rated on Q1; the only later targets are quarters'.
    const book = ratedAnalysis([
      { ref: "L18.1", baseline: 850, targets: [[Q(2009, 1), 220], [Q2_0910, 450], [Q(2009, 3), 700]], actuals: [[Q(2009, 1), 240], [Q2_0910, null, "n/a"], [Q(2009, 3), 500]] },
      { ref: "NI 16", polarity: "lower", unit: "rate", baseline: 14, targets: [[Q(2009, 1), 13.8], [Q2_0910, 13.6], [Q(2009, 3), 13.4]], actuals: [[Q(2009, 1), 13.5], [Q2_0910, null, "tbc"]] },
    ]);
    expect(await targetCell(book, "L18.1")).toEqual(["220", "(Q1 2009/10)", "Q2 2009/10: 450"]);
    expect(await targetCell(book, "NI 16")).toEqual(["13.8", "(Q1 2009/10)", "Q2 2009/10: 13.6"]);
  });

  it("for an indicator not yet rated, is the reporting quarter's own target; a Q4 target standing for the year says it is Q4's", async () => {
    const book = ratedAnalysis([{ ref: "L9", targets: [[Q2_0910, 40], [Q(2009, 3), 65], [Q(2009, 4), 90]], actuals: [[Q2_0910, null, "tbc"]] }]);
    expect(await targetCell(book, "L9")).toEqual(["40", "(Q2 2009/10)", "Q4 2009/10: 90"]);
  });
});
