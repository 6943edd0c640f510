import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview } from "../../src/documents";
import { formatShare } from "../../src/format";
import { Analysis } from "../../src/model";
import { readDocx } from "./read-docx";
import { Q, Q2_0910, Y, ratedAnalysis } from "./rated-fixture";
import { sampleAnalysis } from "./sample-book";

// Rounding never makes a sentence false: an indicator's figures have the decimals that show each as
// typed (up to three), so no comparison prints two different figures as one, and a planned
// improvement is never shown on the wrong side of the threshold it is read against.

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/annual-review.docx"));

async function review(analysis: Analysis) {
  const result = await buildAnnualReview(analysis, "Safer Essex", TEMPLATE, { generated: new Date(Date.UTC(2009, 9, 12)) });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  const doc = await readDocx(result.bytes);
  const row = (ref: string) => doc.tables[0].rows.find((r) => r[0].text === ref)!.map((c) => c.lines[0]);
  return { doc, row };
}

describe("figures shown as typed", () => {
  it("percentages typed to two decimals keep them, in the table and the trend (book 16's L2, book 2's NI 117)", async () => {
    const { doc, row } = await review(ratedAnalysis([
      { ref: "L2", title: "Re-offending", polarity: "lower", unit: "percent", baseline: 0.0575, targets: [[Y(2009), 0.055]], actuals: [[Q(2009, 1), 0.0562], [Q2_0910, 0.0558]] },
      { ref: "NI 117", title: "NEET", polarity: "lower", unit: "percent", baseline: 0.062, targets: [[Y(2009), 0.055]], actuals: [[Q(2009, 1), 0.058], [Q2_0910, 0.0575]] },
    ]));
    expect(row("L2").slice(2, 5)).toEqual(["5.75%", "5.50%", "5.58%"]);
    expect(doc.text).toContain("L2 Re-offending improved from 5.62% in Q1 2009/10 to 5.58% in Q2 2009/10.");
    expect(doc.text).toContain("NI 117 NEET improved from 5.80% in Q1 2009/10 to 5.75% in Q2 2009/10.");
  });

  it("a figure just short of its target is not rounded onto it (book 3's LI 3: 94.999 against 100)", async () => {
    const { doc, row } = await review(ratedAnalysis([{ ref: "LI 3", title: "Visits", targets: [[Y(2009), 100]], actuals: [[Q(2009, 1), 90], [Q2_0910, 94.999]] }]));
    expect(row("LI 3")[4]).toBe("94.999");
    expect(doc.text).toContain("94.999 in Q2 2009/10 against the 2009/10 target of 100.000, worse than the target");
  });

  it("two figures from formulas that differ past three decimals still print apart", async () => {
    const { doc } = await review(ratedAnalysis([{ ref: "L7", title: "Index", targets: [[Y(2009), 2]], actuals: [[Q(2009, 1), 1.23461], [Q2_0910, 1.23459]] }]));
    expect(doc.text).toContain("L7 Index worsened from 1.23461 in Q1 2009/10 to 1.23459 in Q2 2009/10.");
  });

  it("a planned improvement just under the PRG minimum is never shown as the minimum (book 4's L4.2: 59.99% earns nothing)", async () => {
    const { doc, row } = await review(ratedAnalysis([
      { ref: "L4.2", title: "PRG just under", baseline: 100, targets: [[Y(2009), 200]], actuals: [[Q2_0910, 159.99]], rewardTarget: true, rewardValue: 500000 },
    ]));
    expect(row("L4.2")[7]).toBe("59.99%");
    // The reward table: after the performance table, and not the exception rows of a Red indicator.
    const reward = doc.tables.find((t, i) => i > 0 && t.rows[0][2]?.text !== "Corrective action")!;
    const prg = reward.rows.find((r) => r[0].text === "L4.2")!.map((c) => c.text);
    expect(prg[4]).toBe("59.99%");
    expect(prg[5]).toBe("£0");
  });
});

describe("counts in the sample", () => {
  it("a count of people is a whole number: NI 111's first-time entrants print 1,610, never 1,610.0", async () => {
    const cypsp = "Children & Young People's Strategic Partnership (CYPSP)";
    const result = await buildAnnualReview(await sampleAnalysis(), cypsp, TEMPLATE);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
    const doc = await readDocx(result.bytes);
    expect(doc.text).toContain("worsened from 1,540 in Q1 2009/10 to 1,610 in Q2 2009/10");
    expect(doc.text).not.toMatch(/\b1,610\.0\b/);
  });
});

describe("a share read against thresholds", () => {
  it("keeps whole percentages where they are on the right side, and adds decimals or cuts toward its side where not", () => {
    expect(formatShare(0.48, [0, 0.6, 1])).toBe("48%");
    expect(formatShare(0.6, [0, 0.6, 1])).toBe("60%");
    expect(formatShare(0.5999, [0, 0.6, 1])).toBe("59.99%");
    expect(formatShare(0.9996, [0, 1])).toBe("99.96%");
    expect(formatShare(0.59999999, [0.6])).toBe("59.999%");
    expect(formatShare(0.7499, [0.75], 1)).toBe("74.99%");
  });
});
