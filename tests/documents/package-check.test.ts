import JSZip from "jszip";
import { documentProblems } from "../../src/documents/package-check";

// The structural check npm run check:pdf runs on every document, shown failing on what it looks for.

async function docx(files: Record<string, string>, folders: string[] = []): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of folders) zip.folder(f);
  for (const [name, text] of Object.entries(files)) zip.file(name, text, { createFolders: false });
  return zip.generateAsync({ type: "uint8array" });
}

const GOOD_STYLES = `<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`;

describe("the package check of check:pdf", () => {
  it("passes a sound document", async () => {
    expect(await documentProblems(await docx({ "word/styles.xml": GOOD_STYLES, "word/document.xml": "<w:document/>" }))).toEqual([]);
  });

  it("fails a heading style without an outline level, a document without a language, and a directory entry", async () => {
    const styles = `<w:styles><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`;
    expect(await documentProblems(await docx({ "word/styles.xml": styles, "word/document.xml": "<w:document/>" }, ["word"]))).toEqual([
      'the zip holds a directory entry "word/"',
      'the style "heading 2" has no outline level',
      "no language is declared on the document defaults",
    ]);
  });

  it("fails a chart drawn without its part", async () => {
    const body = `<w:document><c:chart xmlns:c="c" r:id="rIdChart1"/></w:document>`;
    expect(await documentProblems(await docx({ "word/styles.xml": GOOD_STYLES, "word/document.xml": body }))).toEqual(["the chart rIdChart1 has no relationship"]);
  });
});
