import JSZip from "jszip";
import { documentProblems } from "../../src/documents/package-check";

// The structural check npm run check:pdf runs on every document, shown failing on what it looks for.

const TYPES =
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const rels = (...targets: [string, string][]) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join("")}</Relationships>`;
const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package as Word lays one out (content types, the package's and the document's relationships), with the given parts over it. */
async function docx(files: Record<string, string>, folders: string[] = []): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of folders) zip.folder(f);
  const all: Record<string, string> = {
    "[Content_Types].xml": TYPES,
    "_rels/.rels": rels([`${OFFICE}/officeDocument`, "word/document.xml"]),
    "word/_rels/document.xml.rels": rels([`${OFFICE}/styles`, "styles.xml"]),
    ...files,
  };
  for (const [name, text] of Object.entries(all)) zip.file(name, text, { createFolders: false });
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

  it("fails a part without a content type, a part nothing reaches and a relationship to a missing part", async () => {
    const problems = await documentProblems(await docx({
      "word/styles.xml": GOOD_STYLES,
      "word/document.xml": "<w:document/>",
      "word/media/logo.emf": "EMF",
      "word/orphan.xml": "<x/>",
      "word/_rels/document.xml.rels": rels([`${OFFICE}/styles`, "styles.xml"], [`${OFFICE}/image`, "media/logo.emf"], [`${OFFICE}/footer`, "footer9.xml"]),
    }));
    expect(new Set(problems)).toEqual(new Set([
      "the part word/media/logo.emf has no content type",
      "the part word/orphan.xml is reached by no relationship",
      "word/_rels/document.xml.rels's relationship rId3 reaches word/footer9.xml, which is not in the package",
    ]));
  });

  it("fails anything of a macro project: its part, its relationship, a macro-enabled main part", async () => {
    const problems = await documentProblems(await docx({
      "word/styles.xml": GOOD_STYLES,
      "word/document.xml": "<w:document/>",
      "word/vbaProject.bin": "VBA",
      "[Content_Types].xml": TYPES.replace("openxmlformats-officedocument.wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml").replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '),
      "word/_rels/document.xml.rels": rels([`${OFFICE}/styles`, "styles.xml"], ["http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"]),
    }));
    expect(new Set(problems)).toEqual(new Set([
      "the part word/document.xml is of a macro project (application/vnd.ms-word.document.macroEnabled.main+xml)",
      "the part word/vbaProject.bin is of a macro project (application/vnd.ms-office.vbaProject)",
      "word/_rels/document.xml.rels has a relationship to a macro project (rId2)",
      "the main part is not declared a Word document (application/vnd.ms-word.document.macroEnabled.main+xml)",
      "[Content_Types].xml gives .bin parts a macro project's type",
    ]));
  });
});
