import { readFileSync } from "node:fs";
import * as path from "node:path";
import { checkCommentary } from "../../src/commentary-claims";
import { buildAnnualReview } from "../../src/documents";
import { refPattern } from "../../src/mentions";
import { CommentaryEntry } from "../../src/model";
import { commentary } from "./analysis-fixture";
import { part, partText, readDocx } from "./read-docx";
import { IndicatorSpec, Q, Y, ratedAnalysis } from "./rated-fixture";

// The user's words checked against the figures: a claim the scorecard contradicts is a warning at
// its Commentary cell and a prompt in the papers, as the seed minutes' "the interim target for
// assaults with injury (NI20) has been exceeded" would be beside a table that shows NI 20 Amber.

// Lower is better: 5.8 against 5.7 is Amber; 9.4 then 9.55 is worse.
const NI20: IndicatorSpec = { ref: "NI 20", title: "Assault with injury crime rate", polarity: "lower", targets: [[Y(2009), 5.7]], actuals: [[Q(2009, 1), 5.9], [Q(2009, 2), 5.8]] };
const NI18: IndicatorSpec = { ref: "NI 18", title: "Adult re-offending rates", polarity: "lower", targets: [[Y(2009), 9.6]], actuals: [[Q(2009, 1), 9.4], [Q(2009, 2), 9.55]] };
const NI2: IndicatorSpec = { ref: "NI 2", title: "Belonging", targets: [[Y(2009), 60]], actuals: [[Q(2009, 2), 50]] };

function warnings(...texts: string[]): string[] {
  const entries: CommentaryEntry[] = texts.map((t, i) => ({ ...commentary("Safer Essex", "goodNews", t), cell: `C${i + 2}` }));
  const analysis = ratedAnalysis([NI20, NI18, NI2], { commentary: entries });
  return checkCommentary(entries, analysis.indicators, "Commentary").map((f) => `${f.sheet}!${f.cell}: ${f.message}`);
}

describe("commentary checked against the figures", () => {
  it("warns at the cell when the words say exceeded and the scorecard says Amber", () => {
    expect(warnings("The interim target for assaults with injury (NI20) has been exceeded and the partnership has been asked to consider more stretching targets.")).toEqual([
      "Commentary!C2: The commentary says NI 20 was exceeded; the scorecard has it Amber, 5.8 against 5.7.",
    ]);
  });

  it("checks each phrasing of met, on target and improving", () => {
    expect(warnings("NI 20 met its target this quarter.", "NI 20 is on track.", "Re-offending (NI 18) is improving.")).toEqual([
      "Commentary!C2: The commentary says NI 20 met its target; the scorecard has it Amber, 5.8 against 5.7.",
      "Commentary!C3: The commentary says NI 20 is on target; the scorecard has it Amber, 5.8 against 5.7.",
      "Commentary!C4: The commentary says NI 18 is improving; the scorecard has it worsening from 9.40 in Q1 2009/10 to 9.55 in Q2 2009/10.",
    ]);
  });

  it("says nothing where the words agree, deny the claim, or claim it of another indicator in the same sentence", () => {
    expect(warnings(
      "NI 18 is on target.", // Green: 9.55 against 9.6, lower is better
      "NI 20 has not yet met its target.",
      "NI 20 is short of target, although NI 18 is on target.",
      "The Place Survey has been exceeded in scope; NI 2 is off target.",
    )).toEqual([]);
  });

  it("gives each ref only its own clause of a sentence naming two (Tendring's summary)", () => {
    // NI 18 is Green and worsening: "improved" is its claim, "exceeded" is NI 20's, never NI 18's.
    expect(warnings("The interim target for NI 20 has been exceeded and NI 18 has improved since the summer.")).toEqual([
      "Commentary!C2: The commentary says NI 20 was exceeded; the scorecard has it Amber, 5.8 against 5.7.",
      "Commentary!C2: The commentary says NI 18 is improving; the scorecard has it worsening from 9.40 in Q1 2009/10 to 9.55 in Q2 2009/10.",
    ]);
    // NI 20 improved (5.9 to 5.8): "on track" is NI 18's claim (Green), not NI 20's.
    expect(warnings("NI 18 is on track despite the recession, and NI 20 is improving.")).toEqual([]);
  });

  it("lets a denial cancel only its own clause: 'improving but remains off target' still claims improving", () => {
    expect(warnings("Re-offending (NI 18) is improving but remains off target.")).toEqual([
      "Commentary!C2: The commentary says NI 18 is improving; the scorecard has it worsening from 9.40 in Q1 2009/10 to 9.55 in Q2 2009/10.",
    ]);
    expect(warnings("NI 20 is improving, though not yet on target.", "Neither NI 20 nor NI 18 met its target.")).toEqual([]);
  });

  it("quotes the figures as the papers print them beside the paragraph: thousands and the indicator's decimals", () => {
    const ni39: IndicatorSpec = { ref: "NI 39", title: "Alcohol-harm related hospital admission rates", polarity: "lower", targets: [[Y(2009), 1580]], actuals: [[Y(2008), 1561], [Y(2009), 1700]] };
    const ni151: IndicatorSpec = { ref: "NI 151", title: "Overall employment rate", unit: "percent", targets: [[Y(2009), 0.71]], actuals: [[Q(2009, 2), 0.695], [Q(2009, 3), 0.699]] };
    const entries = [commentary("Safer Essex", "summary", "Alcohol admissions (NI 39) are improving. NI 151 is on track.")];
    const analysis = ratedAnalysis([ni39, ni151], { commentary: entries }, {}, Y(2009));
    expect(checkCommentary(entries, analysis.indicators, "Commentary").map((f) => f.message)).toEqual([
      "The commentary says NI 39 is improving; the scorecard has it worsening from 1,561 in 2008/09 to 1,700 in 2009/10.",
      "The commentary says NI 151 is on target; the scorecard has it Amber, 69.9% against 71.0%.",
    ]);
  });

  it("matches a ref whole: NI 2 is not found in NI 20", () => {
    expect("NI 20 exceeded".match(refPattern("NI 2"))).toBeNull();
    expect("(NI2) exceeded".match(refPattern("NI 2"))).toEqual(["NI2"]);
    expect("L17.10 and L17.1".match(refPattern("L17.1"))).toEqual(["L17.1"]);
  });

  it("prints the contradicted paragraph as a prompt with its note, so the paper stays a DRAFT until it is changed", async () => {
    const words = "The interim target for NI 20 has been exceeded.";
    const analysis = ratedAnalysis([NI20], { commentary: [commentary("Safer Essex", "goodNews", words)] });
    const result = await buildAnnualReview(analysis, "Safer Essex", readFileSync(path.join(__dirname, "../../templates/annual-review.docx")));
    if (!result.ok) throw new Error("refused");
    const doc = await readDocx(result.bytes);
    const at = doc.paragraphs.findIndex((p) => p.text === words);
    expect(at).toBeGreaterThan(0);
    const xml = doc.xml.match(/<w:p[ >](?:(?!<\/w:p>)[\s\S])*?The interim target for NI 20 has been exceeded\.[\s\S]*?<\/w:p>/)![0];
    expect(xml).toContain('<w:color w:val="595959"/>');
    expect(doc.paragraphs[at + 1].text).toBe("Check this paragraph: it says NI 20 was exceeded; the scorecard has it Amber, 5.8 against 5.7. Change the words in the Commentary sheet (cell C2), or the figures if they are wrong.");
    expect(partText(await part(doc, "word/header1.xml"))).toMatch(/^DRAFT: \d+ passages? in grey italics/);
  });
});
