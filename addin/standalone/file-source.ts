import { PlainSentenceError } from "../../src/errors";
import { WorkbookGrids } from "../../src/grid";
import { Finding } from "../../src/model";
import { RefreshPlan } from "../../src/refresh-plan";
import { MergePlan } from "../../src/returns/merge-model";
import type { CheckOutcome } from "../refresh-run";
import { SettingsValues } from "../settings-cells";
import { WorkbookSource } from "../source";
import { OpenFailure, WorkbookBackend } from "./workbook-backend";

// Standalone mode: the pane's WorkbookSource over an .xlsx or .xlsm the user opened in the browser. The
// user's bytes are never changed; a refresh and a settings change make new bytes in the backend (a Web
// Worker in the browser) through the same file adapter as the command line (src/files), which the user
// downloads as a new file.

/**
 * Largest workbook we open: 10 MB. The file adapter reads only the sheets the engine looks at and
 * patches the package rather than holding a model of the book, so memory stays a small multiple of
 * the uncompressed sheets; a real scorecard of a few hundred indicators is well under 1 MB. Bigger
 * books go through the command line, which has no browser tab to crash.
 */
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

/** What a file input hands us (a browser File), kept small so tests can pass a plain object. */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A file we will not open, with the one plain sentence the user reads; nothing else happens. */
export class OpenRefused extends PlainSentenceError {
  constructor(message: string) {
    super(message);
    this.name = "OpenRefused";
  }
}

/** Opens a picked file as a WorkbookSource, or throws OpenRefused with one plain sentence. */
export async function openWorkbookFile(file: PickedFile, backend: WorkbookBackend): Promise<FileWorkbookSource> {
  // The file's bytes, not its name, tell what it is (the adapter knows .xls, .xlsb, Word, CSV ...).
  if (file.size > MAX_WORKBOOK_BYTES) {
    throw new OpenRefused(
      `"${file.name}" is ${megabytes(file.size)} MB, more than the ${megabytes(MAX_WORKBOOK_BYTES)} MB this page can open; ` +
        "use the command line (npm run scorecard) for a workbook this large.",
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new OpenRefused(`"${file.name}" could not be read; check that it is still where it was and try again.`);
  }
  try {
    const opened = await backend.open(bytes.slice());
    return new FileWorkbookSource(file.name, bytes, backend, opened.kind);
  } catch (e) {
    backend.close();
    if (e instanceof OpenFailure && e.reason) throw new OpenRefused(`"${file.name}" ${e.reason}.`);
    throw new OpenRefused(`"${file.name}" could not be opened as an Excel workbook (.xlsx).`);
  }
}

export class FileWorkbookSource implements WorkbookSource {
  readonly kind = "file" as const;
  /** True once a refresh or a settings change made the copy differ from the opened file. */
  private changed = false;
  /** True from a change until the workbook is next taken for download: leaving now would lose work. */
  private pending = false;

  constructor(
    readonly label: string,
    /** The bytes as opened: never modified. */
    private readonly original: Uint8Array,
    private readonly backend: WorkbookBackend,
    /** The workbook's kind ("xlsx", "xlsm"): the download keeps it, or Excel would refuse the file. */
    private readonly workbookKind: string = "xlsx",
  ) {}

  read(): Promise<WorkbookGrids> {
    return this.backend.read();
  }

  /** Read and checked in the worker: a county's book never holds the page's thread while it is checked. */
  check(): Promise<CheckOutcome> {
    return this.backend.check();
  }

  async applyRefresh(plan: RefreshPlan): Promise<Finding[]> {
    const findings = await this.backend.applyRefresh(plan);
    if (!findings.some((f) => f.severity === "error")) this.changed = this.pending = true;
    return findings;
  }

  async writeSettings(values: SettingsValues): Promise<Finding[]> {
    const findings = await this.backend.writeSettings(values);
    this.changed = this.pending = true;
    return findings;
  }

  /** The returns' figures and words, written into the copy as the command line's merge-returns writes them. */
  async applyMerge(plan: MergePlan): Promise<Finding[]> {
    const findings = await this.backend.applyMerge(plan);
    if (!findings.some((f) => f.severity === "error")) this.changed = this.pending = true;
    return findings;
  }

  /** Lets the workbook go: another file replaced it. */
  close(): void {
    this.backend.close();
  }

  /** A file has no cursor to move: the pane says where the cell is instead. */
  async select(): Promise<void> {}

  /** Whether there is anything new to download. */
  get hasChanges(): boolean {
    return this.changed;
  }

  /** Whether there are changes not yet taken for download. */
  get hasUndownloadedChanges(): boolean {
    return this.pending;
  }

  /** The opened file's bytes, exactly as they were. */
  originalBytes(): Uint8Array {
    return this.original.slice();
  }

  /**
   * The workbook to download, named for what it is: "(refreshed)" only when its statuses are those
   * its figures and settings give now, otherwise "(not refreshed)".
   */
  async workbookToDownload(refreshed: boolean): Promise<{ fileName: string; bytes: Uint8Array }> {
    const bytes = await this.backend.bytes();
    this.pending = false;
    return { fileName: downloadName(this.label, refreshed, `.${this.workbookKind}`), bytes };
  }
}

/**
 * "Essex scorecard.xlsx" -> "Essex scorecard (refreshed).xlsx", or "(not refreshed)"; an earlier
 * mark is not doubled. The extension is the workbook's kind: a macro-enabled book stays .xlsm, or
 * Excel would refuse it.
 */
export function downloadName(fileName: string, refreshed: boolean, extension = ".xlsx"): string {
  const base = fileName.replace(/\.xl[st][xm]?$/i, "").replace(/\s*\((not )?refreshed\)$/i, "");
  return `${base} (${refreshed ? "refreshed" : "not refreshed"})${extension}`;
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}
