import JSZip from "jszip";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { SaxesParser } from "saxes";
import { buildAnnualReview } from "../../src/documents";
import { Q, Q2_0910, Y, ratedAnalysis } from "./rated-fixture";

// Text from the workbook with characters that break a Word document if they reach it raw: a double
// quote inside an attribute (a chart's alt text names the indicator), and a vertical tab (Alt+Enter
// in some exports), which XML 1.0 does not allow anywhere. Word refuses to open either; nor does it open
// a document mixing Strict Open XML parts with the transitional ones we write, so such a template is refused.

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/annual-review.docx"));
const TITLE = 'Residents who say "the area is safe"\u000Bafter dark <night>';
const COMMENTARY = 'The "Safe at Night" campaign\u000Bstarted in July & ran to September.';

async function review() {
  const analysis = ratedAnalysis(
    [{ ref: "L7", title: TITLE, unit: "percent", targets: [[Y(2009), 0.6]], actuals: [[Y(2008), 0.52], [Q(2009, 1), 0.55], [Q2_0910, 0.58]] }],
    {
      commentary: [
        { partnership: "Safer Essex", section: "summary", text: COMMENTARY, cell: "C2" },
        // A vertical tab and nothing else an escape would look for.
        { partnership: "Safer Essex", section: "summary", text: "Figures for Q2\u000Bare provisional", cell: "C3" },
      ],
    },
  );
  const result = await buildAnnualReview(analysis, "Safer Essex", TEMPLATE);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return JSZip.loadAsync(result.bytes);
}

/** Parses strictly, as Word does: a raw quote in an attribute or a vertical tab anywhere is an error. */
function parsed(xml: string): { attributes: Record<string, string>[]; text: string } {
  const attributes: Record<string, string>[] = [];
  let text = "";
  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (tag) => attributes.push(tag.attributes as Record<string, string>));
  parser.on("text", (t) => (text += t));
  parser.write(xml).close();
  return { attributes, text };
}

test("every XML part of the paper stays well-formed, and the quote reaches the chart's alt text as a quote", async () => {
  const zip = await review();
  const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  for (const name of parts) {
    const xml = await zip.file(name)!.async("string");
    expect({ name, vtab: xml.includes("\u000B") }).toEqual({ name, vtab: false });
    expect(() => parsed(xml)).not.toThrow();
  }
  const body = parsed(await zip.file("word/document.xml")!.async("string"));
  const descriptions = body.attributes.map((a) => a.descr).filter((d): d is string => d !== undefined);
  expect(descriptions.filter((d) => d.includes('say "the area is safe"after dark <night>'))).toHaveLength(1);
  expect(body.text).toContain('The "Safe at Night" campaignstarted in July & ran to September.');
  expect(body.text).toContain("Figures for Q2are provisional");
});

test("a template saved as Strict Open XML is refused in one sentence, not filled with transitional parts", async () => {
  const zip = await JSZip.loadAsync(TEMPLATE);
  const xml = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", xml.replace(/http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main/g, "http://purl.oclc.org/ooxml/wordprocessingml/main"));
  const strict = await zip.generateAsync({ type: "uint8array" });
  const result = await buildAnnualReview(ratedAnalysis([{ ref: "L7", title: "Jobs", actuals: [[Q2_0910, 1]] }]), "Safer Essex", strict);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems.map((p) => p.message)).toEqual([expect.stringContaining("is saved as Strict Open XML, which this tool does not fill")]);
});
