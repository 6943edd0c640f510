import { Analysis, hasErrors } from "../../src/model";
import { planRefresh } from "../../src/refresh";

// Whether the statuses the Summary shows are the ones in the workbook. The Summary always shows what
// the figures give now; this says whether a refresh wrote exactly that, or what changed since.

export interface Written {
  /** Everything that refresh wrote, as one string: equal keys, equal cells. */
  key: string;
  at: Date;
}

export type Change = "settings" | "figures";

export interface SummaryNote {
  tone: "info" | "stale";
  text: string;
}

const keys = new WeakMap<Analysis, string | null>();

/** What a refresh of this analysis would write, as a comparable string; null when nothing could be. Worked out once per analysis. */
export function refreshKey(analysis: Analysis): string | null {
  if (!keys.has(analysis)) keys.set(analysis, !analysis.scorecard || hasErrors(analysis.findings) ? null : JSON.stringify(planRefresh(analysis)));
  return keys.get(analysis) ?? null;
}

/** Whether the workbook shows nothing, these statuses, or statuses made before a change. */
export function summaryNote(analysis: Analysis, written: Written | null, lastChange: Change = "figures"): SummaryNote {
  const errors = analysis.findings.filter((f) => f.severity === "error").length;
  if (!analysis.scorecard || errors > 0) {
    return {
      tone: "stale",
      text: `The workbook has ${errors === 1 ? "an error" : `${errors} errors`}, so no statuses are shown: a status worked out from a wrong figure would mislead. Fix ${errors === 1 ? "it" : "them"} under Check first.`,
    };
  }
  if (!written) return { tone: "info", text: "These statuses come from the workbook's figures as they are now. Refresh writes them into the workbook, with the Partnership Summary sheet." };
  const at = `${String(written.at.getHours()).padStart(2, "0")}:${String(written.at.getMinutes()).padStart(2, "0")}`;
  if (written.key === refreshKey(analysis)) return { tone: "info", text: `Written into the workbook by the refresh at ${at}.` };
  const what = lastChange === "settings" ? "the settings changed" : "the figures changed";
  return { tone: "stale", text: `Out of date: the workbook still holds the statuses its refresh at ${at} wrote, before ${what}. Refresh to write these.` };
}
