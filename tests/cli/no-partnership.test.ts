import { promises as fs } from "node:fs";
import * as path from "node:path";
import { editedSample, runCli, tempDir } from "./run-cli";

// Indicators with no partnership are counted under "(No partnership)" so none drops out of the
// totals, but that is no partnership with a lead to sign a paper: no "(No partnership).docx", and
// one sentence says which indicators are in no paper.

/** The sample with NI 20's partnership (C5) cleared. */
const withoutPartnership = (dir: string) => editedSample(dir, "no-partnership.xlsx", (b) => {
  b.getWorksheet("LAA Scorecard")!.getCell("C5").value = null;
});

describe("annual-review with an indicator that has no partnership", () => {
  test("writes a review per partnership and none for (No partnership), saying which indicator is in none", async () => {
    const dir = tempDir();
    const book = await withoutPartnership(dir);
    const out = path.join(dir, "reviews");
    const r = await runCli(["annual-review", book, "--out", out]);
    expect(r.code).toBe(0);
    const written = (await fs.readdir(out)).sort();
    expect(written).toHaveLength(6);
    expect(written).toContain("Safer Essex annual review Q2 2009-10.docx");
    expect(written.some((f) => f.includes("No partnership"))).toBe(false);
    expect(r.stdout).toContain("'LAA Scorecard'!C5  NI 20 has no thematic partnership");
    expect(r.stdout).toContain("1 indicator has no thematic partnership (NI 20), so it is in no annual review.\n");
  });

  test('--partnership "(No partnership)" is refused in one sentence, writing nothing', async () => {
    const dir = tempDir();
    const book = await withoutPartnership(dir);
    const out = path.join(dir, "reviews");
    const r = await runCli(["annual-review", book, "--out", out, "--partnership", "(No partnership)"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('"(No partnership)" is not a partnership, so it has no annual review. 1 indicator has no thematic partnership (NI 20), ' +
      "so it is in no annual review. Type each indicator's partnership on the scorecard.\n");
    expect(await fs.readdir(out).catch(() => [])).toEqual([]);
  });
});
