import { Analysis, Attendee, Meeting } from "../model";
import { agendaBlocks, sameName } from "./agenda";
import { Block, Cell, paragraph, prompt, promptRun, run, spacer, table } from "./blocks";
import { Fill } from "./fill";
import { formatDayAndDate, formatPaperDate } from "../format";
import { authorOf } from "./paper-info";
import { saysChair } from "../words";
import { MINUTES_PLACEHOLDERS } from "./placeholders";
import { DocumentOptions, DocumentResult, buildPaper } from "./paper";
import { PaperTemplate } from "./paper-template";
import { TemplateData } from "./template-data";

// The minutes of a partnership meeting (documents spec), shaped like the Essex LAA Performance
// Management Group's: attendees with the chair marked once, apologies, numbered items each with its
// discussion, decisions and actions (agenda.ts), the thematic partnership updates drafted from the
// scorecard (partnership-updates.ts), the action log, the next meeting, and the forward plan as Annex A.

/**
 * Who chairs, and who chaired this meeting. The chair is the Meeting sheet's, else the one the
 * Attendance sheet marks as chairing. A chair who sent apologies is not present: whoever the
 * Attendance sheet says was in the chair ("Present (Vice-chair, in the chair)") chaired, else
 * nobody the book names, and the signature line is left to the author.
 */
export interface Chairing {
  /** The chair's name, and their row on the Attendance sheet if they are on it. */
  chair: string | null;
  chairRow: Attendee | null;
  /** Whether the chair sent apologies. */
  chairAway: boolean;
  /** Someone else the Attendance sheet says was in the chair, if any. */
  acting: Attendee | null;
}

export function chairingOf(analysis: Analysis): Chairing {
  const people = analysis.papers.attendance;
  const chair = analysis.papers.meeting?.chair ?? people.find((a) => a.chairing && a.attendance !== "In attendance")?.name ?? null;
  const chairRow = chair ? people.find((a) => sameName(a.name, chair)) ?? null : null;
  const acting = people.find((a) => a.chairing && a.attendance === "Present" && (!chair || !sameName(a.name, chair))) ?? null;
  return { chair, chairRow, chairAway: chairRow?.attendance === "Apologies", acting };
}

/** "Peter Lowton – ACC Essex Police (Chair)": the chair marked where they are, once ("(Chair)" not added to a role that says so). */
function person(a: Attendee, mark: string | null): Block {
  const role = a.organisation ? ` – ${a.organisation}` : "";
  const note = a.note ? ` (${a.note})` : "";
  const said = saysChair(a.organisation) || saysChair(a.note ?? null);
  const marked = mark && !said ? ` (${mark})` : "";
  return paragraph([run(a.name, { bold: mark !== null }), run(role + note + marked)], { after: 40 });
}

function attendees(analysis: Analysis, chairing: Chairing): Block[] {
  const { chair, chairRow, acting } = chairing;
  const present = analysis.papers.attendance.filter((a) => a.attendance === "Present");
  // Whoever was in the chair comes first, as minutes list them. A chair missing from the Attendance
  // sheet is still named, unless the sheet says someone else was in the chair.
  const first: { row: Attendee; mark: string } | null = acting
    ? { row: acting, mark: "in the chair" }
    : chair && (chairRow === null || chairRow.attendance === "Present")
      ? { row: chairRow ?? { name: chair, organisation: null, attendance: "Present" }, mark: "Chair" }
      : null;
  const others = present.filter((a) => a !== first?.row);
  const blocks = [...(first ? [person(first.row, first.mark)] : []), ...others.map((a) => person(a, null))];
  return blocks.length > 0 ? blocks : [prompt("No attendees recorded. List them on the Attendance sheet (Attendance: Present).")];
}

function named(analysis: Analysis, kind: "Apologies" | "In attendance", chairing: Chairing): Block[] {
  const list = analysis.papers.attendance.filter((a) => a.attendance === kind);
  return list.length > 0 ? list.map((a) => person(a, a === chairing.chairRow ? "Chair" : null)) : [paragraph("None.")];
}

/** The signature line's name: who chaired, with the capacity they chaired in; a prompt when the book does not say. */
function signatory(chairing: Chairing): Fill {
  const { chair, chairAway, acting } = chairing;
  if (acting) return { inline: [run(`${acting.name}, in the chair`)] };
  if (chair && !chairAway) return { inline: [run(`${chair}, Chair`)] };
  if (chair) return { inline: [promptRun(`Name of who chaired: the Chair, ${chair}, sent apologies (Attendance sheet: mark who was in the chair)`)] };
  return { inline: [promptRun("Name of the chair (Meeting sheet: Chair)")] };
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
  const chairing = chairingOf(analysis);
  return {
    title: inline(m?.title ?? null, "Meeting title (Meeting sheet: Title)"),
    date: inline(m?.date ? formatPaperDate(m.date) : null, "Date not recorded (Meeting sheet: Date)"),
    time: inline(m?.time ?? null, "not recorded (Meeting sheet: Time)"),
    venue: inline(m?.venue ?? null, "not recorded (Meeting sheet: Venue)"),
    chair: signatory(chairing),
    attendees: { blocks: attendees(analysis, chairing) },
    apologies: { blocks: named(analysis, "Apologies", chairing) },
    in_attendance: { blocks: named(analysis, "In attendance", chairing) },
    agenda: { blocks: agendaBlocks(analysis) },
    action_log: { blocks: actionLog(analysis) },
    forward_plan: { blocks: forwardPlan(analysis) },
    next_meeting: inline(nextMeetingText(m), "to be arranged (Meeting sheet: Next meeting)"),
  };
}

/** Checks the template, then fills it; nothing is generated when the template has a problem. */
export async function buildMinutes(analysis: Analysis, template: TemplateData | PaperTemplate, options: DocumentOptions = {}): Promise<DocumentResult> {
  return buildPaper(template, MINUTES_PLACEHOLDERS, "minutes.docx", options, () => {
    const m = analysis.papers.meeting;
    const title = m?.title ?? "Minutes";
    const date = m?.date ? `, ${formatPaperDate(m.date)}` : "";
    return {
      fills: minutesFills(analysis),
      info: {
        title: `${title} minutes${date}${m?.approved ? "" : " (draft)"}`,
        subject: `Minutes of the ${title}${date}`,
        author: authorOf(analysis),
        keywords: "LAA; minutes",
        // Minutes are a draft until the next meeting approves them (Meeting sheet: Minutes status).
        draft: m?.approved ? undefined : "subject to approval at the next meeting",
      },
    };
  });
}
