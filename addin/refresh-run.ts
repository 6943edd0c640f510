import { analyse } from "../src/engine";
import { internalFault, userSentence } from "../src/errors";
import { Analysis, Finding, hasErrors } from "../src/model";
import { planRefresh } from "../src/refresh";
import { WorkbookSource } from "./source";

// Validate, then refresh when there are no errors: the one sequence behind the ribbon button and the
// pane's Refresh button. It never throws: every failure comes back as findings or one sentence.

export type RefreshStep = "reading" | "checking" | "writing";

export type RefreshRun =
  /** The workbook could not be read at all (one plain sentence). */
  | { kind: "unreadable"; sentence: string }
  /** Validation found errors: nothing was written. */
  | { kind: "invalid"; analysis: Analysis }
  /** Excel refused the writes (a protected sheet, a cell being edited): nothing further written. */
  | { kind: "refused"; analysis: Analysis; findings: Finding[] }
  | { kind: "refreshed"; analysis: Analysis; findings: Finding[] };

export async function validateWorkbook(source: WorkbookSource): Promise<Analysis | { kind: "unreadable"; sentence: string }> {
  try {
    return analyse(await source.read());
  } catch (error) {
    return { kind: "unreadable", sentence: sentenceOf(error) };
  }
}

export async function refreshWorkbook(source: WorkbookSource, onStep: (step: RefreshStep) => void = () => undefined): Promise<RefreshRun> {
  onStep("reading");
  const checked = await validateWorkbook(source);
  if ("kind" in checked) return checked;
  const analysis = checked;
  onStep("checking");
  if (hasErrors(analysis.findings) || !analysis.scorecard) return { kind: "invalid", analysis };
  onStep("writing");
  let findings: Finding[];
  try {
    findings = await source.applyRefresh(planRefresh(analysis));
  } catch (error) {
    findings = [{ severity: "error", sheet: analysis.scorecard.sheet, cell: "A1", message: sentenceOf(error), hint: "Try the refresh again." }];
  }
  return hasErrors(findings) ? { kind: "refused", analysis, findings } : { kind: "refreshed", analysis, findings };
}

/** Our own plain sentence, never a library's raw error text (src/errors.ts). */
function sentenceOf(error: unknown): string {
  return userSentence(error, internalFault("nothing was written"));
}
