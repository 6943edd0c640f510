// The Word documents: pure builders (no fs, no network), run by the CLI in node and by the task pane in a browser.
export { buildAnnualReview, annualReviewFills } from "./annual-review";
export type { DocumentOptions, DocumentResult } from "./paper";
export { buildProgressUpdate, progressUpdateFills } from "./progress-update";
export { buildMidYearReport, midYearReportFills } from "./mid-year-report";
export { buildMinutes, minutesFills } from "./minutes";
export { checkTemplate } from "./template-check";
export type { TemplateFinding } from "./template-check";
export type { TemplateData } from "./template-data";
export { ANNUAL_REVIEW_PLACEHOLDERS, BOARD_REPORT_PLACEHOLDERS, MID_YEAR_REPORT_PLACEHOLDERS, MINUTES_PLACEHOLDERS, PROGRESS_UPDATE_PLACEHOLDERS } from "./placeholders";
export type { PlaceholderSpec } from "./placeholders";
export { countsSentence } from "./counts";
// The building blocks other papers reuse (tables, charts, trend sentences, data awaited, Word craft).
export { performanceTable, performanceRow } from "./performance-table";
export { chartBlock, indicatorChart } from "./charts";
export { trendSentence, trendSentences } from "./trends";
export { awaitedFigures, awaitedSentence } from "./data-due";
export { fillTemplate } from "./fill";
export { PaperTemplate } from "./paper-template";
export type { Fill, PaperInfo } from "./fill";
export { documentProblems } from "./package-check";
export { buildBoardReport, boardReportFills } from "./board-report";
