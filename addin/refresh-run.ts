import { analyse } from "../src/engine";
import { internalFault, userSentence } from "../src/errors";
import { Analysis, Finding, hasErrors } from "../src/model";
import { planRefresh } from "../src/refresh";
import { WrittenState, writtenState } from "../src/written";
import { WorkbookSource } from "./source";

// Validate, then refresh when there are no errors: the one sequence behind the ribbon button and the
// pane's Refresh button. It never throws: every failure comes back as findings or one sentence.

export type RefreshStep = "reading" | "checking" | "writing";

export type RefreshRun =
  /** The workbook could not be read at all (one plain sentence). */
  | { kind: "unreadable"; sentence: string }
  /** Validation found errors: nothing was written. */
  | { kind: "invalid"; analysis: Analysis; written: null }
  /** Excel refused the writes (a protected sheet, a cell being edited): nothing further written; `written` is what the workbook held before. */
  | { kind: "refused"; analysis: Analysis; findings: Finding[]; written: WrittenState | null }
  | { kind: "refreshed"; analysis: Analysis; findings: Finding[] };

/** A workbook read and checked: the engine's analysis, and whether the workbook holds what a refresh would write now. */
export interface Checked {
  kind: "checked";
  analysis: Analysis;
  /** Null while the workbook cannot be refreshed (no scorecard, or errors). */
  written: WrittenState | null;
}

export async function validateWorkbook(source: WorkbookSource): Promise<Checked | { kind: "unreadable"; sentence: string }> {
  try {
    const workbook = await source.read();
    const analysis = analyse(workbook);
    return { kind: "checked", analysis, written: writtenState(workbook, analysis) };
  } catch (error) {
    return { kind: "unreadable", sentence: sentenceOf(error) };
  }
}

export async function refreshWorkbook(source: WorkbookSource, onStep: (step: RefreshStep) => void = () => undefined): Promise<RefreshRun> {
  onStep("reading");
  const checked = await validateWorkbook(source);
  if (checked.kind === "unreadable") return checked;
  const { analysis, written } = checked;
  onStep("checking");
  if (hasErrors(analysis.findings) || !analysis.scorecard) return { kind: "invalid", analysis, written: null };
  onStep("writing");
  let findings: Finding[];
  try {
    findings = await source.applyRefresh(planRefresh(analysis));
  } catch (error) {
    findings = [{ severity: "error", sheet: analysis.scorecard.sheet, cell: "A1", message: sentenceOf(error), hint: "Try the refresh again." }];
  }
  return hasErrors(findings) ? { kind: "refused", analysis, findings, written } : { kind: "refreshed", analysis, findings };
}

/** Our own plain sentence, never a library's raw error text (src/errors.ts). */
function sentenceOf(error: unknown): string {
  return userSentence(error, internalFault("nothing was written"));
}
