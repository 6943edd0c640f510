import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildMidYearReport, buildProgressUpdate } from "../../src/documents";
import { documentProblems } from "../../src/documents/package-check";
import { Analysis } from "../../src/model";
import { CORRECTED, exceptionsAnalysis } from "./exception-fixture";
import { part, partText, readDocx } from "./read-docx";

// The progress update and the mid-year report meet the annual review's Word quality bar, from the
// standard template and from one LibreOffice saved again: en-GB, an outline level on every heading
// style, no directory entries, every chart with its part, the footer with the partnership and Page
// X of Y, the DRAFT line while prompts remain, and the document properties.

const fixture = (file: string) => readFileSync(path.join(__dirname, "../..", file));
const GENERATED = new Date(Date.UTC(2009, 10, 2, 10));

const KINDS = [
  { name: "progress update", build: buildProgressUpdate, template: "templates/progress-update.docx", libreoffice: "tests/fixtures/templates/libreoffice-progress-update.docx", paper: "Progress update" },
  { name: "mid-year report", build: buildMidYearReport, template: "templates/mid-year-report.docx", libreoffice: "tests/fixtures/templates/libreoffice-mid-year-report.docx", paper: "Mid-year report" },
] as const;

async function build(kind: (typeof KINDS)[number], template: Uint8Array, analysis: Analysis = exceptionsAnalysis()) {
  const result = await kind.build(analysis, "Safer Essex", template, { generated: GENERATED });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return { bytes: result.bytes, doc: await readDocx(result.bytes) };
}

describe.each(KINDS)("Word craft of the $name", (kind) => {
  it.each([
    ["the standard template", kind.template],
    ["the template saved again by LibreOffice", kind.libreoffice],
  ])("from %s: sound package, en-GB, headings with outline levels, no directory entry, no placeholder left", async (_, file) => {
    const { bytes, doc } = await build(kind, fixture(file));
    expect(await documentProblems(bytes)).toEqual([]);
    expect(await part(doc, "word/styles.xml")).toMatch(/<w:rPrDefault>[\s\S]*<w:lang w:val="en-GB"[^>]*\/>[\s\S]*<\/w:rPrDefault>/);
    expect(Object.values(doc.zip.files).filter((f) => f.dir)).toEqual([]);
    expect(doc.xml).not.toContain("{{");
    expect(doc.tables.every((t) => t.headerRepeats)).toBe(true);
  });

  it("names the partnership and the paper in the footer, with Page X of Y", async () => {
    const { doc } = await build(kind, fixture(kind.template));
    const footer = await part(doc, "word/footer1.xml");
    expect(partText(footer)).toBe(`Safer Essex · ${kind.paper}, Q2 2009/10\tPage  of `);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>[\s\S]*<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it("says DRAFT while a prompt remains, and nothing once none does", async () => {
    const bare = await build(kind, fixture(kind.template), exceptionsAnalysis({ meeting: null }));
    const prompts = (bare.doc.xml.match(/<w:i\/>(?:<w:iCs\/>)?<w:color w:val="595959"\/>/g) ?? []).length;
    expect(prompts).toBeGreaterThan(1);
    expect(partText(await part(bare.doc, "word/header1.xml"))).toBe(`DRAFT: ${prompts} passages in grey italics still await the author`);
    // Complete: every Red indicator and emerging concern has its corrective action and latest note.
    const complete = await build(kind, fixture(kind.template), exceptionsAnalysis(CORRECTED));
    expect(partText(await part(complete.doc, "word/header1.xml"))).toBe("");
  });

  it("sets the document properties: title, subject, author from the Area, dates, language", async () => {
    const { doc } = await build(kind, fixture(kind.template));
    const core = await part(doc, "docProps/core.xml");
    const field = (name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(core)?.[1];
    expect(field("dc:title")).toBe(`Safer Essex ${kind.paper.toLowerCase()}, Q2 2009/10`);
    expect(field("dc:subject")).toMatch(/: Safer Essex$/);
    expect(field("dc:creator")).toBe("Essex");
    expect(field("dcterms:created")).toBe("2009-11-02T10:00:00Z");
    expect(field("dc:language")).toBe("en-GB");
  });
});

test("the progress update's subject names the meeting it is for", async () => {
  const { doc } = await build(KINDS[0], fixture(KINDS[0].template));
  expect(await part(doc, "docProps/core.xml")).toContain("<dc:subject>Progress update to the LAA Performance Management Group of 16 November 2009, Q2 2009/10: Safer Essex</dc:subject>");
});
