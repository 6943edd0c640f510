import { buildBoardReport, BOARD_REPORT_PLACEHOLDERS } from "../documents";
import { groupPaperCommand } from "./group-paper";

/** The covering report for the whole group: every partnership's position, the exceptions across the agreement and the recommendations. */
export const boardReportCommand = groupPaperCommand({
  name: "board-report",
  summary: "write the covering report (.docx) for the group: every partnership, the exceptions across the agreement and the recommendations",
  placeholders: BOARD_REPORT_PLACEHOLDERS,
  build: buildBoardReport,
  warning: (analysis) => (analysis.scorecard?.settings.contact ? null : "no contact officer in the Settings sheet (Contact officer); the report prompts for one."),
});
