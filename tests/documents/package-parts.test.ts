import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { buildAnnualReview, buildBoardReport, buildMidYearReport, buildMinutes, buildProgressUpdate, documentProblems } from "../../src/documents";
import { Analysis } from "../../src/model";
import { sampleAnalysis } from "./sample-book";
import { asKind, kindOf } from "./template-kind-fixture";

// Every part of every paper accounted for: a content type and a relationship for each part, each
// relationship reaching a part, and nothing of a macro project, whichever kind of Word file the
// template is (package-check.ts says what is checked; check:pdf runs the same on the demo's papers).

const template = (name: string) => readFileSync(path.join(__dirname, "../../templates", name));
type Build = (a: Analysis, t: Uint8Array) => Promise<{ ok: true; bytes: Uint8Array } | { ok: false }>;
const PAPERS: [string, string, Build][] = [
  ["annual review", "annual-review.docx", (a, t) => buildAnnualReview(a, "Safer Essex", t)],
  ["mid-year report", "mid-year-report.docx", (a, t) => buildMidYearReport(a, "Safer Essex", t)],
  ["progress update", "progress-update.docx", (a, t) => buildProgressUpdate(a, "Safer Essex", t)],
  ["minutes", "minutes.docx", (a, t) => buildMinutes(a, t)],
  ["covering report", "board-report.docx", (a, t) => buildBoardReport(a, t)],
];

let analysis: Analysis;
beforeAll(async () => {
  analysis = await sampleAnalysis();
});

async function made(build: Build, bytes: Uint8Array): Promise<Uint8Array> {
  const result = await build(analysis, bytes);
  if (!result.ok) throw new Error("the template was refused");
  return result.bytes;
}

describe.each(PAPERS)("the %s", (_, file, build) => {
  test.each(["docx", "docm", "dotm"] as const)("from a .%s template has every part typed and reached, and no macro", async (kind) => {
    const bytes = await made(build, await asKind(template(file), kind));
    expect(await documentProblems(bytes)).toEqual([]);
    expect(await kindOf(bytes)).toMatchObject({ macroParts: [], macroTypes: false, macroRelationships: false });
  });
});

test("the macro-enabled template itself fails the same check: the check sees what it claims to", async () => {
  const problems = await documentProblems(await asKind(template("progress-update.docx"), "docm"));
  expect(problems).toEqual(expect.arrayContaining([
    "the part word/vbaProject.bin is of a macro project (application/vnd.ms-office.vbaProject)",
    "word/_rels/document.xml.rels has a relationship to a macro project (rIdVba)",
    "the main part is not declared a Word document (application/vnd.ms-word.document.macroEnabled.main+xml)",
  ]));
});

test("a part the template carries that nothing reaches is left out of the paper", async () => {
  const zip = await JSZip.loadAsync(template("progress-update.docx"));
  zip.file("word/leftover.xml", "<leftover/>");
  const withLeftover = await zip.generateAsync({ type: "uint8array" });
  expect(await documentProblems(withLeftover)).toContain("the part word/leftover.xml is reached by no relationship");
  const paper = await made(PAPERS[2][2], withLeftover);
  expect(Object.keys((await JSZip.loadAsync(paper)).files)).not.toContain("word/leftover.xml");
  expect(await documentProblems(paper)).toEqual([]);
});
