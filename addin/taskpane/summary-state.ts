import { blocksReading, blocksRefreshOnly } from "../../src/findings";
import { Analysis } from "../../src/model";
import { joinAnd, plural } from "../../src/words";
import { WrittenState } from "../../src/written";

// Whether the statuses the Summary shows are the ones in the workbook. The Summary always shows what
// the figures give now; the workbook's own columns and summary sheet, compared with what a refresh
// would write (src/written.ts), say whether it holds them, or something older.

export interface SummaryNote {
  tone: "info" | "stale";
  text: string;
}

export interface NoteContext {
  /** When this pane's last refresh wrote the workbook, if it did. */
  refreshedAt: Date | null;
  /** The settings were saved since this pane last refreshed (or opened) the workbook. */
  settingsChanged: boolean;
}

const NOT_WRITTEN = "These statuses come from the figures as they are now; Refresh writes them into the workbook.";

/** Whether the workbook shows nothing, these statuses, or statuses made before a change. */
export function summaryNote(analysis: Analysis, written: WrittenState | null, context: NoteContext): SummaryNote {
  const errors = analysis.findings.filter((f) => f.severity === "error").length;
  if (!analysis.scorecard || blocksReading(analysis.findings)) {
    return {
      tone: "stale",
      text: `The workbook has ${errors === 1 ? "an error" : `${plural(errors, "error")}`}, so no statuses are shown: a status worked out from a wrong figure would mislead. Fix ${errors === 1 ? "it" : "them"} under Check first.`,
    };
  }
  const stopper = analysis.findings.find(blocksRefreshOnly);
  if (stopper) return { tone: "stale", text: refreshOnlyText(stopper.message, errors) };
  if (!written || written.kind === "none") return { tone: "info", text: NOT_WRITTEN };
  if (written.kind === "current") {
    const at = context.refreshedAt;
    return { tone: "info", text: at ? `Written into the workbook by the refresh at ${clock(at)}.` : "The workbook already holds these statuses: its Status column and Partnership Summary sheet match the figures as they are now." };
  }
  const since = context.settingsChanged ? ", since the settings changed" : "";
  const first = written.statuses[0];
  if (first) {
    const held = first.written ? `is ${first.written} there` : "is blank there";
    const n = written.statuses.length;
    return {
      tone: "stale",
      text: `Out of date: ${plural(n, "indicator")} ${n === 1 ? "has" : "have"} another status in the workbook's Status column${since} (${first.ref} ${held}, ${first.now} now). Refresh to write these.`,
    };
  }
  const parts = [...written.columns.map((c) => `${c} column`), ...(written.summary ? ["Partnership Summary sheet"] : [])];
  return {
    tone: "stale",
    text: `Out of date: the workbook's ${joinAnd(parts)} ${parts.length === 1 ? "differs" : "differ"} from what the figures give now${since}. Refresh to write these.`,
  };
}

/** "14:05": when a refresh was written. */
export function clock(at: Date): string {
  return `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
}

/** The banner while only a refresh is stopped: what Refresh cannot do and why, and that the rest works. */
export function refreshOnlyText(message: string, errors: number): string {
  const more = errors > 1 ? ` (and ${plural(errors - 1, "more problem")} listed under Check)` : "";
  return `Refresh cannot write the statuses into this workbook: ${message.replace(/\.$/, "")}${more}. The statuses below come from the figures, which are sound; Check and Documents work as usual.`;
}
