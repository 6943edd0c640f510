import { promises as fs } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { editedSample, runCli, SAMPLE, tempDir } from "../cli/run-cli";
import { readDocx } from "./read-docx";

// The annual-review and minutes commands: exit 0 with the documents written, 1 when the workbook
// has errors, 2 when the command cannot run; in both failures nothing is written.

const STANDARD = path.join(__dirname, "../../templates/annual-review.docx");

async function files(dir: string): Promise<string[]> {
  return (await fs.readdir(dir).catch(() => [] as string[])).sort();
}

describe("annual-review BOOK --out DIR", () => {
  it("writes one .docx per partnership, named after it", async () => {
    const out = path.join(tempDir(), "reviews");
    const r = await runCli(["annual-review", SAMPLE, "--out", out]);
    expect(r.code).toBe(0);
    expect(await files(out)).toEqual([
      "2012 Olympics-Paralympic Games annual review Q2 2009-10.docx",
      "Children & Young People's Strategic Partnership (CYPSP) annual review Q2 2009-10.docx",
      "Community Wellbeing and Older People (CWOP) annual review Q2 2009-10.docx",
      "Greater Essex Prosperity Forum (GEPF) annual review Q2 2009-10.docx",
      "Safer Essex annual review Q2 2009-10.docx",
      "Sustainable Essex annual review Q2 2009-10.docx",
    ]);
    const doc = await readDocx(await fs.readFile(path.join(out, "Safer Essex annual review Q2 2009-10.docx")));
    expect(doc.paragraphs[0]).toEqual({ style: "Title", text: "Safer Essex" });
    expect(doc.text).toContain("Safer Essex has made a strong start on acquisitive and violent crime");
    expect(r.stderr).toBe("");
  });

  it("writes only the partnership named, matched as people type it", async () => {
    const out = tempDir();
    const r = await runCli(["annual-review", SAMPLE, "--out", out, "--partnership", "safer  ESSEX"]);
    expect(r.code).toBe(0);
    expect(await files(out)).toEqual(["Safer Essex annual review Q2 2009-10.docx"]);
  });

  it("shows progress on standard error only when it is a terminal", async () => {
    const r = await runCli(["annual-review", SAMPLE, "--out", tempDir(), "--partnership", "Safer Essex"], true);
    expect(r.stderr).toContain("Writing the annual review of Safer Essex (1 of 1)");
  });

  it("refuses an unknown partnership in one sentence, writing nothing", async () => {
    const out = tempDir();
    const r = await runCli(["annual-review", SAMPLE, "--out", out, "--partnership", "Safer Sussex"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^There is no partnership "Safer Sussex" on the scorecard; it has Safer Essex, .*\.\n$/);
    expect(await files(out)).toEqual([]);
  });

  it("refuses a template that lacks a placeholder, naming it, and writes nothing", async () => {
    const dir = tempDir();
    const zip = await JSZip.loadAsync(await fs.readFile(STANDARD));
    zip.file("word/document.xml", (await zip.file("word/document.xml")!.async("string")).replace("{{trends}}", ""));
    const template = path.join(dir, "our-review.docx");
    await fs.writeFile(template, await zip.generateAsync({ type: "uint8array" }));
    const out = path.join(dir, "reviews");
    const r = await runCli(["annual-review", SAMPLE, "--out", out, "--template", template]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("The template our-review.docx has no {{trends}} placeholder. Nothing was written; templates/README.md lists the placeholders.\n");
    expect(await files(out)).toEqual([]);
  });

  it("stops with exit 1 and writes nothing when the workbook has errors", async () => {
    const dir = tempDir();
    const broken = await editedSample(dir, "broken.xlsx", (book) => {
      book.getWorksheet("LAA Scorecard")!.getCell("A6").value = "NI 20";
    });
    const out = path.join(dir, "reviews");
    const r = await runCli(["annual-review", broken, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Nothing was written");
    expect(await files(out)).toEqual([]);
  });

  it("says so plainly when --out is a file", async () => {
    const r = await runCli(["annual-review", SAMPLE, "--out", SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Give --out a folder for the documents; ".*" is a file\.\n$/);
  });
});

describe("minutes BOOK --out FILE", () => {
  it("writes the minutes of the meeting in the workbook", async () => {
    const out = path.join(tempDir(), "minutes.docx");
    const r = await runCli(["minutes", SAMPLE, "--out", out]);
    expect(r.code).toBe(0);
    const doc = await readDocx(await fs.readFile(out));
    expect(doc.paragraphs[0]).toEqual({ style: "Title", text: "LAA Performance Management Group" });
    expect(doc.text).toContain("Date:\t19 October 2009");
    expect(doc.text).toContain("Peter Lowton – ACC Essex Police (Chair)");
  });

  it("wants a .docx file name", async () => {
    const r = await runCli(["minutes", SAMPLE, "--out", path.join(tempDir(), "minutes.pdf")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Give --out a file name ending in \.docx/);
  });

  it("refuses a template that is not a Word document, writing nothing", async () => {
    const dir = tempDir();
    const out = path.join(dir, "minutes.docx");
    const r = await runCli(["minutes", SAMPLE, "--out", out, "--template", SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The template sample-scorecard.xlsx");
    expect(await files(dir)).toEqual([]);
  });
});
