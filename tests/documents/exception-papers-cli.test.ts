import { promises as fs } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { editedSample, runCli, SAMPLE, tempDir } from "../cli/run-cli";
import { headings, readDocx, sections } from "./read-docx";

// progress-update and mid-year-report: as annual-review, exit 0 with one .docx per partnership named
// after it, 1 when the workbook has errors, 2 when the command cannot run, and in both failures
// nothing written.

const PARTNERSHIPS = [
  "2012 Olympics-Paralympic Games",
  "Children & Young People's Strategic Partnership (CYPSP)",
  "Community Wellbeing and Older People (CWOP)",
  "Greater Essex Prosperity Forum (GEPF)",
  "Safer Essex",
  "Sustainable Essex",
];
/** "Safer Essex progress update Q2 2009-10.docx": partnership, paper and period. */
const named = (partnership: string, command: string, period = "Q2 2009-10") => `${partnership} ${command.replace(/-(?=[a-z]+$)/, " ")} ${period}.docx`;

async function files(dir: string): Promise<string[]> {
  return (await fs.readdir(dir).catch(() => [] as string[])).sort();
}

describe.each([
  ["progress-update", "progress-update.docx", "{{locality}}", "Progress update on LAA performance, Q2 2009/10"],
  ["mid-year-report", "mid-year-report.docx", "{{changes}}", "Mid-year report on LAA performance, Q2 2009/10"],
])("%s BOOK --out DIR", (command, template, required, subtitle) => {
  it("writes one .docx per partnership, named after it", async () => {
    const out = path.join(tempDir(), "papers");
    const r = await runCli([command, SAMPLE, "--out", out]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(await files(out)).toEqual(PARTNERSHIPS.map((p) => named(p, command)));
    const doc = await readDocx(await fs.readFile(path.join(out, named("Safer Essex", command))));
    expect(headings(doc)[0]).toBe("Title: Safer Essex");
    expect(doc.paragraphs[1].text).toBe(subtitle);
  });

  it("writes only the partnership named, matched as people type it", async () => {
    const out = tempDir();
    const r = await runCli([command, SAMPLE, "--out", out, "--partnership", "community wellbeing & older people (cwop)"]);
    expect(r.code).toBe(0);
    expect(await files(out)).toEqual([named("Community Wellbeing and Older People (CWOP)", command)]);
  });

  it("takes a partnership's short name, as the Actions sheet does, and its name without the short name", async () => {
    const byShort = tempDir();
    expect((await runCli([command, SAMPLE, "--out", byShort, "--partnership", "gepf"])).code).toBe(0);
    expect(await files(byShort)).toEqual([named("Greater Essex Prosperity Forum (GEPF)", command)]);
    const byName = tempDir();
    expect((await runCli([command, SAMPLE, "--out", byName, "--partnership", "Greater Essex Prosperity Forum"])).code).toBe(0);
    expect(await files(byName)).toEqual([named("Greater Essex Prosperity Forum (GEPF)", command)]);
  });

  it("refuses an unknown partnership, or a template lacking a placeholder, in one sentence, writing nothing", async () => {
    const dir = tempDir();
    const out = path.join(dir, "papers");
    const unknown = await runCli([command, SAMPLE, "--out", out, "--partnership", "Safer Sussex"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^There is no partnership "Safer Sussex" on the scorecard; .*\.\n$/);
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(__dirname, "../../templates", template)));
    zip.file("word/document.xml", (await zip.file("word/document.xml")!.async("string")).replace(required, ""));
    const ours = path.join(dir, `our-${template}`);
    await fs.writeFile(ours, await zip.generateAsync({ type: "uint8array" }));
    const refused = await runCli([command, SAMPLE, "--out", out, "--template", ours]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`The template our-${template} has no ${required} placeholder. Nothing was written; templates/README.md lists the placeholders.\n`);
    expect(await files(out)).toEqual([]);
  });

  it("stops with exit 1 and writes nothing when the workbook has errors", async () => {
    const dir = tempDir();
    const broken = await editedSample(dir, "broken.xlsx", (book) => {
      book.getWorksheet("LAA Scorecard")!.getCell("A6").value = "NI 20";
    });
    const out = path.join(dir, "papers");
    const r = await runCli([command, broken, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Nothing was written");
    expect(await files(out)).toEqual([]);
  });

  it("says so plainly when --out is missing or a file", async () => {
    expect(await runCli([command, SAMPLE])).toMatchObject({ code: 2, stderr: `Give --out: laa-scorecard ${command} BOOK --out DIR [--partnership NAME] [--template FILE]\n` });
    const r = await runCli([command, SAMPLE, "--out", SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Give --out a folder for the documents; ".*" is a file\.\n$/);
  });
});

test("mid-year-report warns, and still writes, when the reporting period is not Q2", async () => {
  const dir = tempDir();
  const book = await editedSample(dir, "q1.xlsx", (b) => {
    b.getWorksheet("Settings")!.getCell("B3").value = "Q1 2009/10";
  });
  const out = path.join(dir, "papers");
  const r = await runCli(["mid-year-report", book, "--out", out, "--partnership", "Safer Essex"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("Warning: the reporting period is Q1 2009/10, not Q2 2009/10: the mid-year reports are as at Q1 2009/10, and say so. Set Reporting period on the Settings sheet for the half-year position.\n");
  expect(await files(out)).toEqual([named("Safer Essex", "mid-year-report", "Q1 2009-10")]);
});

test("progress-update warns, and still writes, when the workbook has no Meeting sheet", async () => {
  const dir = tempDir();
  const book = await editedSample(dir, "no-meeting.xlsx", (b) => {
    b.removeWorksheet(b.getWorksheet("Meeting")!.id);
  });
  const out = path.join(dir, "papers");
  const r = await runCli(["progress-update", book, "--out", out, "--partnership", "Safer Essex"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("Warning: the workbook has no Meeting sheet; the progress updates prompt for the meeting and give no due-by date.\n");
  const doc = await readDocx(await fs.readFile(path.join(out, named("Safer Essex", "progress-update"))));
  expect(doc.text).toContain("Due by:\tNot known: no date for the next meeting (Meeting sheet: Next meeting)");
});

test("the sample's progress updates flag what the seed minutes flagged: NI 20 exceeded, NI 135 an emerging concern", async () => {
  const out = tempDir();
  expect((await runCli(["progress-update", SAMPLE, "--out", out])).code).toBe(0);
  const safer = sections(await readDocx(await fs.readFile(path.join(out, named("Safer Essex", "progress-update")))));
  expect(safer.get("Achievements and good news stories")).toMatch(/^NI 20 Assault with injury crime rate {2}Green \nPast its target by more than the amber band .* A candidate for a more stretching target at the LAA Refresh\./);
  const cwop = sections(await readDocx(await fs.readFile(path.join(out, named("Community Wellbeing and Older People (CWOP)", "progress-update")))));
  expect(cwop.get("Barriers to delivery, risks and actions needed")).toMatch(/^NI 135 .* {2}Green \nWorse in each of the last 2 periods, though still on target \(Green\): .* An emerging concern\./);
});
