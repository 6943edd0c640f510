import { Analysis, Attendee, Meeting } from "../model";
import { agendaBlocks, sameName } from "./agenda";
import { Block, Cell, paragraph, prompt, promptRun, run, spacer, table } from "./blocks";
import { Fill } from "./fill";
import { formatDayAndDate, formatPaperDate } from "./format";
import { authorOf } from "./paper-info";
import { MINUTES_PLACEHOLDERS } from "./placeholders";
import { DocumentOptions, DocumentResult, buildPaper } from "./paper";
import { TemplateData } from "./template-data";

// The minutes of a partnership meeting (documents spec), shaped like the Essex LAA Performance
// Management Group's: attendees with the chair marked once, apologies, numbered items each with its
// discussion, decisions and actions (agenda.ts), the thematic partnership updates drafted from the
// scorecard (partnership-updates.ts), the action log, the next meeting, and the forward plan as Annex A.

/** Whether an organisation or role already says its holder chairs ("ACC Essex Police (Chair)"), not as vice or deputy. */
function saysChair(role: string | null): boolean {
  return role !== null && /(?<!vice[\s-]?|deputy\s|co-)\bchair(man|woman|person)?\b/i.test(role);
}

function person(a: Attendee, chair: string | null): Block {
  const role = a.organisation ? ` – ${a.organisation}` : "";
  const isChair = chair !== null && sameName(a.name, chair);
  const marked = isChair && !saysChair(a.organisation) ? " (Chair)" : "";
  return paragraph([run(a.name, { bold: isChair }), run(role + marked)], { after: 40 });
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

function actionLog(analysis: Analysis): Block[] {
  const actions = analysis.papers.actions;
  if (actions.length === 0) return [prompt("No actions recorded. Add them on the Actions sheet.")];
  const rows: Cell[][] = actions.map((a) => [{ text: a.no }, { text: a.action }, { text: a.owner ?? "" }, { text: formatPaperDate(a.due) }, { text: a.status ?? "" }]);
  return [table(["No", "Action", "Owner", "Due", "Status"], rows, [50, 430, 140, 120, 110], "Action log"), spacer()];
}

function forwardPlan(analysis: Analysis): Block[] {
  const plan = analysis.papers.forwardPlan;
  if (plan.length === 0) return [prompt("No forward plan recorded. Add it on the Forward plan sheet.")];
  const rows: Cell[][] = plan.map((f) => [{ text: formatPaperDate(f.date) }, { text: f.item }, { text: f.responsibility ?? "" }]);
  return [table(["Date", "Item", "Responsibility"], rows, [150, 450, 200], "Forward plan: items for future meetings"), spacer()];
}

/** "Monday 16 November 2009, 9:30 to 11:00, Committee Room 1, County Hall": what the book has of the next meeting. */
export function nextMeetingText(meeting: Meeting | null): string | null {
  const when = meeting?.nextMeeting;
  if (!when) return null;
  const date = when instanceof Date ? formatDayAndDate(when) : when;
  return [date, meeting?.nextMeetingTime, meeting?.nextMeetingVenue].filter((s): s is string => !!s && s.trim() !== "").join(", ");
}

function inline(value: string | null, missing: string): Fill {
  return { inline: [value ? run(value) : promptRun(missing)] };
}

export function minutesFills(analysis: Analysis): Record<string, Fill> {
  const m = analysis.papers.meeting;
  return {
    title: inline(m?.title ?? null, "Meeting title (Meeting sheet: Title)"),
    date: inline(m?.date ? formatPaperDate(m.date) : null, "Date not recorded (Meeting sheet: Date)"),
    time: inline(m?.time ?? null, "not recorded (Meeting sheet: Time)"),
    venue: inline(m?.venue ?? null, "not recorded (Meeting sheet: Venue)"),
    chair: inline(m?.chair ?? null, "Chair"),
    attendees: { blocks: attendees(analysis) },
    apologies: { blocks: named(analysis, "Apologies") },
    in_attendance: { blocks: named(analysis, "In attendance") },
    agenda: { blocks: agendaBlocks(analysis) },
    action_log: { blocks: actionLog(analysis) },
    forward_plan: { blocks: forwardPlan(analysis) },
    next_meeting: inline(nextMeetingText(m), "to be arranged (Meeting sheet: Next meeting)"),
  };
}

/** Checks the template, then fills it; nothing is generated when the template has a problem. */
export async function buildMinutes(analysis: Analysis, template: TemplateData, options: DocumentOptions = {}): Promise<DocumentResult> {
  return buildPaper(template, MINUTES_PLACEHOLDERS, "minutes.docx", options, () => {
    const m = analysis.papers.meeting;
    const title = m?.title ?? "Minutes";
    const date = m?.date ? `, ${formatPaperDate(m.date)}` : "";
    return {
      fills: minutesFills(analysis),
      info: { title: `${title} minutes${date}`, subject: `Minutes of the ${title}${date}`, author: authorOf(analysis), keywords: "LAA; minutes" },
    };
  });
}
