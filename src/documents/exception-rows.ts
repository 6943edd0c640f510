import { STATUS_FILL } from "../colours";
import { Fact } from "../facts";
import { names } from "../mentions";
import { ActionItem, Analysis } from "../model";
import { actionDone } from "../progress";
import { partnershipKey } from "../keys";
import { Block, Cell, paragraph, prompt, spacer, table } from "./blocks";
import { formatPaperDate } from "../format";
import { contradicts, indicatorName } from "./partnership-data";

// The exception rows a performance system such as Pentana prints for each indicator that needs
// action: for each Red indicator and each emerging concern, the corrective action, who owns it, when
// improvement is expected and the latest note. The action is the first open one on the Actions sheet
// that names the indicator's ref (done ones are history, not a plan); the note is the last paragraph
// of the partnership's Commentary that names it. Where the book has none, the cell is a prompt, so
// the paper stays a DRAFT until the officer has said what is being done.

export interface ExceptionRow {
  fact: Fact;
  /** Why it has a row: Red, an emerging concern, or both. */
  why: string;
  action: ActionItem | null;
  note: string | null;
}

/** Whether a fact needs a row: Red now, or worse two periods running. */
export function needsRow(fact: Fact): boolean {
  return fact.rating.status === "Red" || !!fact.exception?.reasons.some((r) => r.kind === "emergingConcern");
}

export function exceptionRows(analysis: Analysis, facts: readonly Fact[]): ExceptionRow[] {
  return facts.filter(needsRow).map((fact) => {
    const { indicator } = fact.rating;
    const red = fact.rating.status === "Red";
    const concern = !!fact.exception?.reasons.some((r) => r.kind === "emergingConcern");
    const why = red && concern ? "Red, and worse two periods running" : red ? "Red" : "Emerging concern: worse two periods running";

    const action = analysis.papers.actions.find((a) => !actionDone(a) && names(a.action, indicator)) ?? null;
    const key = partnershipKey(indicator.partnership);
    // A paragraph the figures contradict is a prompt in every paper, so it is never quoted here as the latest word.
    const notes = analysis.papers.commentary.filter((c) => partnershipKey(c.partnership) === key && names(c.text, indicator) && !contradicts(analysis, c));
    return { fact, why, action, note: notes.length > 0 ? notes[notes.length - 1].text : null };
  });
}

/** What the book lacks, as prompts under the table (table cells hold plain text), so DRAFT counts them. */
function missing(rows: readonly ExceptionRow[]): Block[] {
  const noAction = rows.filter((r) => !r.action).map((r) => r.fact.rating.indicator.ref);
  const noNote = rows.filter((r) => !r.note).map((r) => r.fact.rating.indicator.ref);
  const out: Block[] = [];
  if (noAction.length > 0) out.push(prompt(`No corrective action for ${noAction.join(", ")}: add one on the Actions sheet naming the indicator's ref, with its owner and the date improvement is expected (Due).`));
  if (noNote.length > 0) out.push(prompt(`No latest note for ${noNote.join(", ")}: add one in the Commentary sheet (Section: Barriers) naming the indicator's ref.`));
  return out;
}

/** The table of exception rows, then a prompt for every action or note the book does not have. */
export function exceptionRowsTable(rows: readonly ExceptionRow[], caption: string): Block[] {
  if (rows.length === 0) return [];
  const cells: Cell[][] = rows.map((r) => {
    const rating = r.fact.rating;
    return [
      { text: indicatorName(rating), notes: [rating.indicator.partnership] },
      // The status says Red; the note only what it adds (an emerging concern).
      { text: rating.status, fill: STATUS_FILL[rating.status], notes: r.why === "Red" ? [] : [r.why === "Red, and worse two periods running" ? "and worse two periods running" : "emerging concern"] },
      { text: r.action ? r.action.action : "None recorded", notes: r.action ? [`Action ${r.action.no}`] : [] },
      { text: r.action?.owner ?? "Not recorded" },
      { text: r.action ? formatPaperDate(r.action.due) || "Not recorded" : "Not recorded" },
      { text: r.note ?? "None recorded" },
    ];
  });
  return [
    paragraph("For each Red indicator and each emerging concern, what is being done about it:", true),
    table(["Indicator", "Status", "Corrective action", "Owner", "Improvement expected by", "Latest note"], cells, [165, 85, 185, 95, 125, 245], caption),
    spacer(),
    ...missing(rows),
  ];
}
