import { ExcelWorkbookSource } from "../../addin/excel/excel-source";
import { BASELINE } from "../../addin/excel/capabilities";
import { analyse } from "../../src/engine";
import { planRefresh } from "../../src/refresh";
import { mockExcel } from "./excel-mock";
import { scorecardSheet } from "./scorecard-fixture";

// Every request to Excel waits for the user to finish typing in a cell (delayForCellEdit) rather than
// failing: reading, refreshing, saving settings and going to a cell.

const global = globalThis as unknown as { Excel?: unknown };
afterEach(() => delete global.Excel);

test("every Excel.run the pane and the ribbon start asks Excel to wait out cell-edit mode", async () => {
  const excel = mockExcel([scorecardSheet(3)]);
  const options: unknown[] = [];
  global.Excel = {
    run: (runOptions: unknown, batch: (context: Excel.RequestContext) => Promise<unknown>) => {
      options.push(runOptions);
      return batch(excel.context);
    },
  };
  const source = new ExcelWorkbookSource(BASELINE);
  const analysis = analyse(await source.read());
  await source.applyRefresh(planRefresh(analysis));
  await source.select("Scorecard", "A2");
  expect(options).toHaveLength(3);
  for (const o of options) expect(o).toEqual({ delayForCellEdit: true });
});

describe("one refresh, one undo step", () => {
  function runs(fail?: (options: Excel.RunOptions, i: number) => unknown) {
    const excel = mockExcel([scorecardSheet(3)]);
    const options: Excel.RunOptions[] = [];
    global.Excel = {
      run: async (runOptions: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<unknown>) => {
        options.push(runOptions);
        const result = await batch(excel.context);
        const failure = fail?.(runOptions, options.length);
        if (failure) throw failure;
        return result;
      },
    };
    return { excel, options };
  }

  test("where Excel offers it (ExcelApi 1.20) the refresh's batch is one undo group", async () => {
    const { excel, options } = runs();
    const source = new ExcelWorkbookSource({ ...BASELINE, undoGroup: true });
    const analysis = analyse(await source.read());
    expect(await source.applyRefresh(planRefresh(analysis))).toEqual([]);
    expect(options).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true, mergeUndoGroup: true }]);
    expect(excel.writes.some((w) => w.sheet === "Scorecard")).toBe(true);
  });

  test("where it does not, no undo group is asked for", async () => {
    const { options } = runs();
    const source = new ExcelWorkbookSource({ ...BASELINE, undoGroup: false });
    await source.applyRefresh(planRefresh(analyse(await source.read())));
    expect(options.map((o) => o.mergeUndoGroup)).toEqual([undefined, undefined]);
  });

  test("if Excel cannot group it (UndoNotSupported), the refresh is made again ungrouped, and succeeds", async () => {
    const undo = Object.assign(new Error("The operation cannot be grouped for undo."), { code: "UndoNotSupported" });
    const { options } = runs((o) => (o.mergeUndoGroup ? undo : null));
    const source = new ExcelWorkbookSource({ ...BASELINE, undoGroup: true });
    expect(await source.applyRefresh(planRefresh(analyse(await source.read())))).toEqual([]);
    expect(options.map((o) => o.mergeUndoGroup)).toEqual([undefined, true, undefined]);
  });

  test("any other refusal is not retried", async () => {
    const denied = Object.assign(new Error("Access denied."), { code: "AccessDenied" });
    const { options } = runs((o) => (o.mergeUndoGroup ? denied : null));
    const source = new ExcelWorkbookSource({ ...BASELINE, undoGroup: true });
    const analysis = analyse(await source.read());
    await expect(source.applyRefresh(planRefresh(analysis))).rejects.toBe(denied);
    expect(options).toHaveLength(2);
  });
});
