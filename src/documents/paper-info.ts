import { Analysis } from "../model";
import { formatPeriod, periodEnd } from "../periods";
import { formatDate } from "../format";

// What every paper says about itself: its date, and who it is from.

/**
 * The date a paper bears, saying what it is: the meeting's it is for, the one the progress updates
 * and the covering report are for (Meeting sheet: Next meeting, else Date; the Date is the meeting
 * the minutes record, already held), else the end of the reporting period; never the day the file
 * happened to be made (that is {{generated}}, labelled as such). Null when the book has none.
 */
export function paperDateText(analysis: Analysis): string | null {
  const meeting = analysis.papers.meeting;
  const date = meeting?.nextMeeting instanceof Date ? meeting.nextMeeting : meeting?.date;
  if (date instanceof Date) return `${formatDate(date)} (${meeting?.title ? `meeting of the ${meeting.title}` : "date of the meeting"})`;
  const period = analysis.reportingPeriod;
  if (period) return `${formatDate(periodEnd(period))} (end of ${formatPeriod(period)})`;
  return null;
}

/** Who a paper is from, for its document properties: the Area (Settings), else the product. */
export function authorOf(analysis: Analysis): string {
  return analysis.scorecard?.settings.area?.trim() || "LAA Scorecard";
}
