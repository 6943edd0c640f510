import { acceptReturns, planReturns } from "../../addin/returns-run";
import { analyse } from "../../src/engine";
import { loadWorkbook, returnFiles } from "../../src/files";
import { CellValue, WorkbookGrids } from "../../src/grid";
import { makeReturns } from "../../src/returns/make-returns";
import { ReturnInput } from "../../src/returns/merge-returns";
import { typeIntoReturn } from "../../scripts/fill-returns";
import { FakeSource } from "./fake-source";

// Accept in the pane writes exactly the table shown, or nothing: not while a return has an error, and
// not when the workbook changed after the returns were read (the new plan is shown instead).

const PARTNERSHIPS = ["Safer Essex", "Healthier Essex"];

function grids(): WorkbookGrids {
  const values: CellValue[][] = [["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Q1 2009/10", "Q2 2009/10"]];
  for (let i = 0; i < 4; i++) values.push([`L${i + 1}`, `Local indicator ${i + 1}`, PARTNERSHIPS[i % 2], "Higher", 50, 40 + i, null]);
  return { sheets: [{ name: "Scorecard", values }, { name: "Settings", values: [["Setting", "Value"], ["Reporting period", "Q2 2009/10"]] }] };
}

async function returns(book: WorkbookGrids, figures: Record<string, number | string>): Promise<ReturnInput[]> {
  const analysis = analyse(book);
  const made = returnFiles(makeReturns(analysis, { book: "Essex.xlsx", period: analysis.reportingPeriod!, partnerships: PARTNERSHIPS }));
  return Promise.all(made.map(async (m) => ({ file: m.fileName, grids: (await loadWorkbook(typeIntoReturn(m.bytes, { figures }))).grids })));
}

test("accepted, the figures go into the workbook: the table's plan, written once", async () => {
  const source = new FakeSource(grids());
  const inputs = await returns(source.grids, { L1: 41, L2: 42, L3: 43, L4: 44 });
  const { plan } = await planReturns(source, inputs, false);
  const accepted = await acceptReturns(source, plan, inputs, false);
  expect(accepted.kind).toBe("written");
  expect(source.merges).toHaveLength(1);
  expect(source.merges[0].scorecard.writes.map((w) => [w.address, w.cell.value])).toEqual([["G2", 41], ["G4", 43], ["G3", 42], ["G5", 44]]);
  expect(source.grids.sheets[0].values[2][6]).toBe(42);
});

test("a figure that is not a number in any return: nothing is written, not even the other returns' figures", async () => {
  const source = new FakeSource(grids());
  const inputs = await returns(source.grids, { L1: 41, L2: "tbc", L3: 43, L4: 44 });
  const { plan } = await planReturns(source, inputs, false);
  expect(plan.findings.map((f) => [f.code, f.severity])).toContainEqual(["return-not-a-number", "error"]);
  const accepted = await acceptReturns(source, plan, inputs, false);
  expect(accepted.kind).toBe("blocked");
  expect(source.merges).toEqual([]);
});

test("the workbook changed after the table was shown: nothing is written, and the new plan comes back to show", async () => {
  const source = new FakeSource(grids());
  const inputs = await returns(source.grids, { L1: 41, L2: 42 });
  const { plan } = await planReturns(source, inputs, false);
  // The officer types L1's figure by hand meanwhile: the return's would now be a conflict.
  source.grids.sheets[0].values[1][6] = 39;
  const accepted = await acceptReturns(source, plan, inputs, false);
  expect(accepted.kind).toBe("changed");
  expect(source.merges).toEqual([]);
  expect(accepted.planned.plan.figures.find((f) => f.ref === "L1")!.outcome).toBe("conflict");
});

test("a workbook with errors takes no returns, in one sentence", async () => {
  const book = grids();
  const inputs = await returns(book, { L1: 41 });
  book.sheets[0].values[1][3] = "Sideways";
  await expect(planReturns(new FakeSource(book), inputs, false)).rejects.toThrow("The workbook has errors, so no return can be brought into it yet. Fix the errors listed under Check first.");
});
