import { ActionItem, ForwardPlanItem } from "../model";
import { ProgressMeeting } from "../progress";
import { Block, Cell, paragraph, paragraphs, prompt, spacer, table } from "./blocks";
import { formatDate, formatDayAndDate, formatPaperDate } from "../format";

// The parts of the progress update (and the mid-year report's milestones) drawn from the meeting
// sheets: the partnership's actions, the milestones in a span of dates, and the meeting itself.
// Which actions and items are the partnership's, and which fall in the span, is src/progress.ts.

/** "LAA Performance Management Group, Monday 16 November 2009, 9:30 to 11:00, Committee Room 2": what the book has of the meeting. */
export function meetingWords(meeting: ProgressMeeting | null): string | null {
  if (!meeting || (meeting.date === null && !meeting.title)) return null;
  const date = meeting.date instanceof Date ? formatDayAndDate(meeting.date) : meeting.date;
  return [meeting.title, date, meeting.time, meeting.venue].filter((s): s is string => !!s && s.trim() !== "").join(", ");
}

export interface DatedMilestones {
  forwardPlan: readonly ForwardPlanItem[];
  actions: readonly ActionItem[];
}

const time = (d: ForwardPlanItem["date"]) => (d instanceof Date ? d.getTime() : Infinity);

/** One table of the dated milestones, forward plan items and actions together, soonest first. */
function milestoneTable(dated: DatedMilestones, caption: string): Block[] {
  const rows = [
    ...dated.forwardPlan.map((f) => ({ when: time(f.date), cells: [{ text: formatPaperDate(f.date) }, { text: f.item }, { text: f.responsibility ?? "" }, { text: "Forward plan" }] })),
    ...dated.actions.map((a) => ({ when: time(a.due), cells: [{ text: formatPaperDate(a.due) }, { text: a.action }, { text: a.owner ?? "" }, { text: `Action ${a.no}` }] })),
  ].sort((a, b) => a.when - b.when);
  if (rows.length === 0) return [];
  return [table(["Due", "Milestone", "Responsibility", "From"], rows.map((r) => r.cells as Cell[]), [150, 430, 200, 120], caption), spacer()];
}

/**
 * The milestones of a span: the partnership's "Milestones – 6 months" commentary, then its forward
 * plan items and open actions dated in the span. `span` says which dates ("from 17 November to 15
 * December 2009"); `none` prompts the author when there is nothing.
 */
export function datedMilestonesSection(commentary: readonly string[], dated: DatedMilestones, span: string | null, none: string): Block[] {
  const words = commentary.flatMap((t) => paragraphs(t));
  const listed = milestoneTable(dated, `Milestones due ${span ?? ""}`.trim());
  if (words.length + listed.length === 0) return [prompt(none)];
  const intro = listed.length > 0 && span ? [paragraph(`From the forward plan and the action log, due ${span}:`, true)] : [];
  return [...words, ...intro, ...listed];
}

/** "from 17 November 2009 to 15 December 2009". */
export function spanWords(after: Date, upTo: Date): string {
  const first = new Date(after.getTime() + 24 * 60 * 60 * 1000);
  return `from ${formatDate(first)} to ${formatDate(upTo)}`;
}

/**
 * "Agreed updates from previous meetings": the actions the partnership owns (Actions sheet), those
 * due in the next period left to the milestones so that each is listed once, then its commentary.
 */
export function agreedUpdatesSection(actions: readonly ActionItem[], milestones: readonly ActionItem[], commentary: readonly string[], partnership: string): Block[] {
  const shown = actions.filter((a) => !milestones.includes(a));
  const blocks: Block[] = [];
  if (shown.length > 0) {
    const rows: Cell[][] = shown.map((a) => [{ text: a.no }, { text: a.action }, { text: a.owner ?? "" }, { text: formatPaperDate(a.due) }, { text: a.status ?? "" }]);
    blocks.push(paragraph(`Actions of ${partnership} in the action log:`, true), table(["No", "Action", "Owner", "Due", "Status"], rows, [50, 430, 140, 120, 110], `Actions of ${partnership}`), spacer());
  }
  if (milestones.length > 0) {
    const nos = milestones.map((a) => a.no);
    const which = nos.length === 1 ? `Action ${nos[0]} is` : `Actions ${nos.join(", ")} are`;
    blocks.push(paragraph(`${which} due in the next period, so ${nos.length === 1 ? "it is" : "they are"} listed under the milestones below.`));
  }
  blocks.push(...commentary.flatMap((t) => paragraphs(t)));
  if (shown.length === 0 && commentary.length === 0) {
    blocks.push(prompt(`${milestones.length > 0 ? "No other action" : "No action"} on the Actions sheet is owned by ${partnership}, its lead or its deputy, and no agreed updates are recorded. Add them in the Commentary sheet (Section: Agreed updates).`));
  }
  return blocks;
}
