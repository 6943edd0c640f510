import { blocksReading, blocksRefreshOnly } from "../../src/findings";
import { RefreshRun, RefreshStep } from "../refresh-run";

// What the pane says while a refresh runs, and when it writes nothing: why, in one sentence beside
// the Refresh button.

export const STEP_TEXT: Record<RefreshStep, string> = {
  reading: "Reading the workbook…",
  checking: "Checking the scorecard…",
  writing: "Writing statuses and the Partnership Summary…",
};

/** Why nothing was written: the figures' errors, a place the refresh may not write (src/findings.ts), or Excel's refusal. */
export function notRefreshedSentence(run: Extract<RefreshRun, { kind: "invalid" | "refused" }>): string {
  if (run.kind === "refused") {
    return `Excel did not accept the refresh, so nothing further was written: ${run.findings.find((f) => f.severity === "error")?.message ?? ""}`;
  }
  const stopper = blocksReading(run.analysis.findings) ? undefined : run.analysis.findings.find(blocksRefreshOnly);
  if (stopper) return `Nothing was written: ${stopper.message} ${stopper.hint}`;
  return "The scorecard has errors, so nothing was written. Fix the errors listed under Check, then refresh again.";
}
