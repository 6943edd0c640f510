import { STATUS_FILL } from "../colours";
import { Correction, Fact } from "../facts";
import { ActionItem } from "../model";
import { Block, Cell, paragraph, prompt, spacer, table } from "./blocks";
import { formatPaperDate } from "../format";
import { indicatorName } from "./partnership-data";
import { joinAnd } from "../words";

// The exception rows a performance system such as Pentana prints for each indicator that needs
// action (src/facts.ts, Correction: the one set of facts gives each its action, owner, date and
// note, so the covering report and a partnership's papers print the same row): for each Red
// indicator and each emerging concern, the corrective action, who owns it, when improvement is
// expected and the latest note. Where the book has none, the cell says so and a prompt under the
// table asks for it, so the paper stays a DRAFT until the officer has said what is being done.

export interface ExceptionRow {
  fact: Fact;
  /** Why it has a row: Red, an emerging concern, or both. */
  why: string;
  action: ActionItem | null;
  note: string | null;
}

const WHY: Record<Correction["why"], string> = { red: "Red", both: "Red, and worse two periods running", emergingConcern: "Emerging concern: worse two periods running" };

/** The rows of the facts that need one, in the facts' order. */
export function exceptionRows(facts: readonly Fact[]): ExceptionRow[] {
  return facts.flatMap((fact) => (fact.correction ? [{ fact, why: WHY[fact.correction.why], action: fact.correction.action, note: fact.correction.note }] : []));
}

/** What the book lacks, as prompts under the table (table cells hold plain text), so DRAFT counts them. */
function missing(rows: readonly ExceptionRow[]): Block[] {
  const noAction = rows.filter((r) => !r.action).map((r) => r.fact.rating.indicator.ref);
  const noNote = rows.filter((r) => !r.note).map((r) => r.fact.rating.indicator.ref);
  const out: Block[] = [];
  if (noAction.length > 0) out.push(prompt(`No corrective action for ${joinAnd(noAction)}: add one on the Actions sheet naming the indicator's ref, with its owner and the date improvement is expected (Due).`));
  if (noNote.length > 0) out.push(prompt(`No latest note for ${joinAnd(noNote)}: add one in the Commentary sheet (Section: Barriers) naming the indicator's ref.`));
  return out;
}

/** The caption of the table in every paper: one name for one table. */
export const EXCEPTION_ROWS_CAPTION = "Corrective actions for Red indicators and emerging concerns";

/**
 * The table of exception rows, then a prompt for every action or note the book does not have; each
 * indicator's partnership under its name where the table spans partnerships (the covering report).
 */
export function exceptionRowsTable(rows: readonly ExceptionRow[], options: { partnerships: boolean }): Block[] {
  if (rows.length === 0) return [];
  const cells: Cell[][] = rows.map((r) => {
    const rating = r.fact.rating;
    return [
      { text: indicatorName(rating), notes: options.partnerships ? [rating.indicator.partnership] : [] },
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
    table(["Indicator", "Status", "Corrective action", "Owner", "Improvement expected by", "Latest note"], cells, [160, 85, 180, 95, 145, 235], EXCEPTION_ROWS_CAPTION),
    spacer(),
    ...missing(rows),
  ];
}
