import { WorkbookGrids } from "./grid";
import { Analysis, Finding } from "./model";
import { RefreshPlan } from "./refresh-plan";

// SCAFFOLD (helper "rules" replaces these bodies).
/** An existing "Partnership Summary" sheet whose first cell lacks our mark is the user's: an error. */
export function checkSummarySheet(_workbook: WorkbookGrids): Finding[] {
  throw new Error("checkSummarySheet: not written yet");
}

/** Every cell a refresh writes: the own columns of the scorecard sheet and the Partnership Summary sheet. */
export function planRefresh(_analysis: Analysis): RefreshPlan {
  throw new Error("planRefresh: not written yet");
}
