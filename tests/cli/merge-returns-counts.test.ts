import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { fillReturn } from "../returns/fill-return";
import { returnOf, sampleReturns } from "../returns/sample-returns";
import { runCli, SAMPLE, tempDir } from "./run-cli";

// The merge's line per return counts a lead's commentary and the notes on figures apart: a note
// goes into Data assurance as a paragraph, but it is not commentary the lead wrote for a section.

async function filledReturn(): Promise<string> {
  const made = returnOf(await sampleReturns(), "Safer Essex");
  const bytes = await fillReturn(made.bytes, { notes: { "NI 30": "Police data, provisional" }, commentary: { "Barriers and risks": "Recruitment has caught up." } });
  const file = path.join(tempDir(), made.file);
  writeFileSync(file, bytes);
  return file;
}

test("the text report names one paragraph of commentary and one note, not two paragraphs of commentary", async () => {
  const dir = tempDir();
  const r = await runCli(["merge-returns", SAMPLE, await filledReturn(), "--out", path.join(dir, "merged.xlsx")]);
  const line = r.stdout.split("\n").find((l) => l.startsWith("  Safer Essex: "))!;
  expect(line).toContain("1 paragraph of commentary, 1 note on a figure");
  expect(line).not.toContain("2 paragraphs");
});

test("--json counts the same for each return taken", async () => {
  const dir = tempDir();
  const r = await runCli(["merge-returns", SAMPLE, await filledReturn(), "--out", path.join(dir, "merged.xlsx"), "--json"]);
  const out = JSON.parse(r.stdout);
  expect(out.returns[0]).toMatchObject({ partnership: "Safer Essex", taken: true, counts: { figures: 0, alreadyIn: expect.any(Number), commentary: 1, notes: 1 } });
  expect(out.texts.map((t: { kind: string }) => t.kind).sort()).toEqual(["note", "section"]);
});
