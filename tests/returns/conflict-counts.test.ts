import { mergeReportText } from "../../src/returns/chase-words";
import { fillReturn } from "./fill-return";
import { merge, returnOf, sampleReturns } from "./sample-returns";

// The merge report counts conflicts in the same words on the return's line and on the chase list.

test("the return's line and the chase list count figures in conflict the same way", async () => {
  const made = returnOf(await sampleReturns(), "Safer Essex");
  const { plan } = await merge([{ file: made.file, bytes: await fillReturn(made.bytes, { figures: { "NI 20": 6.1 } }) }]);
  const text = mergeReportText(plan, "merged.xlsx");
  expect(text).toMatch(/Safer Essex: .*1 figure in conflict/);
  expect(text).toMatch(/Safer Essex, [^\n]*1 figure in conflict/);
});
