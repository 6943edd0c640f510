import { parseA1 } from "../grid";
import { MergePlan } from "../returns/merge-model";
import { LoadedWorkbook } from "./load";
import { addCellsSheet, checkProtection, finish, open, patchPart } from "./refresh-package";
import { RefreshRefused } from "./refresh-refused";

// The merge of partner returns applied to a copy of the book with the refresh's own patcher: the
// figure cells of the scorecard sheet and the rows added to the Commentary sheet are written, every
// other character of those sheets and every other part is copied as it was (docs/file-refresh.md).

export function mergedPackage(loaded: LoadedWorkbook, plan: MergePlan): Uint8Array {
  const { pkg, info, styles } = open(loaded);
  const scorecard = info.sheets.find((s) => s.worksheet && s.name === plan.scorecard.sheet);
  if (!scorecard) throw new RefreshRefused(`The workbook has no sheet named "${plan.scorecard.sheet}" to merge into.`, plan.scorecard.sheet);
  const commentary = plan.commentary && !plan.commentary.isNew ? info.sheets.find((s) => s.worksheet && s.name === plan.commentary!.sheet) : undefined;
  // Checked before anything is written, so a refusal leaves the book as it was.
  if (plan.scorecard.writes.length) checkProtection(pkg, info, scorecard, undefined, "write the returns' figures");
  checkProtection(pkg, info, commentary, plan.commentary?.isNew ? plan.commentary.sheet : undefined, "add the returns' words");

  const removals = [];
  if (plan.scorecard.writes.length) removals.push(patchPart(pkg, scorecard, plan.scorecard.writes.map(({ address, cell }) => ({ ...parseA1(address), write: cell })), styles));
  if (plan.commentary && commentary) {
    removals.push(patchPart(pkg, commentary, plan.commentary.writes.map(({ address, cell }) => ({ ...parseA1(address), write: cell })), styles));
  } else if (plan.commentary?.isNew) {
    addCellsSheet(pkg, info, styles, plan.commentary.sheet, plan.commentary.columnWidths, plan.commentary.writes);
  }
  return finish(pkg, info, styles, removals);
}
