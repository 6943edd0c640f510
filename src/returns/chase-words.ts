import { formatDayAndDate } from "../format";
import { sheetCellRef } from "../grid";
import { ReturnFinding } from "../findings";
import { formatPeriod } from "../periods";
import { joinAnd, plural } from "../words";
import { ChaseEntry, FigureChange, MergePlan, TextChange } from "./merge-model";
import { RETURN_SHEETS } from "./return-book";

// The merge's report in words: what was taken from each return, the conflicts, the findings at their
// cells, and the chase list; and each lead's short letter. The command line prints these, the pane
// shows them, and the letters are written as .docx by src/documents/chase-letter.ts.

export interface ChaseLetter {
  partnership: string;
  to: string;
  title: string;
  opening: string;
  lists: { heading: string; items: string[] }[];
  closing: string;
}

/** Whether a partnership has anything to chase. */
export function hasChase(entry: ChaseEntry): boolean {
  return !entry.returned || entry.missing.length > 0 || entry.queried.length > 0 || entry.conflicts.length > 0 || entry.refused.length > 0;
}

const DIFFERS = "Where your return differs from the scorecard";

const conflictLine = (c: FigureChange | TextChange) =>
  "ref" in c ? `${c.ref} (${c.period}): you gave ${c.shown}; the scorecard holds ${c.oldShown}.` : `${c.heading}: your words differ from those already in the scorecard.`;

export function chaseLetter(entry: ChaseEntry, plan: Pick<MergePlan, "period">, dueBy: Date | null): ChaseLetter {
  const period = formatPeriod(plan.period);
  const lists: ChaseLetter["lists"] = [];
  const toCome = stillToCome(entry);
  // A title with brackets of its own ("(all adults)") has its period set off by a comma, never bracketed twice.
  if (toCome.length) lists.push({ heading: "Figures still to come", items: toCome.map((m) => `${m.ref} ${m.title}${m.title.endsWith(")") ? `, ${m.period}` : ` (${m.period})`}`) });
  if (entry.queried.length) lists.push({ heading: "Figures to confirm", items: entry.queried.map((q) => `${q.ref} ${q.title}: you gave ${q.shown}, far from its last figure. Please confirm it or send the right one.`) });
  if (entry.refused.length) lists.push({ heading: "Figures we could not take", items: entry.refused.map((f) => `${f.message} (${f.sheet} sheet, cell ${f.cell}).`) });
  if (entry.conflicts.length) lists.push({ heading: DIFFERS, items: entry.conflicts.map(conflictLine) });
  const by = dueBy ? ` by ${formatDayAndDate(dueBy)}` : "";
  return {
    partnership: entry.partnership,
    to: `${entry.lead ?? "The lead"}, lead for ${entry.partnership}${entry.deputy ? ` (copy: ${entry.deputy}, deputy)` : ""}`,
    title: `${entry.partnership}: return for ${period}`,
    opening: entry.returned
      ? `Thank you for your return for ${period}. ${figuresNeeded(lists) ? "The figures below are still needed; please reply" : "Please check the points below and reply"}${by}.`
      : `We have not yet received the return for ${period} from ${entry.partnership}. Please fill in the return you were sent and send it back${by}.`,
    lists,
    closing: "Reply with the figures in the same return (it can be filled in again and resent), or by email.",
  };
}

/** Whether the letter asks for figures, not only for a look at where the return differs (words updated, say). */
const figuresNeeded = (lists: ChaseLetter["lists"]) => lists.some((l) => l.heading !== DIFFERS);

/** Figures and commentary in conflict counted apart, in the same words on every line: "2 figures and 1 commentary section in conflict". */
function inConflict(conflicts: readonly (FigureChange | TextChange)[]): string {
  const figures = conflicts.filter((c) => "ref" in c).length;
  const texts = conflicts.length - figures;
  return `${joinAnd([figures ? plural(figures, "figure") : "", texts ? plural(texts, "commentary section") : ""].filter(Boolean))} in conflict`;
}

const RETURN_SHEET_NAMES: readonly string[] = Object.values(RETURN_SHEETS);
/**
 * Where a return finding is, for the command line and the pane alike: at a return's cell, "Safer.xlsx
 * Figures!J5"; at the scorecard's own cell (a formula there), "LAA Scorecard!L33 (Safer.xlsx)", which
 * is not a cell of the return.
 */
export function findingPlace(f: ReturnFinding): string {
  const cell = f.sheet ? sheetCellRef(f.sheet, f.cell ?? "") : f.sheet;
  return f.sheet && !RETURN_SHEET_NAMES.includes(f.sheet) ? `${cell} (${f.file})` : [f.file, cell].filter(Boolean).join(" ");
}

/** What one return brought, as the report's line and --json count it. */
export interface ReturnCounts {
  /** Figures written (or overwritten). */
  figures: number;
  alreadyIn: number;
  /** Paragraphs of a section's commentary written. */
  commentary: number;
  /** Notes on figures written (each as a Data assurance paragraph): counted apart, as they are not commentary. */
  notes: number;
}

const taken = (outcome: string) => outcome === "written" || outcome === "overwritten";

/** The paragraphs of commentary and the notes on figures among texts written or to write. */
function textsTaken(texts: readonly TextChange[]): Pick<ReturnCounts, "commentary" | "notes"> {
  const written = texts.filter((t) => taken(t.outcome));
  const notes = written.filter((t) => t.kind === "note").length;
  return { commentary: written.length - notes, notes };
}

export function returnCounts(plan: Pick<MergePlan, "figures" | "texts">, file: string): ReturnCounts {
  const figures = plan.figures.filter((f) => f.file === file);
  return {
    figures: figures.filter((f) => taken(f.outcome)).length,
    alreadyIn: figures.filter((f) => f.outcome === "same").length,
    ...textsTaken(plan.texts.filter((t) => t.file === file)),
  };
}

/** ["2 paragraphs of commentary", "1 note on a figure"] (the notes only where there are any). */
function takenWords({ commentary, notes }: Pick<ReturnCounts, "commentary" | "notes">): string[] {
  const paragraphs = `${plural(commentary, "paragraph")} of commentary`;
  return notes ? [paragraphs, plural(notes, "note on a figure", "notes on figures")] : [paragraphs];
}

/** The same for texts written or to write, as the pane says them. */
export function wordsTaken(texts: readonly TextChange[]): string[] {
  return takenWords(textsTaken(texts));
}

/** The merge report the command line prints. */
export function mergeReportText(plan: MergePlan, out: string): string {
  const lines: string[] = [];
  const period = formatPeriod(plan.period);
  lines.push(`Returns for ${period} merged into ${out}:`);
  for (const r of plan.returns) {
    if (!r.taken) {
      lines.push(`  ${r.file}: not taken (see the findings)`);
      continue;
    }
    const figures = plan.figures.filter((f) => f.file === r.file);
    const texts = plan.texts.filter((t) => t.file === r.file);
    const counts = returnCounts(plan, r.file);
    const conflicts = [...figures, ...texts].filter((c) => c.outcome === "conflict");
    const parts = [
      `${plural(counts.figures, "figure")} taken`,
      counts.alreadyIn ? `${counts.alreadyIn} already in` : "",
      conflicts.length ? inConflict(conflicts) : "",
      ...takenWords(counts),
    ].filter(Boolean);
    lines.push(`  ${r.partnership}: ${parts.join(", ")}`);
  }
  const conflicts = [...plan.figures, ...plan.texts].filter((c) => c.outcome === "conflict");
  if (conflicts.length) {
    lines.push("", "Conflicts (the scorecard's value was kept; --overwrite takes the return's):");
    for (const c of conflicts) {
      lines.push("ref" in c
        ? `  ${c.ref} ${c.period}: scorecard ${c.oldShown} (${sheetCellRef(c.sheet, c.cell)}${c.formula ? ", a formula: never overwritten" : ""}), return ${c.shown} (${c.file} ${c.returnCell})`
        : `  ${c.partnership}, ${c.heading}: the scorecard already has other words (${sheetCellRef(c.sheet, c.cell)}); the return's are in ${c.file} ${c.returnCell}`);
    }
  }
  const other = plan.findings.filter((f) => f.code !== "return-conflict");
  if (other.length) {
    lines.push("", "Findings:");
    for (const f of other) lines.push(`  ${f.severity.padEnd(7)} ${findingPlace(f)}: ${f.message}. ${f.hint}.`);
  }
  lines.push("", `Chase list for ${period}:`);
  for (const c of plan.chase) lines.push(`  ${c.partnership}, ${c.lead ?? "no lead named"}: ${owedText(c)}`);
  return `${lines.join("\n")}\n`;
}

/** The missing figures the lead did not try to give: one given but not taken is said once, as not taken. */
function stillToCome(c: ChaseEntry): ChaseEntry["missing"] {
  const refused = new Set(c.refused.map((f) => f.ref));
  return c.missing.filter((m) => !refused.has(m.ref));
}

/** What a partnership still owes, on one line of the chase list: "no return received; missing NI 30 and NI 32". */
export function owedText(c: ChaseEntry): string {
  const owes: string[] = [];
  if (!c.returned) owes.push("no return received");
  const toCome = stillToCome(c);
  if (toCome.length) owes.push(`missing ${joinAnd(toCome.map((m) => m.ref))}`);
  if (c.queried.length) owes.push(`queried ${joinAnd(c.queried.map((q) => `${q.ref} (${q.shown})`))}`);
  const named = [...new Set(c.refused.flatMap((f) => (f.ref ? [f.ref] : [])))];
  const unnamed = c.refused.filter((f) => !f.ref).length;
  if (named.length) owes.push(`${joinAnd(named)} not taken`);
  if (unnamed) owes.push(`${plural(unnamed, "figure")} not taken`);
  if (c.conflicts.length) owes.push(inConflict(c.conflicts));
  return owes.length ? owes.join("; ") : "nothing owed";
}
