import { analyse } from "../src/engine";
import { WorkbookGrids } from "../src/grid";
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

/** Told as each step starts; awaited, so the pane paints its progress (and the page breathes) between steps. */
export type OnStep = (step: RefreshStep) => Promise<void> | void;

export type CheckOutcome = Checked | { kind: "unreadable"; sentence: string };

/**
 * Reads and checks the workbook. A source that can check where the workbook lives (the standalone
 * page's Web Worker) does so there, and the pane's thread only receives the analysis.
 */
export function validateWorkbook(source: WorkbookSource, onStep: OnStep = () => undefined): Promise<CheckOutcome> {
  return source.check ? source.check() : checkWorkbook(() => source.read(), onStep);
}

/** The grids read, then analysed: the one sequence wherever it runs. Never throws. */
export async function checkWorkbook(read: () => Promise<WorkbookGrids> | WorkbookGrids, onStep: OnStep = () => undefined): Promise<CheckOutcome> {
  try {
    const workbook = await read();
    // Reading a big book and checking it in one go would hold the pane's thread past 100 ms.
    await onStep("checking");
    const analysis = analyse(workbook);
    return { kind: "checked", analysis, written: writtenState(workbook, analysis) };
  } catch (error) {
    return { kind: "unreadable", sentence: sentenceOf(error) };
  }
}

export async function refreshWorkbook(source: WorkbookSource, onStep: OnStep = () => undefined): Promise<RefreshRun> {
  await onStep("reading");
  const checked = await validateWorkbook(source, onStep);
  if (checked.kind === "unreadable") return checked;
  const { analysis, written } = checked;
  if (hasErrors(analysis.findings) || !analysis.scorecard) return { kind: "invalid", analysis, written: null };
  await onStep("writing");
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
