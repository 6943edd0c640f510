import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { buildAnnualReview, buildMinutes } from "../../src/documents";
import { runCli, SAMPLE, tempDir } from "../cli/run-cli";
import { saferEssex } from "./analysis-fixture";
import { readDocx } from "./read-docx";

// A template of any Word kind (.docx, .dotx, .docm, .dotm) gives a plain .docx: the document's content
// type, and no macro project. Word refuses a .docx that declares a template or macros.

const STANDARD = readFileSync(path.join(__dirname, "../../templates/annual-review.docx"));
const MINUTES = readFileSync(path.join(__dirname, "../../templates/minutes.docx"));
const DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const MAIN: Record<string, string> = {
  docx: DOCUMENT,
  dotx: "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  docm: "application/vnd.ms-word.document.macroEnabled.main+xml",
  dotm: "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
};

/** The standard template saved as another kind, as Word saves it: a macro-enabled one with its VBA project. */
async function asKind(template: Uint8Array, kind: keyof typeof MAIN): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(template);
  let types = (await zip.file("[Content_Types].xml")!.async("string")).replace(DOCUMENT, MAIN[kind]);
  if (kind === "docm" || kind === "dotm") {
    zip.file("word/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
    zip.file("word/vbaData.xml", '<?xml version="1.0"?><wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>');
    zip.file("word/_rels/vbaProject.bin.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/wordVbaData" Target="vbaData.xml"/></Relationships>');
    types = types
      .replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ')
      .replace("</Types>", '<Override PartName="/word/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/></Types>');
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    zip.file("word/_rels/document.xml.rels", rels.replace("</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array" });
}

/** What Word checks first: the main part's content type, and whether any macro part or reference is left. */
async function kindOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
  return {
    main: /<Override[^>]*PartName="\/word\/document\.xml"[^>]*\/>/.exec(types)?.[0].match(/ContentType="([^"]+)"/)?.[1],
    macroParts: Object.keys(zip.files).filter((n) => /vba/i.test(n)),
    macroTypes: /vbaProject|vbaData|macroEnabled/.test(types),
    macroRelationships: /vbaProject/.test(rels),
  };
}

describe.each(["docx", "dotx", "docm", "dotm"] as const)("a .%s template", (kind) => {
  test("gives a plain Word document: the document content type, no macro project, no reference to one", async () => {
    const template = await asKind(STANDARD, kind);
    if (kind !== "docx") expect((await kindOf(template)).main).toBe(MAIN[kind]); // the test really starts from that kind
    const result = await buildAnnualReview(saferEssex(), "Safer Essex", template);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
    expect(await kindOf(result.bytes)).toEqual({ main: DOCUMENT, macroParts: [], macroTypes: false, macroRelationships: false });
    expect((await readDocx(result.bytes)).paragraphs[0].text).toBe("Safer Essex");
  });
});

test("the minutes from a .dotm template are a plain document too", async () => {
  const result = await buildMinutes(saferEssex(), await asKind(MINUTES, "dotm"));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  expect(await kindOf(result.bytes)).toEqual({ main: DOCUMENT, macroParts: [], macroTypes: false, macroRelationships: false });
});

test("annual-review --template review.dotm writes .docx files Word opens as documents", async () => {
  const dir = tempDir();
  const template = path.join(dir, "review.dotm");
  await fs.writeFile(template, await asKind(STANDARD, "dotm"));
  const out = path.join(dir, "reviews");
  const r = await runCli(["annual-review", SAMPLE, "--out", out, "--partnership", "Safer Essex", "--template", template]);
  expect(r.code).toBe(0);
  expect(await fs.readdir(out)).toEqual(["Safer Essex annual review Q2 2009-10.docx"]);
  expect(await kindOf(await fs.readFile(path.join(out, "Safer Essex annual review Q2 2009-10.docx")))).toEqual({ main: DOCUMENT, macroParts: [], macroTypes: false, macroRelationships: false });
});
