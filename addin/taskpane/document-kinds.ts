import { Analysis } from "../../src/model";
import { DocumentsResult, TemplateName, annualReviews, minutes } from "./documents";

// The documents the Documents view offers, as data: the view lists these in order, and adding a kind
// of paper is one entry here (its template name is added to TemplateName in documents.ts).

export interface DocumentKind {
  id: string;
  /** The choice as the user reads it: "Annual reviews". */
  name: string;
  /** One line under the choice. */
  description: string;
  /** One document per chosen partnership (and the .zip option), or one document for the workbook. */
  perPartnership: boolean;
  /** "annual review": for "3 annual reviews downloaded". */
  noun: string;
  plural: string;
  template: TemplateName;
  build(analysis: Analysis, partnerships: readonly string[], template: Uint8Array, progress: (done: number, total: number) => Promise<void> | void): Promise<DocumentsResult>;
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  {
    id: "annual-review",
    name: "Annual reviews",
    description: "One per partnership: performance against targets, trends, good news, barriers, milestones and the reward grant.",
    perPartnership: true,
    noun: "annual review",
    plural: "annual reviews",
    template: "annual-review.docx",
    build: annualReviews,
  },
  {
    id: "minutes",
    name: "Minutes",
    description: "Of the meeting on the Meeting sheet: attendance, agenda, partnership updates, actions and the forward plan.",
    perPartnership: false,
    noun: "minutes",
    plural: "minutes",
    template: "minutes.docx",
    build: (analysis, _partnerships, template) => minutes(analysis, template),
  },
];

export function documentKind(id: string): DocumentKind {
  return DOCUMENT_KINDS.find((k) => k.id === id) ?? DOCUMENT_KINDS[0];
}
