import { ANNUAL_REVIEW_PLACEHOLDERS, buildAnnualReview } from "../documents";
import { partnershipPaperCommand } from "./partnership-command";

/** One annual review per thematic partnership (or the one named), each .docx named after its partnership. */
export const annualReviewCommand = partnershipPaperCommand({
  command: "annual-review",
  noun: "annual review",
  summary: "write an annual review (.docx) for each partnership, or the one named, into DIR",
  template: "annual-review.docx",
  placeholders: ANNUAL_REVIEW_PLACEHOLDERS,
  build: buildAnnualReview,
});
