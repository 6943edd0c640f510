import { columnLetters, sheetCellRef } from "../../src/grid";
import { Finding } from "../../src/model";
import { CellsWrite, MergePlan } from "../../src/returns/merge-model";
import { BASELINE, Capabilities } from "./capabilities";
import { excelValue } from "./cell-values";
import { failureFinding, officeErrorCode, protectedSheetFinding, protectedWorkbookFinding } from "./office-failure";
import { widthInPoints } from "./summary-sheet";

// Writes a merge of partner returns into the open workbook: exactly the cells the engine's plan names
// (src/returns/merge-returns.ts decides them, as for the command line), in two round trips whatever the
// number of figures: one to learn whether anything is in the way (a protected sheet or workbook, a
// cell that has become a formula since the read), one for every write. Nothing is written if anything is.

/** Whether a cell's formula, as Office.js gives it, is one (a plain value reads back as itself). */
const isFormula = (formula: unknown) => typeof formula === "string" && formula.startsWith("=");

export async function applyMerge(context: Excel.RequestContext, plan: MergePlan, capabilities: Capabilities = BASELINE): Promise<Finding[]> {
  const worksheets = context.workbook.worksheets;
  const words = plan.commentary;
  const first = plan.scorecard.writes[0]?.address ?? "A1";
  let scorecard: Excel.Worksheet | null = null;
  let commentary: Excel.Worksheet | null = null;
  let targets: Excel.Range[] = [];
  let book: Excel.WorkbookProtection | null = null;
  try {
    if (plan.scorecard.writes.length) {
      // getItem, not OrNullObject: the cells are asked in the same round trip, and a sheet deleted since
      // the read fails it with ItemNotFound, which the pane says in a sentence.
      scorecard = worksheets.getItem(plan.scorecard.sheet);
      scorecard.load("protection/protected");
      const sheet = scorecard;
      targets = plan.scorecard.writes.map((w) => sheet.getRange(w.address).load("formulas"));
    }
    if (words) {
      commentary = worksheets.getItemOrNullObject(words.sheet);
      commentary.load("protection/protected");
    }
    if (words?.isNew && capabilities.workbookProtection) book = context.workbook.protection.load("protected");
    await context.sync();
    if (scorecard?.protection.protected === true) return [protectedSheetFinding(plan.scorecard.sheet, first, "the returns' figures cannot be written")];
    const formula = targets.findIndex((t) => isFormula(t.formulas?.[0]?.[0]));
    if (formula >= 0) return [becameFormula(plan.scorecard.sheet, plan.scorecard.writes[formula].address)];
    if (commentary && !commentary.isNullObject && commentary.protection.protected === true) return [protectedSheetFinding(words!.sheet, "A1", "the returns' words cannot be added")];
    if (commentary?.isNullObject && !words!.isNew) return [gone(words!.sheet)];
    if (commentary?.isNullObject && book?.protected === true) return [protectedWorkbookFinding(words!.sheet, `the returns' words cannot go on a new ${words!.sheet} sheet`)];
  } catch (error) {
    return [failureFinding(error, plan.scorecard.sheet, first)];
  }

  try {
    plan.scorecard.writes.forEach((w, i) => queueCell(targets[i], w));
    if (words && commentary) {
      const sheet = commentary.isNullObject ? worksheets.add(words.sheet) : commentary;
      for (const w of words.writes) queueCell(sheet.getRange(w.address), w);
      if (commentary.isNullObject) {
        words.columnWidths.forEach((characters, i) => (sheet.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = widthInPoints(characters)));
      }
    }
    await context.sync();
  } catch (error) {
    // Excel could not make these writes one undo step: the caller runs the merge again, ungrouped.
    if (officeErrorCode(error) === "UndoNotSupported") throw error;
    return [{ ...failureFinding(error, plan.scorecard.sheet, first), hint: "Nothing was written: Excel takes a batch whole or not at all. Fix the cause and accept again." }];
  }
  return [];
}

function queueCell(range: Excel.Range, { cell }: CellsWrite): void {
  range.values = [[excelValue(cell)]];
  if (cell.numFmt) range.numberFormat = [[cell.numFmt]];
  if (cell.bold) range.format.font.bold = true;
}

function gone(sheet: string): Finding {
  return { severity: "error", sheet, cell: "A1", message: `The sheet ${sheet} is no longer in the workbook, so the returns cannot be written into it.`, hint: "Bring in the returns again. Nothing was written." };
}

function becameFormula(sheet: string, cell: string): Finding {
  return {
    severity: "error",
    sheet,
    cell,
    message: `${sheetCellRef(sheet, cell)} now holds a formula, which a return's figure is never written over.`,
    hint: "The workbook changed after the returns were read: bring them in again. Nothing was written.",
  };
}

/**
 * Of these cells of a sheet, the A1 addresses of those holding a formula, in one round trip: Excel's
 * read of the workbook gives values only, and the merge's plan must know which cells it may not write.
 */
export async function readFormulaCells(context: Excel.RequestContext, sheet: string, cells: readonly string[]): Promise<string[]> {
  if (cells.length === 0) return [];
  const target = context.workbook.worksheets.getItem(sheet);
  const ranges = cells.map((cell) => target.getRange(cell).load("formulas"));
  await context.sync();
  return cells.filter((_, i) => isFormula(ranges[i].formulas?.[0]?.[0]));
}
