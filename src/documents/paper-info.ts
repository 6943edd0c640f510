import { Analysis } from "../model";
import { formatPeriod, periodEnd } from "../periods";
import { formatDate } from "./format";

// What every paper says about itself: its date, and who it is from.

/**
 * The date a paper bears: the meeting's it is for (Meeting sheet: Date), else the end of the
 * reporting period, said as such; never the day the file happened to be made. Null when the book has neither.
 */
export function paperDateText(analysis: Analysis): string | null {
  const meeting = analysis.papers.meeting?.date;
  if (meeting instanceof Date) return formatDate(meeting);
  const period = analysis.reportingPeriod;
  if (period) return `${formatDate(periodEnd(period))} (end of ${formatPeriod(period)})`;
  return null;
}

/** Who a paper is from, for its document properties: the Area (Settings), else the product. */
export function authorOf(analysis: Analysis): string {
  return analysis.scorecard?.settings.area?.trim() || "LAA Scorecard";
}
