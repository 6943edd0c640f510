import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { partsOf, same, text } from "../files/package-diff";
import { fillReturn } from "./fill-return";
import { cellOf, merge, returnOf, SAMPLE_BYTES, sampleReturns } from "./sample-returns";

// The merged book is the scorecard with only the merge's cells written: every other part is the
// very bytes it was stored as, and in the two sheets written only the cells written differ.

const withoutCells = (xml: string, cells: readonly string[]) =>
  xml.replace(/<c r="([A-Z]+\d+)"[^>]*?(\/>|>[\s\S]*?<\/c>)/g, (c, ref: string) => (cells.includes(ref) ? "" : c)).replace(/<row [^>]*>/g, "<row>").replace(/<dimension[^>]*>/, "");

describe("the merged book", () => {
  test("parts outside the cells written are byte-identical; in the sheets written, only those cells change", async () => {
    const made = returnOf(await sampleReturns(), "Safer Essex");
    const filled = await fillReturn(made.bytes, { figures: { "NI 30": 18 }, notes: { "NI 30": "Police data" } });
    const { plan, bytes } = await merge([{ file: made.file, bytes: filled }]);
    const before = partsOf(SAMPLE_BYTES);
    const after = partsOf(bytes);
    const changed = [...after.stored.keys()].filter((name) => !same(before.stored.get(name), after.stored.get(name)));
    // The scorecard sheet and the Commentary sheet, and nothing else (not even styles: the cells keep their formats).
    expect(changed.sort()).toEqual(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml"]);
    expect([...after.stored.keys()]).toEqual([...before.stored.keys()]);
    const scorecardCells = plan.scorecard.writes.map((w) => w.address);
    expect(scorecardCells).toEqual(["L9"]);
    expect(withoutCells(text(after, "xl/worksheets/sheet1.xml"), scorecardCells)).toBe(withoutCells(text(before, "xl/worksheets/sheet1.xml"), scorecardCells));
    const commentaryCells = plan.commentary!.writes.map((w) => w.address);
    const commentaryAfter = withoutCells(text(after, "xl/worksheets/sheet4.xml"), commentaryCells).replace(/<row><\/row>/g, "");
    expect(commentaryAfter).toBe(withoutCells(text(before, "xl/worksheets/sheet4.xml"), commentaryCells));
  });

  const lo = existsSync("/usr/bin/soffice") ? test : test.skip;
  lo("a return filled in and saved by LibreOffice Calc merges like any other", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "laa-returns-"));
    const made = returnOf(await sampleReturns(), "Safer Essex");
    const filled = path.join(dir, "in", made.file);
    execFileSync("mkdir", ["-p", path.dirname(filled)]);
    writeFileSync(filled, await fillReturn(made.bytes, { figures: { "NI 30": 18 }, commentary: { "Locality and hotspot issues": "Harlow" } }));
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "xlsx", "--outdir", dir, filled], { stdio: "ignore", timeout: 120_000 });
    const saved = new Uint8Array(readFileSync(path.join(dir, made.file)));
    const { plan, bytes } = await merge([{ file: made.file, bytes: saved }]);
    // Identity intact (no return-no-identity), nothing unreadable, and the words the return showed still
    // read as the scorecard's after LibreOffice saved it: the lead's update replaces them.
    expect(plan.findings).toEqual([]);
    expect(await cellOf(bytes, "LAA Scorecard", 9, 12)).toBe(0.18);
    expect(plan.texts.find((t) => t.heading === "Locality and hotspot issues")!.outcome).toBe("overwritten");
  }, 180_000);
});
