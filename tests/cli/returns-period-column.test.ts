import * as path from "node:path";
import { runCli, SAMPLE, tempDir } from "./run-cli";

// Returns for a period the scorecard has no column for yet: made, with a warning saying which column
// to insert before they come back, so the officer does not find out only at the merge.

test("returns for Q3 2009/10 on the sample (which has no Q3 column) are made, with a warning naming the column to insert", async () => {
  const result = await runCli(["returns", SAMPLE, "--out", path.join(tempDir(), "returns"), "--period", "Q3 2009/10", "--partnership", "Safer Essex"]);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/1 return for Q3 2009\/10, due back by Monday 11 January 2010\./);
  expect(result.stderr).toBe(
    'Warning: The LAA Scorecard sheet has no column for the returns\' figures: insert a new column after column L ("Q2 2009/10") (before Tolerance in M), headed "Q3 2009/10" in row 3, before the returns come back: the merge writes their figures there and never adds a column to your sheet.\n');
});

test("returns for the reporting period, whose column is there, give no warning", async () => {
  const result = await runCli(["returns", SAMPLE, "--out", path.join(tempDir(), "returns"), "--partnership", "Safer Essex"]);
  expect([result.code, result.stderr]).toEqual([0, ""]);
});
