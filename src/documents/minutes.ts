import { HeadingLevel, Paragraph } from "docx";
import { ActionItem, AgendaItem, Analysis, Attendee } from "../model";
import { Block, Cell, bullet, label, paragraph, paragraphs, prompt, run, spacer, table } from "./blocks";
import { DocumentOptions, DocumentResult } from "./annual-review";
import { Fill, fillTemplate } from "./fill";
import { formatPaperDate } from "./format";
import { partnershipUpdates } from "./partnership-updates";
import { MINUTES_PLACEHOLDERS } from "./placeholders";
import { checkTemplate } from "./template-check";
import { TemplateData, templateBytes } from "./template-data";

// The minutes of a partnership meeting (documents spec), shaped like the Essex LAA Performance
// Management Group's: attendees, apologies, numbered items each with its discussion and actions,
// the thematic partnership updates drafted from the scorecard, the action log and forward plan.

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function person(a: Attendee, chair: string | null): Paragraph {
  const role = a.organisation ? ` – ${a.organisation}` : "";
  const marked = chair && sameName(a.name, chair) ? " (Chair)" : "";
  return new Paragraph({ children: [run(a.name, { bold: marked !== "" }), run(role + marked)], spacing: { after: 40 } });
}

function attendees(analysis: Analysis): Block[] {
  const chair = analysis.papers.meeting?.chair ?? null;
  const present = analysis.papers.attendance.filter((a) => a.attendance === "Present");
  // The chair first, as minutes list them; a chair missing from the Attendance sheet is still named.
  const chairRow = chair ? present.find((a) => sameName(a.name, chair)) ?? { name: chair, organisation: null, attendance: "Present" as const } : null;
  const others = present.filter((a) => !chair || !sameName(a.name, chair));
  const list = chairRow ? [chairRow, ...others] : others;
  return list.length > 0 ? list.map((a) => person(a, chair)) : [prompt("No attendees recorded. List them on the Attendance sheet (Attendance: Present).")];
}

function named(analysis: Analysis, kind: "Apologies" | "In attendance"): Block[] {
  const list = analysis.papers.attendance.filter((a) => a.attendance === kind);
  return list.length > 0 ? list.map((a) => person(a, null)) : [paragraph("None.")];
}

/** Actions of the log that belong to an agenda item, by its number or title. */
function actionsOf(item: AgendaItem, actions: ActionItem[]): ActionItem[] {
  const digits = (s: string) => s.replace(/^\s*(item\s*(no\.?)?)\s*/i, "").replace(/\.$/, "").trim().toLowerCase();
  return actions.filter((a) => a.item !== null && (digits(a.item) === digits(item.no) || sameName(a.item, item.item)));
}

function actionLine(a: ActionItem): string {
  // A date reads "due 16 November 2009"; text such as "Timescales to be agreed" reads as typed.
  const due = a.due instanceof Date ? `due ${formatPaperDate(a.due)}` : formatPaperDate(a.due);
  const detail = [a.owner ? `Owner: ${a.owner}` : "", due].filter((s) => s !== "").join(", ");
  return detail ? `${a.action} (${detail})` : a.action;
}

const UPDATES = /thematic|partnership (update|progress)/i;

function itemHeading(no: string, title: string): Paragraph {
  const number = /^\d+$/.test(no) ? `${no}. ` : no ? `${no} ` : "";
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(`${number}${title}`)], keepNext: true });
}

function agenda(analysis: Analysis): Block[] {
  const { agenda: items, actions } = analysis.papers;
  const blocks: Block[] = [];
  let updatesPlaced = false;
  for (const item of items) {
    blocks.push(itemHeading(item.no, item.item));
    if (item.discussion) blocks.push(...paragraphs(item.discussion));
    if (!updatesPlaced && UPDATES.test(item.item)) {
      blocks.push(...partnershipUpdates(analysis));
      updatesPlaced = true;
    }
    const linked = actionsOf(item, actions);
    if (item.decision || linked.length > 0) {
      blocks.push(label("Action:"));
      if (item.decision) blocks.push(...paragraphs(item.decision));
      blocks.push(...linked.map((a) => bullet(actionLine(a))));
    }
    if (!item.discussion && !item.decision && linked.length === 0 && !UPDATES.test(item.item)) blocks.push(prompt("No discussion recorded. Add it on the Agenda sheet (Discussion)."));
  }
  if (!updatesPlaced) {
    const last = Math.max(0, ...items.map((i) => Number(i.no)).filter((n) => Number.isInteger(n)));
    blocks.push(itemHeading(String(last + 1), "Thematic partnership updates"), ...partnershipUpdates(analysis));
  }
  return blocks;
}

function actionLog(analysis: Analysis): Block[] {
  const actions = analysis.papers.actions;
  if (actions.length === 0) return [prompt("No actions recorded. Add them on the Actions sheet.")];
  const rows: Cell[][] = actions.map((a) => [{ text: a.no }, { text: a.action }, { text: a.owner ?? "" }, { text: formatPaperDate(a.due) }, { text: a.status ?? "" }]);
  return [table(["No", "Action", "Owner", "Due", "Status"], rows, [50, 430, 140, 120, 110]), spacer()];
}

function forwardPlan(analysis: Analysis): Block[] {
  const plan = analysis.papers.forwardPlan;
  if (plan.length === 0) return [prompt("No forward plan recorded. Add it on the Forward plan sheet.")];
  const rows: Cell[][] = plan.map((f) => [{ text: formatPaperDate(f.date) }, { text: f.item }, { text: f.responsibility ?? "" }]);
  return [table(["Date", "Item", "Responsibility"], rows, [150, 450, 200]), spacer()];
}

function inline(value: string | null, missing: string): Fill {
  return { inline: [value ? run(value) : run(missing, { italics: true, colour: "595959" })] };
}

export function minutesFills(analysis: Analysis): Record<string, Fill> {
  const m = analysis.papers.meeting;
  return {
    title: inline(m?.title ?? null, "Meeting title (Meeting sheet: Title)"),
    date: inline(m?.date ? formatPaperDate(m.date) : null, "Date not recorded (Meeting sheet: Date)"),
    time: inline(m?.time ?? null, "not recorded"),
    venue: inline(m?.venue ?? null, "not recorded"),
    chair: inline(m?.chair ?? null, "Chair"),
    attendees: { blocks: attendees(analysis) },
    apologies: { blocks: named(analysis, "Apologies") },
    in_attendance: { blocks: named(analysis, "In attendance") },
    agenda: { blocks: agenda(analysis) },
    action_log: { blocks: actionLog(analysis) },
    forward_plan: { blocks: forwardPlan(analysis) },
    next_meeting: inline(m?.nextMeeting ? formatPaperDate(m.nextMeeting) : null, "to be arranged"),
  };
}

/** Checks the template, then fills it; nothing is generated when the template has a problem. */
export async function buildMinutes(analysis: Analysis, template: TemplateData, options: DocumentOptions = {}): Promise<DocumentResult> {
  const bytes = await templateBytes(template);
  const problems = await checkTemplate(bytes, MINUTES_PLACEHOLDERS, options.templateName ?? "minutes.docx");
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, bytes: await fillTemplate(bytes, minutesFills(analysis), analysis.papers.meeting?.title ?? "Minutes") };
}
