import { partnershipKey } from "./keys";
import { ActionItem, Analysis, CommentaryEntry, ForwardPlanItem, PaperDate, Papers, Partnership, Period } from "./model";
import { periodEnd } from "./periods";
import { ownedBy } from "./owners";

// What a partnership's progress update needs from the meeting sheets (docs/exceptions.md, "The
// meeting, due by and the next period"). The Meeting sheet records the last meeting (its minutes,
// its action log); the progress updates are for the next one, and report the actions agreed at the
// last: so the updates are for the Next meeting, and for the Date only when no next meeting is given.

const DAY = 24 * 60 * 60 * 1000;
/** "Please send updated workplans ... at least 7 calendar days before each meeting." */
export const DAYS_BEFORE_MEETING = 7;

export interface ProgressMeeting {
  title: string | null;
  /** The meeting the updates are for, and its time and venue where the sheet gives them. */
  date: PaperDate;
  time: string | null;
  venue: string | null;
  /** The meeting date less 7 calendar days; null when the date is not a date ("tbc"). */
  dueBy: Date | null;
  /** The next period runs from the day after the meeting to this date, inclusive; null without a meeting date. */
  nextPeriodEnd: Date | null;
}

function isDate(d: PaperDate | undefined): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

/** The meeting date less 7 calendar days. */
export function dueBy(meetingDate: PaperDate): Date | null {
  return isDate(meetingDate) ? new Date(meetingDate.getTime() - DAYS_BEFORE_MEETING * DAY) : null;
}

/** The first forward-plan date after the meeting (the meeting after it), else three months after it. */
export function nextPeriodEnd(meetingDate: PaperDate, forwardPlan: readonly ForwardPlanItem[]): Date | null {
  if (!isDate(meetingDate)) return null;
  const later = forwardPlan.map((f) => f.date).filter((d): d is Date => isDate(d) && d > meetingDate).sort((a, b) => a.getTime() - b.getTime());
  return later[0] ?? new Date(Date.UTC(meetingDate.getUTCFullYear(), meetingDate.getUTCMonth() + 3, meetingDate.getUTCDate()));
}

/** The meeting the progress updates are for: the Meeting sheet's Next meeting, else its Date. Null without a Meeting sheet. */
export function progressMeeting(papers: Papers): ProgressMeeting | null {
  const m = papers.meeting;
  if (!m) return null;
  const next = m.nextMeeting !== null;
  const date = next ? m.nextMeeting : m.date;
  return {
    title: m.title,
    date,
    time: next ? (m.nextMeetingTime ?? null) : m.time,
    venue: next ? (m.nextMeetingVenue ?? null) : m.venue,
    dueBy: dueBy(date),
    nextPeriodEnd: nextPeriodEnd(date, papers.forwardPlan),
  };
}

/**
 * When figures for `period` are due back: 7 days before the first meeting, from the one the progress
 * updates are for onward (the Meeting sheet's, then the forward plan's dates), held after the period
 * ends; a quarter's figures cannot be reported at a meeting before it is over. Null when no such
 * meeting is known.
 */
export function figuresDueBy(papers: Papers, period: Period): Date | null {
  const from = progressMeeting(papers)?.date;
  if (!isDate(from)) return null;
  const ends = periodEnd(period);
  const meetings = [from, ...papers.forwardPlan.map((f) => f.date)].filter((d): d is Date => isDate(d) && d >= from && d > ends);
  meetings.sort((a, b) => a.getTime() - b.getTime());
  return meetings.length ? dueBy(meetings[0]) : null;
}

/** A date after `after` and on or before `upTo` (a text date, "tbc", is in no period). */
function within(date: PaperDate, after: Date, upTo: Date): boolean {
  return isDate(date) && date > after && date <= upTo;
}

const DONE = new Set(["done", "complete", "completed", "closed", "finished", "achieved"]);

/** An action whose Status says it is finished ("Done", "Completed."). */
export function actionDone(action: ActionItem): boolean {
  return action.status !== null && DONE.has(action.status.toLowerCase().replace(/[^a-z]+/g, ""));
}

export interface NextPeriodMilestones {
  /** The partnership's "Milestones – 6 months" commentary: the nearest milestones the workbook records. */
  commentary: CommentaryEntry[];
  /** Forward-plan items dated in the next period that the partnership is responsible for. */
  forwardPlan: ForwardPlanItem[];
  /** Its open actions due in the next period; these are also among ProgressPapers.actions, so a paper showing both lists one once. */
  actions: ActionItem[];
}

export interface ProgressPapers {
  meeting: ProgressMeeting | null;
  /** Every action on the Actions sheet the partnership owns, in the sheet's order (the agreed updates to report). */
  actions: ActionItem[];
  milestones: NextPeriodMilestones;
}

type PartnershipNames = Pick<Partnership, "name" | "lead" | "deputy">;

/** A partnership's dated milestones in a span: its Forward plan items, and its open actions, dated after `after` and on or before `upTo`. */
export function milestonesBetween(papers: Pick<Papers, "actions" | "forwardPlan">, partnership: PartnershipNames, after: Date, upTo: Date): Omit<NextPeriodMilestones, "commentary"> {
  return {
    forwardPlan: papers.forwardPlan.filter((f) => within(f.date, after, upTo) && ownedBy(f.responsibility, partnership)),
    actions: papers.actions.filter((a) => within(a.due, after, upTo) && !actionDone(a) && ownedBy(a.owner, partnership)),
  };
}

/** The meeting sheets' part of one partnership's progress update. */
export function progressPapers(analysis: Pick<Analysis, "papers">, partnership: PartnershipNames): ProgressPapers {
  const { papers } = analysis;
  const meeting = progressMeeting(papers);
  const key = partnershipKey(partnership.name);
  const actions = papers.actions.filter((a) => ownedBy(a.owner, partnership));
  const dated = meeting && isDate(meeting.date) && meeting.nextPeriodEnd ? milestonesBetween(papers, partnership, meeting.date, meeting.nextPeriodEnd) : { forwardPlan: [], actions: [] };
  return {
    meeting,
    actions,
    milestones: {
      commentary: papers.commentary.filter((c) => c.section === "milestones6" && partnershipKey(c.partnership) === key),
      ...dated,
    },
  };
}
