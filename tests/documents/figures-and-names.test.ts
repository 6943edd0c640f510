import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildMinutes } from "../../src/documents";
import { figureFormat, formatFigure, formatImprovement, formatReward } from "../../src/format";
import { onTargetWords } from "../../src/documents/partnership-updates";
import { decimalsShown } from "../../src/read/row-figures";
import { withUpdatesItem } from "./analysis-fixture";
import { readDocx } from "./read-docx";
import { Q, Y, ratedAnalysis } from "./rated-fixture";
import { sampleAnalysis } from "./sample-book";

// Figures as the book shows them, and the words around them as a clerk would write them.

describe("figures and names", () => {
  it("reads how many decimals a cell's number format shows", () => {
    expect(["0.0%", "#,##0", "0.00", "£#,##0.00;[Red]-£#,##0.00", '0.0"%"', "General", undefined].map(decimalsShown)).toEqual([1, 0, 2, 2, 1, -1, -1]);
  });

  it("writes every figure of an indicator as its cells show it: a formula's 42.526% in a 0.0% cell is 42.5%, and its target 40.0%, not 40.000%", async () => {
    const analysis = await sampleAnalysis();
    const ni192 = analysis.indicators.find((r) => r.indicator.ref === "NI 192")!;
    const format = figureFormat(ni192.indicator);
    expect(formatFigure(ni192.latest!.value, format)).toBe("42.5%");
    expect(formatFigure(ni192.target!.value, format)).toBe("40.0%");
  });

  it("gives the planned improvement only where it means something", () => {
    expect(formatImprovement(0.48, [0, 1])).toBe("48%");
    expect(formatImprovement(-6.94, [0, 1])).toBe("None: moved away from target");
    expect(formatImprovement(25, [0, 1])).toBe("Over 200%");
    expect(formatImprovement(null, [0, 1])).toBe("–");
  });

  it("gives rewards in whole pounds", () => {
    expect(formatReward(262362.5)).toBe("£262,363");
    expect(formatReward(400000)).toBe("£400,000");
  });

  it("counts indicators on target as a clerk would write it", () => {
    expect(onTargetWords(0, 1)).toBe("its one rated indicator not on target");
    expect(onTargetWords(1, 1)).toBe("its one rated indicator on target");
    expect(onTargetWords(0, 3)).toBe("none of the 3 rated indicators on target");
    expect(onTargetWords(2, 4)).toBe("2 of 4 rated indicators on target");
  });

  it("never brackets a title twice: a title with its own brackets is set off by commas", async () => {
    const analysis = withUpdatesItem(ratedAnalysis([
      { ref: "L7", title: "Jobs created (cumulative)", polarity: "higher", frequency: "quarterly", targets: [[Y(2009), 1000]], actuals: [[Q(2009, 1), 100], [Q(2009, 2), 200]] },
    ]));
    const result = await buildMinutes(analysis, readFileSync(path.join(__dirname, "../../templates/minutes.docx")));
    if (!result.ok) throw new Error("refused");
    const doc = await readDocx(result.bytes);
    expect(doc.text).not.toContain("))");
    expect(doc.text).toContain("L7, Jobs created (cumulative), is off target");
  });
});
