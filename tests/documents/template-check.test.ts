import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { buildAnnualReview, buildMinutes } from "../../src/documents";
import { saferEssex } from "./analysis-fixture";
import { headings, readDocx } from "./read-docx";

const ROOT = path.join(__dirname, "../..");
const STANDARD = readFileSync(path.join(ROOT, "templates/annual-review.docx"));
const RESTYLED = readFileSync(path.join(ROOT, "tests/fixtures/templates/restyled-annual-review.docx"));

/** The standard template with its body's XML edited, as a user editing it in Word might. */
async function edited(template: Buffer, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(template);
  zip.file("word/document.xml", edit(await zip.file("word/document.xml")!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

describe("a template is checked before anything is generated", () => {
  it("refuses a template that lacks a required placeholder, naming it", async () => {
    const template = await edited(STANDARD, (xml) => xml.replace("{{barriers}}", "Barriers go here"));
    const result = await buildAnnualReview(saferEssex(), "Safer Essex", template, { templateName: "our-review.docx" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ placeholder: "barriers", template: "our-review.docx" })]);
    expect(result.problems[0].message).toBe("The template our-review.docx has no {{barriers}} placeholder");
    expect(result).not.toHaveProperty("bytes");
  });

  it("refuses a placeholder it does not know, naming it", async () => {
    const template = await edited(STANDARD, (xml) => xml.replace("{{area}}", "{{area}} {{chief_executive}}"));
    const result = await buildAnnualReview(saferEssex(), "Safer Essex", template);
    expect(result.ok ? [] : result.problems.map((p) => p.placeholder)).toEqual(["chief_executive"]);
  });

  it("refuses a table placeholder sharing its paragraph with other text, which the table would wipe out", async () => {
    const template = await edited(STANDARD, (xml) => xml.replace("{{performance_table}}", "See the table: {{performance_table}}"));
    const result = await buildAnnualReview(saferEssex(), "Safer Essex", template);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual(["In the template annual-review.docx, {{performance_table}} shares its paragraph with other text"]);
  });

  it("refuses an annual review template given for the minutes", async () => {
    const result = await buildMinutes(saferEssex(), STANDARD, { templateName: "annual-review.docx" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.placeholder)).toEqual(expect.arrayContaining(["title", "attendees", "partnership", "performance_table"]));
  });

  it("says plainly when the template is not a Word document", async () => {
    const result = await buildAnnualReview(saferEssex(), "Safer Essex", new TextEncoder().encode("not a docx"));
    expect(result.ok ? "" : result.problems[0].message).toBe("The template annual-review.docx cannot be read as a Word document");
  });

  it("says plainly when the template is another Office file (a workbook picked by mistake), not that it lacks every placeholder", async () => {
    const workbook = readFileSync(path.join(ROOT, "templates/sample-scorecard.xlsx"));
    const result = await buildAnnualReview(saferEssex(), "Safer Essex", workbook, { templateName: "sample-scorecard.xlsx" });
    expect(result.ok ? [] : result.problems.map((p) => [p.kind, p.message])).toEqual([["unreadable", "The template sample-scorecard.xlsx cannot be read as a Word document"]]);
  });
});

describe("a template restyled in Word still fills", () => {
  it("fills placeholders split across differently formatted runs, keeps the logo and the user's section order", async () => {
    const result = await buildAnnualReview(saferEssex(), "Safer Essex", RESTYLED);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = await readDocx(result.bytes);
    expect(doc.xml).not.toContain("{{");
    expect(headings(doc)[0]).toBe("Title: Safer Essex");
    expect(doc.text).toContain("Of 4 indicators, 1 is on target, 1 is within tolerance, 1 is off target and 1 has no data.");
    expect(doc.tables[0].rows[0][0].text).toBe("Ref");
    const h = headings(doc);
    expect(h.indexOf("Heading1: Performance Reward Grant")).toBeLessThan(h.indexOf("Heading1: Underlying trends"));
    const zip = await JSZip.loadAsync(result.bytes);
    expect(zip.file("word/media/logo.png")).not.toBeNull();
    expect(doc.xml).toContain('r:embed="rIdLogo"');
  });
});
