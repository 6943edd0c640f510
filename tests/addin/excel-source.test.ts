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
