import { promises as fs } from "node:fs";
import * as path from "node:path";
import { PaperTemplate } from "../../src/documents";
import { runCli, SAMPLE, tempDir } from "./run-cli";

// The commands that write one paper per partnership read, unzip and check their template once, for
// every paper: a paper's fixed cost (scripts/bench/documents.ts) is then its own content, not another
// reading of the template.

describe.each(["progress-update", "mid-year-report", "annual-review"])("%s", (command) => {
  test("prepares the template once for all six partnerships' papers", async () => {
    const prepare = jest.spyOn(PaperTemplate, "prepare");
    try {
      const out = path.join(tempDir(), "papers");
      const r = await runCli([command, SAMPLE, "--out", out]);
      expect(r.code).toBe(0);
      expect(await fs.readdir(out)).toHaveLength(6);
      expect(prepare).toHaveBeenCalledTimes(1);
    } finally {
      prepare.mockRestore();
    }
  });
});
