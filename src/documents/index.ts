// The Word documents: pure builders (no fs, no network), run by the CLI in node and by the task pane in a browser.
export { buildAnnualReview, annualReviewFills } from "./annual-review";
export type { DocumentOptions, DocumentResult } from "./annual-review";
export { buildMinutes, minutesFills } from "./minutes";
export { checkTemplate } from "./template-check";
export type { TemplateFinding } from "./template-check";
export type { TemplateData } from "./template-data";
export { ANNUAL_REVIEW_PLACEHOLDERS, MINUTES_PLACEHOLDERS } from "./placeholders";
export type { PlaceholderSpec } from "./placeholders";
export { countsSentence } from "./counts";
export { safeFileName, uniqueFileNames } from "./file-name";
