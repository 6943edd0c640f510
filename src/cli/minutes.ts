import { buildMinutes, MINUTES_PLACEHOLDERS } from "../documents";
import { groupPaperCommand } from "./group-paper";

/** The minutes of the meeting the workbook's Meeting, Attendance, Agenda, Actions and Forward plan sheets describe. */
export const minutesCommand = groupPaperCommand({
  name: "minutes",
  summary: "write the minutes (.docx) of the meeting described in the workbook to FILE",
  placeholders: MINUTES_PLACEHOLDERS,
  build: buildMinutes,
  warning: (analysis) => (analysis.papers.meeting ? null : "the workbook has no Meeting sheet; the minutes prompt for its title, date and venue."),
});
