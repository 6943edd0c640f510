import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview, buildBoardReport, buildMidYearReport, buildMinutes, buildProgressUpdate } from "../../src/documents";
import { Analysis } from "../../src/model";
import { withUpdatesItem } from "./analysis-fixture";
import { part, partText, readDocx } from "./read-docx";
import { Q, Y, ratedAnalysis } from "./rated-fixture";
import { sampleAnalysis } from "./sample-book";

// What the board reads is about performance, never about the workbook: every hint to the officer
// ("add a Frequency column") is a grey prompt that the DRAFT line counts. And an annual review made
// before the year's outturn is in says it is interim, in its title and on its front.

const ROOT = path.join(__dirname, "../..");
const template = (name: string) => readFileSync(path.join(ROOT, "templates", name));

/** The body's text outside prompts (grey italics), paragraph by paragraph. */
function boardText(xml: string): string[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    (p.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [])
      .filter((r) => !(r.includes("<w:i/>") && r.includes('w:color w:val="595959"')))
      .map((r) => (r.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join(""))
      .join(""),
  );
}

// The officer's words for the workbook: its sheets, columns and cells, and what to type in them.
// Also a sentence that opens with an order ("Add them in ...", "Say what assurance ..."), and any "(Section: ...)" or "(cell ...)".
const INSTRUCTION = /\b(add|type|set|enter|put|record|list|date|say) (a|an|the|them|it|one|any|what|how)\b.*\b(sheet|column|cell|scorecard)\b|\b(Commentary|Settings|Partnerships|Meeting|Attendance|Agenda|Actions|Forward plan|Returns) sheet\b|\bon the [\w ]+ sheet\b|\bFrequency column\b|\((Section|cell|Attendance|Discussion): |(^|[.:;]\s+)(Add|Type|Say|List|Enter|Date) (them|it|one|any|what|the)\b/i;

async function everyPaper(analysis: Analysis): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const keep = (name: string, r: Awaited<ReturnType<typeof buildMinutes>>) => {
    if (!r.ok) throw new Error(`${name}: ${r.problems.map((p) => p.message).join("; ")}`);
    out.push({ name, bytes: r.bytes });
  };
  keep("minutes", await buildMinutes(withUpdatesItem(analysis), template("minutes.docx")));
  keep("board report", await buildBoardReport(analysis, template("board-report.docx")));
  for (const p of analysis.partnerships) {
    keep(`${p.name} annual review`, await buildAnnualReview(analysis, p.name, template("annual-review.docx")));
    keep(`${p.name} mid-year report`, await buildMidYearReport(analysis, p.name, template("mid-year-report.docx")));
    keep(`${p.name} progress update`, await buildProgressUpdate(analysis, p.name, template("progress-update.docx")));
  }
  return out;
}

// A book with an indicator that reports nobody says how often, one whose frequency is read from its figures, and one with nothing at all.
const UNSAID = () =>
  ratedAnalysis([
    { ref: "L3", title: "Local carers' breaks", actuals: [[Q(2009, 1), null, "n/a"]] },
    { ref: "NI 8", title: "Adult participation in sport", unit: "percent", targets: [[Y(2008), 0.223], [Y(2009), 0.233]], actuals: [[Y(2008), null, "tbc"]] },
    { ref: "NI 20", title: "Assault with injury crime rate", polarity: "lower", targets: [[Y(2009), 6.3]], actuals: [[Q(2009, 1), 6.0], [Q(2009, 2), 5.9]] },
  ]);

describe("board text", () => {
  it.each([
    ["the sample", () => sampleAnalysis()],
    ["a book that does not say how often its indicators report", async () => UNSAID()],
  ])("in %s, no paper tells the board how to use the workbook outside a prompt", async (_, book) => {
    for (const paper of await everyPaper(await book())) {
      const doc = await readDocx(paper.bytes);
      const said = boardText(doc.xml).filter((t) => INSTRUCTION.test(t));
      expect({ paper: paper.name, said }).toEqual({ paper: paper.name, said: [] });
    }
  });

  it("asks for the Frequency column in a grey prompt that the DRAFT line counts, and tells the board only what is known", async () => {
    const result = await buildAnnualReview(UNSAID(), "Safer Essex", template("annual-review.docx"));
    if (!result.ok) throw new Error("refused");
    const doc = await readDocx(result.bytes);
    expect(doc.xml).toMatch(/<w:i\/>[^]*?595959[^]*?How often it reports is not recorded: add a Frequency column to the scorecard \(Annual or Quarterly\)\./);
    expect(doc.text).toContain("L3 Local carers' breaks  No data \nNo figure in the scorecard yet, and when data is due is not known.");
    expect(doc.text).toContain("How often it reports is taken from its figures: add a Frequency column to the scorecard to say so.");
    const header = partText(await part(doc, "word/header1.xml"));
    const before = await buildAnnualReview(ratedAnalysis([{ ref: "NI 20", title: "Assault with injury crime rate", polarity: "lower", frequency: "quarterly", targets: [[Y(2009), 6.3]], actuals: [[Q(2009, 1), 6.0], [Q(2009, 2), 5.9]] }]), "Safer Essex", template("annual-review.docx"));
    const count = (h: string) => Number(/DRAFT: (\d+) passage/.exec(h)?.[1] ?? 0);
    const plain = before.ok ? count(partText(await part(await readDocx(before.bytes), "word/header1.xml"))) : NaN;
    // The two indicators with no Frequency add one prompt each, and the section asks for the assurance while data is awaited.
    expect(count(header)).toBe(plain + 3);
  });

  it("calls an annual review made before the year's outturn interim, in its title, its front and its properties; at Q4 it is the annual review", async () => {
    const interim = await buildAnnualReview(await sampleAnalysis(), "Safer Essex", template("annual-review.docx"));
    if (!interim.ok) throw new Error("refused");
    const doc = await readDocx(interim.bytes);
    expect(doc.paragraphs[1].text).toBe("Interim annual review of LAA performance, Q2 2009/10");
    expect(doc.text).toContain("Interim review. This review is as at Q2 2009/10, before the 2009/10 outturn is in (after the year ends on 31 March 2010)");
    expect(await part(doc, "docProps/core.xml")).toContain("<dc:title>Safer Essex interim annual review, Q2 2009/10</dc:title>");
    expect(partText(await part(doc, "word/footer1.xml"))).toContain("Safer Essex · Interim annual review, Q2 2009/10");

    const year = await buildAnnualReview(await sampleAnalysis({ "Settings!B3": "Q4 2009/10" }), "Safer Essex", template("annual-review.docx"));
    if (!year.ok) throw new Error("refused");
    const final = await readDocx(year.bytes);
    expect(final.paragraphs[1].text).toBe("Annual review of LAA performance, Q4 2009/10");
    expect(final.text).not.toMatch(/interim review/i);
  });
});
