import { Analysis } from "../../src/model";
import { PlainSentenceError } from "../../src/errors";
import { paperFileStem } from "../../src/file-name";
import type { PlaceholderSpec } from "../../src/documents";

// The Word documents from the pane. docx and jszip are loaded with import() only when a document is
// asked for, so the pane's first download stays small. Templates are fetched from the add-in's own
// site (dist/templates/), never from anywhere else.

export interface DocumentFile {
  fileName: string;
  bytes: Uint8Array;
}

export type DocumentsResult = { ok: true; files: DocumentFile[] } | { ok: false; problems: string[] };

export type TemplateName = "annual-review.docx" | "mid-year-report.docx" | "progress-update.docx" | "minutes.docx" | "board-report.docx";

/** Fetches a template shipped beside the pane. */
export async function fetchTemplate(name: TemplateName, base: string = document.baseURI): Promise<Uint8Array> {
  const response = await fetch(new URL(`templates/${name}`, base).toString());
  if (!response.ok) throw new PlainSentenceError(`The Word template ${name} could not be loaded from the add-in (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

type Documents = typeof import("../../src/documents");
/** The builders of the papers written one per partnership, by the name the pane knows them. */
export type PartnershipBuilder = "buildAnnualReview" | "buildMidYearReport" | "buildProgressUpdate";

const PLACEHOLDERS: Record<PartnershipBuilder, (d: Documents) => readonly PlaceholderSpec[]> = {
  buildAnnualReview: (d) => d.ANNUAL_REVIEW_PLACEHOLDERS,
  buildMidYearReport: (d) => d.MID_YEAR_REPORT_PLACEHOLDERS,
  buildProgressUpdate: (d) => d.PROGRESS_UPDATE_PLACEHOLDERS,
};
const TEMPLATES: Record<PartnershipBuilder, TemplateName> = {
  buildAnnualReview: "annual-review.docx",
  buildMidYearReport: "mid-year-report.docx",
  buildProgressUpdate: "progress-update.docx",
};

/**
 * One document per partnership from one builder, each named "<partnership> <noun>.docx". Built one
 * at a time, the progress awaited before each so the pane paints "Writing 2 of 6" first.
 */
export async function partnershipDocuments(
  builder: PartnershipBuilder,
  noun: string,
  analysis: Analysis,
  partnerships: readonly string[],
  template: Uint8Array,
  onProgress: (done: number, total: number) => Promise<void> | void = () => undefined,
): Promise<DocumentsResult> {
  const documents: Documents = await import(/* webpackChunkName: "documents" */ "../../src/documents");
  // The template read and checked once, for every partnership's paper.
  const prepared = await documents.PaperTemplate.prepare(template, PLACEHOLDERS[builder](documents), TEMPLATES[builder]);
  if (!prepared.ok) return { ok: false, problems: prepared.problems.map((p) => `${p.message}. ${p.hint}.`) };
  const files: DocumentFile[] = [];
  for (const [i, name] of partnerships.entries()) {
    await onProgress(i, partnerships.length);
    const result = await documents[builder](analysis, name, prepared.template);
    if (!result.ok) return { ok: false, problems: result.problems.map((p) => `${p.message}. ${p.hint}.`) };
    files.push({ fileName: `${paperFileStem(name, noun, analysis.reportingPeriod)}.docx`, bytes: result.bytes });
  }
  await onProgress(partnerships.length, partnerships.length);
  return { ok: true, files };
}

export async function minutes(analysis: Analysis, template: Uint8Array): Promise<DocumentsResult> {
  const documents = await import(/* webpackChunkName: "documents" */ "../../src/documents");
  const result = await documents.buildMinutes(analysis, template);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => `${p.message}. ${p.hint}.`) };
  // Named by the meeting's date, so each meeting's minutes keep a file of their own.
  const meeting = analysis.papers.meeting;
  const date = meeting?.date instanceof Date ? meeting.date.toISOString().slice(0, 10) : typeof meeting?.date === "string" ? meeting.date : null;
  const fileName = meeting?.title ? paperFileStem(meeting.title, "minutes", date, "Minutes") : paperFileStem("Minutes", "", date);
  return { ok: true, files: [{ fileName: `${fileName}.docx`, bytes: result.bytes }] };
}

/** Several documents as one .zip. */
export async function zipOf(files: readonly DocumentFile[]): Promise<Uint8Array> {
  const { default: JSZip } = await import(/* webpackChunkName: "jszip" */ "jszip");
  const zip = new JSZip();
  for (const file of files) zip.file(file.fileName, file.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
