import { buildProgressUpdate, PROGRESS_UPDATE_PLACEHOLDERS } from "../documents";
import { progressMeeting } from "../progress";
import { partnershipPaperCommand } from "./partnership-command";

/** One progress update per thematic partnership (or the one named), for the next meeting, each .docx named after its partnership. */
export const progressUpdateCommand = partnershipPaperCommand({
  command: "progress-update",
  noun: "progress update",
  summary: "write a progress update (.docx) for each partnership, or the one named, for the next meeting, into DIR",
  template: "progress-update.docx",
  placeholders: PROGRESS_UPDATE_PLACEHOLDERS,
  build: buildProgressUpdate,
  warning({ papers }) {
    const meeting = progressMeeting(papers);
    if (!meeting) return "the workbook has no Meeting sheet; the progress updates prompt for the meeting and give no due-by date.";
    return meeting.dueBy ? null : "the Meeting sheet gives no date for the next meeting; the progress updates give no due-by date and no next period.";
  },
});
