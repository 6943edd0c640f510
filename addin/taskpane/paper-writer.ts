import { paperFileStem } from "../../src/file-name";
import { Analysis } from "../../src/model";
import { documentKind } from "./document-kinds";
import { DocumentFile, zipOf } from "./documents";

// Writing the chosen papers, and packing several into one .zip: everything between the user's choice
// and the bytes handed over. In the browser and in Excel it runs in the pane's Web Worker
// (standalone/workbook-worker.ts), so a set of papers never holds the pane's thread; the tests, and a
// host that refuses workers, run it in the page.

export interface PapersAsked {
  /** A DocumentKind's id ("annual-review"). */
  kindId: string;
  analysis: Analysis;
  partnerships: string[];
  template: Uint8Array;
  /** Several papers of a kind written per partnership go in one .zip. */
  zip: boolean;
}

export type PapersProgress = { step: "writing"; done: number; total: number } | { step: "packing" };

export type PapersWritten =
  /**
   * `count` papers were written; `files` are what to hand over (the papers, or one .zip holding them);
   * `papers` the papers themselves, for a hand-over that cannot take the .zip in one go.
   */
  | { ok: true; count: number; files: DocumentFile[]; zipped: boolean; papers: DocumentFile[] }
  | { ok: false; problems: string[] };

export interface PaperWriter {
  write(asked: PapersAsked, onProgress: (progress: PapersProgress) => Promise<void> | void): Promise<PapersWritten>;
  /** Gets ready to write (the worker started, its code loaded) while the user chooses: the Documents view was opened. */
  prepare?(): void;
}

/** Loads the papers' code (docx and jszip), so the first Download waits for no script. */
export async function preparePapers(): Promise<void> {
  await Promise.all([import(/* webpackChunkName: "documents" */ "../../src/documents"), import(/* webpackChunkName: "jszip" */ "jszip")]);
}

export async function writePapers(asked: PapersAsked, onProgress: (progress: PapersProgress) => Promise<void> | void): Promise<PapersWritten> {
  const kind = documentKind(asked.kindId);
  const result = await kind.build(asked.analysis, asked.partnerships, asked.template, (done, total) => onProgress({ step: "writing", done, total }));
  if (!result.ok) return result;
  const count = result.files.length;
  if (!(kind.perPartnership && asked.zip && count > 1)) return { ok: true, count, files: result.files, zipped: false, papers: result.files };
  await onProgress({ step: "packing" });
  // The period in the .zip's name too, as in each paper's (src/file-name.ts).
  const fileName = `${paperFileStem(kind.name, "", asked.analysis.reportingPeriod, kind.name)}.zip`;
  return { ok: true, count, files: [{ fileName, bytes: await zipOf(result.files) }], zipped: true, papers: result.files };
}

/** The papers written on the page's own thread. */
export const inPagePapers: PaperWriter = { write: writePapers };
