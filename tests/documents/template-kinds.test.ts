import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview, buildMinutes } from "../../src/documents";
import { runCli, SAMPLE, tempDir } from "../cli/run-cli";
import { saferEssex } from "./analysis-fixture";
import { readDocx } from "./read-docx";
import { DOCUMENT, MAIN, asKind, kindOf } from "./template-kind-fixture";

// A template of any Word kind (.docx, .dotx, .docm, .dotm) gives a plain .docx: the document's content
// type, and no macro project (nor the key bindings and ribbon that run its macros). Word refuses a
// .docx that declares a template or macros.

const STANDARD = readFileSync(path.join(__dirname, "../../templates/annual-review.docx"));
const MINUTES = readFileSync(path.join(__dirname, "../../templates/minutes.docx"));

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
