import { analyse } from "../../src/engine";
import { loadWorkbook } from "../../src/files";
import { planMerge } from "../../src/returns/merge-returns";
import { mergeReportText } from "../../src/returns/chase-words";
import { fillReturn } from "./fill-return";
import { Q2, returnOf, sampleReturns, sampleWithCommentaryReworded } from "./sample-returns";

// A book may call its Commentary sheet "Narrative" (docs/workbook.md): words the merge leaves out, or
// writes, are named at that sheet's cell, in the report and in --json, not at a "Commentary" sheet the
// book does not have.

test("words in conflict are named at the cell of the book's own commentary sheet, whatever it is called", async () => {
  const made = returnOf(await sampleReturns(), "Safer Essex");
  const filled = await fillReturn(made.bytes, { commentary: { "Barriers and risks": "New words" } });
  const grids = (await loadWorkbook(await sampleWithCommentaryReworded())).grids;
  const book = { ...grids, sheets: grids.sheets.map((s) => (s.name === "Commentary" ? { ...s, name: "Narrative" } : s)) };
  const inputs = [{ file: made.file, grids: (await loadWorkbook(filled)).grids }];
  const plan = planMerge(analyse(book), book, inputs, { period: Q2, overwrite: false });

  const conflict = plan.texts.find((t) => t.outcome === "conflict")!;
  expect(conflict).toMatchObject({ heading: "Barriers and risks", sheet: "Narrative", cell: "C5" });
  const text = mergeReportText(plan, "merged.xlsx");
  expect(text).toContain("Safer Essex, Barriers and risks: the scorecard already has other words (Narrative!C5)");
  expect(text).not.toContain("Commentary!C5");
});
