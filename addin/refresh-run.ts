import { analyse } from "../src/engine";
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

/**
 * The one sentence a failure becomes for the user, in the pane and the ribbon's dialog. Our own errors
 * and Excel's (already put in plain words by the adapters) are said as they are; a programming or
 * library error (TypeError and the like) would read as gibberish, so it becomes `fallback`.
 */
export function sentenceOf(error: unknown, fallback = "The workbook could not be read."): string {
  if (error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError || error instanceof SyntaxError) return fallback;
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return message.trim() || fallback;
}
