import { WorkbookGrids } from "../../src/grid";
import { PlainSentenceError } from "../../src/errors";
import { Finding } from "../../src/model";
import { RefreshPlan } from "../../src/refresh-plan";
import { WorkbookSource } from "../source";
import { MergePlan } from "../../src/returns/merge-model";
import { applyMerge, readFormulaCells } from "./apply-merge";
import { applyRefresh } from "./apply-refresh";
import { Capabilities, hostCapabilities } from "./capabilities";
import { failureSentence, officeErrorCode } from "./office-failure";
import { readWorkbookGrids } from "./read-grids";
import { SettingsValues } from "../settings-cells";
import { writeSettings } from "./write-settings";

// The open workbook, through Office.js. Every method is one Excel.run batch built by a function that
// takes the context (so tests hand in a mock); this class only starts the batches.

/**
 * Every batch waits while the user is typing in a cell, instead of failing: Excel runs it as soon as
 * they leave the cell (Excel.RunOptions.delayForCellEdit; without it a batch in cell-edit mode fails).
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(RUN_OPTIONS, batch);
}

/** A failed read, in one plain sentence for the pane (reads return grids, not findings). */
export class WorkbookReadError extends PlainSentenceError {}

export class ExcelWorkbookSource implements WorkbookSource {
  readonly kind = "excel" as const;
  readonly label = "this workbook";

  constructor(private readonly capabilities: Capabilities = hostCapabilities()) {}

  async read(): Promise<WorkbookGrids> {
    try {
      return await run((context) => readWorkbookGrids(context, this.capabilities));
    } catch (error) {
      throw new WorkbookReadError(failureSentence(error));
    }
  }

  /**
   * One refresh, one step of Excel's Undo where Excel offers it (mergeUndoGroup, ExcelApi 1.20). Should
   * Excel refuse to group it (UndoNotSupported: a call in it cannot be undone), it runs again ungrouped:
   * the refresh writes the same cells with the same values, so running it twice changes nothing more.
   */
  applyRefresh(plan: RefreshPlan): Promise<Finding[]> {
    return this.oneUndoStep((context) => applyRefresh(context, plan, this.capabilities));
  }

  /** The returns' figures and words, one step of Undo as a refresh is (the same cells and values if run again). */
  applyMerge(plan: MergePlan): Promise<Finding[]> {
    return this.oneUndoStep((context) => applyMerge(context, plan, this.capabilities));
  }

  async formulaCells(sheet: string, cells: readonly string[]): Promise<string[]> {
    try {
      return await run((context) => readFormulaCells(context, sheet, cells));
    } catch (error) {
      throw new WorkbookReadError(failureSentence(error));
    }
  }

  private async oneUndoStep(batch: (context: Excel.RequestContext) => Promise<Finding[]>): Promise<Finding[]> {
    if (this.capabilities.undoGroup) {
      try {
        return await Excel.run({ ...RUN_OPTIONS, mergeUndoGroup: true }, batch);
      } catch (error) {
        if (officeErrorCode(error) !== "UndoNotSupported") throw error;
      }
    }
    return run(batch);
  }

  writeSettings(values: SettingsValues): Promise<Finding[]> {
    return run((context) => writeSettings(context, values));
  }

  async select(sheet: string, cell: string): Promise<void> {
    try {
      await run(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(cell).select();
        await context.sync();
      });
    } catch {
      // The sheet was renamed or the user is editing a cell: the finding still names the cell.
    }
  }
}
