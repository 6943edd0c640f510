import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview } from "../../src/documents";
import { Analysis } from "../../src/model";
import { readDocx } from "./read-docx";
import { Q, Q2_0910, Y, ratedAnalysis } from "./rated-fixture";

// "Performance against Year 2 targets" read as a board reads it: a figure that is not the reporting
// period's says which period it is, and the reward forecast says which figures it rests on.

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/annual-review.docx"));

async function review(analysis: Analysis) {
  const result = await buildAnnualReview(analysis, "Safer Essex", TEMPLATE, { generated: new Date(Date.UTC(2009, 9, 12)) });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return readDocx(result.bytes);
}

const BOOK = () =>
  ratedAnalysis([
    // Annual: the 2009/10 outturn comes after the year ends, so it is rated on 2008/09.
    { ref: "NI 6", title: "Participation in regular volunteering", unit: "percent", frequency: "annual", baseline: 0.236, targets: [[Y(2008), 0.24], [Y(2009), 0.25]], actuals: [[Y(2008), 0.229]], rewardTarget: true, rewardValue: 350000 },
    { ref: "NI 20", title: "Assault with injury crime rate", polarity: "lower", unit: "rate", frequency: "quarterly", baseline: 6.9, targets: [[Y(2009), 6.3]], stretch: [[Y(2009), 6.0]], actuals: [[Y(2008), 6.2], [Q(2009, 1), 6.0], [Q2_0910, 5.9]], rewardTarget: true, rewardValue: 450000 },
    // Q2 not in yet: rated on Q1.
    { ref: "NI 136", title: "People supported to live independently", frequency: "quarterly", targets: [[Y(2009), 3020]], actuals: [[Q(2009, 1), 3050], [Q2_0910, null]] },
  ]);

describe("year-aware tables", () => {
  it("labels every target and actual that is not the reporting period's, and shows this year's target under last year's", async () => {
    const doc = await review(BOOK());
    const row = (ref: string) => doc.tables[0].rows.find((r) => r[0].text === ref)!.map((c) => c.lines);
    expect(row("NI 6").slice(2, 5)).toEqual([["23.6%"], ["24.0%", "(2008/09)", "2009/10: 25.0%"], ["22.9%", "(2008/09)"]]);
    expect(row("NI 6")[7]).toEqual(["None: moved away from target", "(2008/09)"]);
    // A stretch target beside the target, not instead of it.
    expect(row("NI 20").slice(2, 6)).toEqual([["6.9"], ["6.3", "Stretch: 6.0"], ["5.9"], ["Green"]]);
    expect(row("NI 136")[4]).toEqual(["3,050", "(Q1 2009/10)"]);
  });

  it("says before the table which periods the figures are for", async () => {
    const doc = await review(BOOK());
    expect(doc.text).toContain(
      "Actuals are for Q2 2009/10 and targets for the year 2009/10, unless another period is shown under the figure; each target beside an actual is the one it is rated against. An annual indicator whose 2009/10 outturn is not yet available is shown with its latest outturn against the target for the same year, and its 2009/10 target below that.",
    );
  });

  it("the reward forecast says which figures each projection rests on", async () => {
    const doc = await review(BOOK());
    const prg = doc.tables[1];
    expect(prg.rows[0].map((c) => c.text)).toEqual(["Ref", "Reward target", "Reward at stake", "Based on", "Planned improvement achieved", "Projected reward", "At risk"]);
    expect(prg.rows.find((r) => r[0].text === "NI 6")![3].text).toBe("22.9% in 2008/09 against a target of 24.0%");
    expect(prg.rows.find((r) => r[0].text === "NI 20")![3].text).toBe("5.9 in Q2 2009/10 against the 2009/10 target of 6.3");
    expect(doc.text).toContain("The projection for NI 6 rests on 2008/09 figures, not Q2 2009/10: the 2009/10 figures are not yet in the scorecard.");
  });

  it("good news and barriers give each figure with its period", async () => {
    const doc = await review(BOOK());
    expect(doc.text).toContain("NI 20 Assault with injury crime rate: 5.9 in Q2 2009/10 against the 2009/10 target of 6.3, and improving.");
    expect(doc.text).toContain("NI 6 Participation in regular volunteering: within tolerance, 22.9% in 2008/09 against a target of 24.0%.");
  });
});
