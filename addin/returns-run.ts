import { analyse } from "../src/engine";
import { PlainSentenceError } from "../src/errors";
import { ReturnFinding } from "../src/findings";
import { Analysis, Finding, hasErrors } from "../src/model";
import { MergePlan } from "../src/returns/merge-model";
import { planMerge, ReturnInput } from "../src/returns/merge-returns";
import { WorkbookSource } from "./source";
import { MAX_WORKBOOK_BYTES, PickedFile } from "./standalone/file-source";

// Partner returns brought into the pane's workbook: read, planned by the command line's own merge
// (src/returns/merge-returns.ts decides every cell), and written only when accepted, by the workbook's
// adapter, in one batch. Nothing here decides what a figure may overwrite: the plan does.

/** The returns as read from the chosen files; a file that is not a workbook carries its reason. */
export async function readReturnFiles(files: readonly PickedFile[]): Promise<ReturnInput[]> {
  // The file adapter is its own chunk, loaded when returns are first brought in (as in a worker).
  const { loadWorkbook, WorkbookFileError } = await import("../src/files");
  const inputs: ReturnInput[] = [];
  for (const file of files) {
    if (file.size > MAX_WORKBOOK_BYTES) {
      inputs.push({ file: file.name, unreadable: `"${file.name}" is larger than any return this tool makes, so it was not read` });
      continue;
    }
    try {
      inputs.push({ file: file.name, grids: (await loadWorkbook(new Uint8Array(await file.arrayBuffer()))).grids });
    } catch (e) {
      inputs.push({ file: file.name, unreadable: e instanceof WorkbookFileError ? e.sentenceFor(file.name) : `"${file.name}" could not be read` });
    }
  }
  return inputs;
}

export interface Planned {
  analysis: Analysis;
  plan: MergePlan;
}

/**
 * The merge of these returns into the workbook as it is now, as `merge-returns` plans it: refused in one
 * sentence (PlainSentenceError) while the workbook has errors or no period to collect. Excel's read gives
 * values only, so the cells the figures would go into are asked whether they hold a formula, and the
 * merge planned again knowing: a formula is never written over, as in a file.
 */
export async function planReturns(source: WorkbookSource, returns: readonly ReturnInput[], overwrite: boolean): Promise<Planned> {
  const grids = await source.read();
  const analysis = analyse(grids);
  if (!analysis.scorecard || hasErrors(analysis.findings)) {
    throw new PlainSentenceError("The workbook has errors, so no return can be brought into it yet. Fix the errors listed under Check first.");
  }
  const period = analysis.reportingPeriod;
  if (!period) throw new PlainSentenceError("The scorecard has no reporting period and no figures yet: set the reporting period under Settings first.");
  let plan = planMerge(analysis, grids, returns, { period, overwrite });
  if (source.formulaCells) {
    const sheet = grids.sheets.find((s) => s.name === plan.scorecard.sheet)!;
    const formulas = await source.formulaCells(sheet.name, [...new Set(plan.figures.map((f) => f.cell))]);
    if (formulas.length) {
      sheet.formulas = formulas;
      plan = planMerge(analysis, grids, returns, { period, overwrite });
    }
  }
  return { analysis, plan };
}

/** The findings that stop Accept: a return or a figure that cannot be taken. Nothing is written while there is one. */
export function blockingFindings(plan: MergePlan): ReturnFinding[] {
  return plan.findings.filter((f) => f.severity === "error");
}

export type Accepted =
  /** Written into the workbook. */
  | { kind: "written"; planned: Planned }
  /** The workbook changed since the table was shown: here is what Accept would write now; nothing written. */
  | { kind: "changed"; planned: Planned }
  /** A return has an error: nothing written. */
  | { kind: "blocked"; planned: Planned }
  /** The workbook refused the writes (a protected sheet ...): nothing written. */
  | { kind: "refused"; planned: Planned; findings: Finding[] };

/** What a plan writes, to tell whether the workbook changed under the table shown. */
const writesOf = (plan: MergePlan) => JSON.stringify([plan.scorecard, plan.commentary]);

/**
 * Accept: the merge planned again on the workbook as it is now (the user may have typed since), and
 * written only if it writes exactly what the table showed and no return has an error.
 */
export async function acceptReturns(source: WorkbookSource, shown: MergePlan, returns: readonly ReturnInput[], overwrite: boolean): Promise<Accepted> {
  const planned = await planReturns(source, returns, overwrite);
  if (blockingFindings(planned.plan).length) return { kind: "blocked", planned };
  if (writesOf(planned.plan) !== writesOf(shown)) return { kind: "changed", planned };
  const findings = await source.applyMerge(planned.plan);
  return hasErrors(findings) ? { kind: "refused", planned, findings } : { kind: "written", planned };
}
