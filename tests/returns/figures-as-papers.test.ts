import { analyse } from "../../src/engine";
import { loadWorkbook } from "../../src/files";
import { chaseLetter, mergeReportText } from "../../src/returns/chase-words";
import { fillReturn } from "./fill-return";
import { merge, returnOf, SAMPLE_BYTES, sampleReturns } from "./sample-returns";

// The merge's report, its --json and the chase letters print a figure as the papers print that
// indicator's figures (one format per indicator, src/format.ts): NI 192's =41250/97000 in a 0.0%
// cell is 42.5%, as Excel and the papers show it, never 42.5258%.

async function mergedWith(figure: number) {
  const indicator = analyse((await loadWorkbook(SAMPLE_BYTES)).grids).scorecard!.indicators.find((i) => i.row === 33)!;
  const made = returnOf(await sampleReturns(), indicator.partnership);
  const { plan } = await merge([{ file: made.file, bytes: await fillReturn(made.bytes, { figures: { [indicator.ref]: figure } }) }]);
  return { plan, change: plan.figures.find((f) => f.ref === indicator.ref)!, indicator };
}

test("a figure in the merge's report and chase letter reads as in the papers: 42.5%, and the return's 43 as 43.0%", async () => {
  const { plan, change, indicator } = await mergedWith(43);
  expect([change.oldShown, change.shown]).toEqual(["42.5%", "43.0%"]);
  const text = mergeReportText(plan, "merged.xlsx");
  expect(text).toContain(`${indicator.ref} Q2 2009/10: scorecard 42.5% (`);
  expect(text).toContain("holds a formula (showing 42.5%); the return (Figures!");
  expect(text).not.toContain("42.5258");
  const entry = plan.chase.find((c) => c.partnership === indicator.partnership)!;
  expect(chaseLetter(entry, plan, null).lists.flatMap((l) => l.items)).toContain(`${indicator.ref} (Q2 2009/10): you gave 43.0%; the scorecard holds 42.5%.`);
});

test("two different figures that would print alike get the decimals that tell them apart", async () => {
  // 42.53 beside the formula's 42.5258: both 42.5% (and 42.53%) at fewer decimals.
  const { change } = await mergedWith(42.53);
  expect([change.oldShown, change.shown]).toEqual(["42.526%", "42.530%"]);
});
