import { Analysis } from "../../src/model";
import { paperFileStem } from "../../src/file-name";
import { DocumentsResult, TemplateName, minutes, partnershipDocuments } from "./documents";

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
    build: (analysis, partnerships, template, progress) => partnershipDocuments("buildAnnualReview", "annual review", analysis, partnerships, template, progress),
  },
  {
    id: "mid-year-report",
    name: "Mid-year reports",
    description: "One per partnership: the half-year position against this year's targets, what changed since the year's start, the exceptions and the milestones for the rest of the year.",
    perPartnership: true,
    noun: "mid-year report",
    plural: "mid-year reports",
    template: "mid-year-report.docx",
    build: (analysis, partnerships, template, progress) => partnershipDocuments("buildMidYearReport", "mid-year report", analysis, partnerships, template, progress),
  },
  {
    id: "progress-update",
    name: "Progress updates",
    description: "One per partnership, for the next meeting: agreed updates, the exceptions picked out by rule under the forward plan's headings, and the milestones due next.",
    perPartnership: true,
    noun: "progress update",
    plural: "progress updates",
    template: "progress-update.docx",
    build: (analysis, partnerships, template, progress) => partnershipDocuments("buildProgressUpdate", "progress update", analysis, partnerships, template, progress),
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
  {
    id: "board-report",
    name: "Covering report",
    description: "One for the whole group: every partnership's status and movement, a chart, the exceptions across the agreement, corrective actions and the recommendations.",
    perPartnership: false,
    noun: "covering report",
    plural: "covering reports",
    template: "board-report.docx",
    build: async (analysis, _partnerships, template) => {
      const documents = await import(/* webpackChunkName: "documents" */ "../../src/documents");
      const result = await documents.buildBoardReport(analysis, template);
      if (!result.ok) return { ok: false, problems: result.problems.map((p) => `${p.message}. ${p.hint}.`) };
      return { ok: true, files: [{ fileName: `${paperFileStem("LAA", "performance report", analysis.reportingPeriod)}.docx`, bytes: result.bytes }] };
    },
  },
];

export function documentKind(id: string): DocumentKind {
  return DOCUMENT_KINDS.find((k) => k.id === id) ?? DOCUMENT_KINDS[0];
}
