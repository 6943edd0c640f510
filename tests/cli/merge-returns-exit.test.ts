import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { loadWorkbook, returnPackage } from "../../src/files";
import { analyse } from "../../src/engine";
import { makeReturns } from "../../src/returns/make-returns";
import { runCli, SAMPLE, tempDir } from "./run-cli";

// merge-returns exits 1 when a return is refused for an error (here one for the wrong period), and
// --refresh says in one line that the merged copy was refreshed.

test("a return for the wrong period exits 1; --refresh says it refreshed", async () => {
  const analysis = analyse((await loadWorkbook(new Uint8Array(readFileSync(SAMPLE)))).grids);
  const made = makeReturns(analysis, { book: "sample-scorecard.xlsx", period: { kind: "quarter", year: 2009, quarter: 1 }, partnerships: ["Safer Essex"] })[0];
  const dir = tempDir();
  const file = path.join(dir, made.fileName);
  writeFileSync(file, returnPackage(made));
  const result = await runCli(["merge-returns", SAMPLE, file, "--out", path.join(dir, "merged.xlsx"), "--period", "Q2 2009/10", "--refresh"]);
  expect(result.stdout).toContain("not taken");
  // What a refresh writes, in the words the rest of the product uses: no "dashboard" the book does not have.
  expect(result.stdout).toMatch(/^Refreshed merged\.xlsx with the merged figures: its statuses and Partnership Summary sheet rebuilt\.$/m);
  expect(result.code).toBe(1);
});
