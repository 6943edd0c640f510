import { mergeReportText } from "../../src/returns/chase-words";
import { analyse } from "../../src/engine";
import { loadWorkbook } from "../../src/files";
import { fillReturn } from "./fill-return";
import { cellOf, merge, returnOf, SAMPLE_BYTES, sampleReturns } from "./sample-returns";

// The sample's 'LAA Scorecard'!L33 (Q2 2009/10) holds the formula =41250/97000, the officer's own
// working: a merge never types over it, not even with --overwrite; the officer is told at that cell.

test("a return's figure for a cell holding a formula is a finding at the scorecard cell, and the formula stays, even with --overwrite", async () => {
  const indicator = analyse((await loadWorkbook(SAMPLE_BYTES)).grids).scorecard!.indicators.find((i) => i.row === 33)!;
  const made = returnOf(await sampleReturns(), indicator.partnership);
  const filled = { file: made.file, bytes: await fillReturn(made.bytes, { figures: { [indicator.ref]: 43 } }) };
  const { plan, bytes } = await merge([filled], { overwrite: true });

  expect(plan.figures.find((f) => f.ref === indicator.ref)).toMatchObject({ outcome: "conflict", formula: true, cell: "L33" });
  expect(plan.scorecard.writes.map((w) => w.address)).not.toContain("L33");
  expect(plan.findings.find((f) => f.code === "return-formula-cell")).toMatchObject({ sheet: "LAA Scorecard", cell: "L33", message: expect.stringContaining("holds a formula") });
  const after = await loadWorkbook(bytes);
  expect(after.grids.sheets.find((s) => s.name === "LAA Scorecard")!.formulas).toContain("L33");
  expect(await cellOf(bytes, "LAA Scorecard", 33, 12)).toBeCloseTo(41250 / 97000, 9);
});

test("the printed report puts that finding at the scorecard's cell, naming the return it came from", async () => {
  const indicator = analyse((await loadWorkbook(SAMPLE_BYTES)).grids).scorecard!.indicators.find((i) => i.row === 33)!;
  const made = returnOf(await sampleReturns(), indicator.partnership);
  const { plan } = await merge([{ file: made.file, bytes: await fillReturn(made.bytes, { figures: { [indicator.ref]: 43 } }) }]);
  const text = mergeReportText(plan, "merged.xlsx");
  // The sheet's name quoted as Excel writes it in a reference, and as validate prints its findings.
  expect(text).toContain(`'LAA Scorecard'!L33 (${made.file}): ${indicator.ref}: 'LAA Scorecard'!L33 holds a formula`);
  expect(text).toContain(`(${"'LAA Scorecard'"}!L33, a formula: never overwritten)`);
  expect(text).not.toContain(`${made.file} 'LAA Scorecard'!L33`);
  expect(text).not.toMatch(/[^']LAA Scorecard!/);
});
