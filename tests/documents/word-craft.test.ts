import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { buildAnnualReview, buildMinutes } from "../../src/documents";
import { documentProblems } from "../../src/documents/package-check";
import { craftStyles } from "../../src/documents/word-styles";
import { Analysis } from "../../src/model";
import { commentary, saferEssex, withUpdatesItem } from "./analysis-fixture";
import { part, partText, readDocx } from "./read-docx";
import { Q, Q2_0910, Y, ratedAnalysis } from "./rated-fixture";

// The Word craft a screen reader, LibreOffice and Word's File > Info see: the language, headings with
// outline levels, proportional spacing, the footer, the DRAFT line, the document properties, and a
// package without directory entries, whatever template it was filled from.

const ROOT = path.join(__dirname, "../..");
const fixture = (file: string) => readFileSync(path.join(ROOT, file));
const REVIEW = fixture("templates/annual-review.docx");
const MINUTES = fixture("templates/minutes.docx");
// Made by Word's user in our fixture script, and by LibreOffice: soffice --headless --convert-to "docx:MS Word 2007 XML" templates/annual-review.docx.
const RESTYLED = fixture("tests/fixtures/templates/restyled-annual-review.docx");
const LIBREOFFICE = fixture("tests/fixtures/templates/libreoffice-annual-review.docx");
const GENERATED = new Date(Date.UTC(2009, 9, 12, 9, 30));

async function review(analysis: Analysis, template: Uint8Array = REVIEW) {
  const result = await buildAnnualReview(analysis, "Safer Essex", template, { generated: GENERATED });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return { bytes: result.bytes, doc: await readDocx(result.bytes) };
}

/** Safer Essex with every section's words written, a deputy, and what is being done about its Red NI 18: nothing left for the author. */
function complete(): Analysis {
  const sections = ["summary", "milestones6", "milestones12", "milestones18", "dataAssurance"] as const;
  const analysis = saferEssex({
    commentary: [...sections.map((s) => commentary("Safer Essex", s, `Words for ${s}.`)), commentary("Safer Essex", "barriers", "NI 18: the probation caseload review reports in January.")],
    actions: [{ no: "1", action: "Agree a re-offending recovery plan (NI 18)", owner: "Alan Dawkes", due: new Date(Date.UTC(2010, 0, 18)), status: "Open", item: "3" }],
  });
  analysis.partnerships[0].deputy = "Jan Plummer";
  return analysis;
}

describe("Word craft of every document", () => {
  it.each([
    ["the standard template", REVIEW],
    ["a template restyled in Word", RESTYLED],
    ["a template saved by LibreOffice", LIBREOFFICE],
  ])("from %s: en-GB on the document defaults, an outline level on every heading style, no directory entry in the zip", async (_, template) => {
    const { bytes, doc } = await review(saferEssex(), template);
    expect(await documentProblems(bytes)).toEqual([]);
    const styles = await part(doc, "word/styles.xml");
    expect(/<w:rPrDefault>[\s\S]*<w:lang w:val="en-GB"[^>]*\/>[\s\S]*<\/w:rPrDefault>/.test(styles)).toBe(true);
    expect(Object.values(doc.zip.files).filter((f) => f.dir)).toEqual([]);
  });

  it("the minutes too, with Heading 3 for the partnership updates' sub-sections", async () => {
    const result = await buildMinutes(withUpdatesItem(saferEssex()), MINUTES);
    if (!result.ok) throw new Error("refused");
    expect(await documentProblems(result.bytes)).toEqual([]);
    const doc = await readDocx(result.bytes);
    expect(doc.paragraphs.filter((p) => p.style === "Heading3").map((p) => p.text)).toEqual([
      "Achievements and good news", "Barriers to delivery", "Assurance where data is not available", "Resource issues, including use of PRG",
    ]);
    expect(await part(doc, "word/styles.xml")).toMatch(/w:styleId="Heading3">[\s\S]*?<w:outlineLvl w:val="2"\/>/);
  });

  it("adds outline levels, the language and the missing heading styles to a styles part that lacks them, and makes line spacing proportional", () => {
    const bare = `<w:styles xmlns:w="w"><w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264"/></w:pPr></w:pPrDefault></w:docDefaults>` +
      `<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style></w:styles>`;
    const crafted = craftStyles(bare);
    expect(crafted).toContain('<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>');
    expect(crafted).toContain('<w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>');
    expect(crafted).toContain('<w:spacing w:after="120" w:lineRule="auto" w:line="264"/>');
    for (const level of [1, 2, 3]) expect(crafted).toMatch(new RegExp(`w:styleId="Heading${level}">[\\s\\S]*?<w:outlineLvl w:val="${level - 1}"/>`));
    expect(craftStyles(crafted)).toBe(crafted);
  });

  it("has the partnership, the paper and Page X of Y in the footer", async () => {
    const { doc } = await review(saferEssex());
    const footer = await part(doc, "word/footer1.xml");
    expect(partText(footer)).toBe("Safer Essex · Interim annual review, Q2 2009/10\tPage  of ");
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>[\s\S]*<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it("shows DRAFT, with how many passages await the author, while any prompt remains, and nothing once none does", async () => {
    const { doc } = await review(saferEssex());
    const header = partText(await part(doc, "word/header1.xml"));
    const prompts = (doc.xml.match(/<w:i\/>(?:<w:iCs\/>)?<w:color w:val="595959"\/>/g) ?? []).length;
    expect(header).toBe(`DRAFT: ${prompts} passages in grey italics still await the author`);
    const done = await review(complete());
    expect(partText(await part(done.doc, "word/header1.xml"))).toBe("");
    expect(done.doc.text).not.toContain("DRAFT");
  });

  it("puts the DRAFT line at the top of the body when the template has no {{draft}}", async () => {
    const zip = await JSZip.loadAsync(REVIEW);
    const header = Object.keys(zip.files).find((n) => /^word\/header\d+\.xml$/.test(n))!;
    zip.file(header, (await zip.file(header)!.async("string")).replace("{{draft}}", "Essex Partnership"));
    const { doc } = await review(saferEssex(), await zip.generateAsync({ type: "uint8array" }));
    expect(doc.paragraphs[0].text).toMatch(/^DRAFT: \d+ passages in grey italics still await the author$/);
    expect(partText(await part(doc, header))).toBe("Essex Partnership");
  });

  it("sets the document properties: title with partnership and period, subject, author from the Area, created and modified now, language", async () => {
    const { doc } = await review(saferEssex());
    const core = await part(doc, "docProps/core.xml");
    const field = (name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(core)?.[1];
    expect(field("dc:title")).toBe("Safer Essex interim annual review, Q2 2009/10");
    expect(field("dc:subject")).toBe("Interim annual review of LAA performance, Q2 2009/10: Safer Essex");
    expect(field("dc:creator")).toBe("Essex");
    expect(field("cp:lastModifiedBy")).toBe("Essex");
    expect(field("dcterms:created")).toBe("2009-10-12T09:30:00Z");
    expect(field("dcterms:modified")).toBe("2009-10-12T09:30:00Z");
    expect(field("dc:language")).toBe("en-GB");
  });

  it("dates the paper by its meeting when the book has one", async () => {
    const meeting = { title: "LAA Performance Management Group", date: new Date(Date.UTC(2009, 9, 19)), time: null, venue: null, chair: null, nextMeeting: null };
    const { doc } = await review(saferEssex({ meeting }));
    expect(doc.text).toContain("Date:\t19 October 2009");
  });

  it("writes figures in the book's unit, one format per indicator, with a true minus sign", async () => {
    const analysis = ratedAnalysis([
      { ref: "NI 186", title: "CO2 emissions per head", polarity: "lower", unit: "number", unitText: "tCO2/head", baseline: 8.3, targets: [[Y(2009), 7.9]], actuals: [[Y(2008), 8.25], [Q2_0910, 8.1]] },
      { ref: "L9", title: "Net change in jobs", baseline: -2.5, targets: [[Y(2009), 1]], actuals: [[Q(2009, 1), -1], [Q2_0910, 0.5]] },
    ]);
    const { doc } = await review(analysis);
    const row = (ref: string) => doc.tables[0].rows.find((r) => r[0].text === ref)!.map((c) => c.lines);
    expect(row("NI 186").slice(1, 5)).toEqual([["CO2 emissions per head", "tCO2/head"], ["8.30"], ["7.90"], ["8.10"]]);
    expect(row("L9").slice(2, 5)).toEqual([["\u22122.5"], ["1.0"], ["0.5"]]);
    expect(doc.text).not.toMatch(/(^|[\s(])-\d/m);
  });
});
