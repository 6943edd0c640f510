import type { LoadedWorkbook } from "../../src/files";
import { PlainSentenceError } from "../../src/errors";
import { WorkbookGrids } from "../../src/grid";
import { Finding, Settings } from "../../src/model";
import { RefreshPlan } from "../../src/refresh-plan";
import { WorkbookSource } from "../source";
import { settingsWrite } from "./settings-sheet";

// Standalone mode: the pane's WorkbookSource over an .xlsx or .xlsm the user opened in the browser. The
// user's bytes are never changed; a refresh and a settings change each make new bytes through the same
// file adapter as the command line (src/files), which the user downloads as a new file.

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

/** The file adapter, loaded on first use so it stays out of the pane's first download. */
function filesAdapter(): Promise<typeof import("../../src/files")> {
  return import("../../src/files");
}

/** Opens a picked file as a WorkbookSource, or throws OpenRefused with one plain sentence. */
export async function openWorkbookFile(file: PickedFile, onSelect?: SelectHandler): Promise<FileWorkbookSource> {
  // The file's bytes, not its name, tell what it is (the adapter knows .xls, .xlsb, Word, CSV ...).
  if (file.size > MAX_WORKBOOK_BYTES) {
    throw new OpenRefused(
      `"${file.name}" is ${megabytes(file.size)} MB, more than the ${megabytes(MAX_WORKBOOK_BYTES)} MB this page can open; ` +
        "use the command line (npm run scorecard) for a workbook this large.",
    );
  }
  const files = await filesAdapter();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new OpenRefused(`"${file.name}" could not be read; check that it is still where it was and try again.`);
  }
  try {
    const loaded = await files.loadWorkbook(bytes.slice());
    return new FileWorkbookSource(file.name, bytes, loaded, onSelect);
  } catch (e) {
    if (e instanceof files.WorkbookFileError) throw new OpenRefused(e.sentenceFor(file.name));
    throw new OpenRefused(`"${file.name}" could not be opened as an Excel workbook (.xlsx).`);
  }
}

export type SelectHandler = (sheet: string, cell: string) => void;

export class FileWorkbookSource implements WorkbookSource {
  readonly kind = "file" as const;
  /** True once a refresh or a settings change made the in-memory book differ from the opened file. */
  private changed = false;
  /** True from a change until the workbook is next taken for download: leaving now would lose work. */
  private pending = false;

  constructor(
    readonly label: string,
    /** The bytes as opened: never modified. */
    private readonly original: Uint8Array,
    /** The workbook as it now stands: the opened file, or the bytes of the last refresh or settings change. */
    private loaded: LoadedWorkbook,
    private readonly onSelect: SelectHandler = () => undefined,
  ) {}

  async read(): Promise<WorkbookGrids> {
    // From the current bytes, so a settings change or a refresh is seen by the next validation.
    return this.loaded.grids;
  }

  async applyRefresh(plan: RefreshPlan): Promise<Finding[]> {
    const files = await filesAdapter();
    try {
      // New bytes from the current ones: a refusal leaves the workbook as it was.
      this.loaded = await files.loadWorkbook(await files.refreshedBytes(this.loaded, plan));
    } catch (e) {
      const message = e instanceof files.RefreshRefused ? e.message : "The refresh could not be written to the workbook.";
      return [{ severity: "error", sheet: plan.summary.sheet, cell: "A1", message, hint: "Nothing was changed." }];
    }
    this.changed = this.pending = true;
    return [];
  }

  async writeSettings(values: Partial<Pick<Settings, "reportingPeriod" | "amberTolerance">>): Promise<Finding[]> {
    const write = settingsWrite(this.loaded.grids, values);
    if (!write) return [];
    const files = await filesAdapter();
    try {
      this.loaded = await files.loadWorkbook(await files.cellsWrittenBytes(this.loaded, write.target, write.writes));
    } catch (e) {
      const message = e instanceof files.RefreshRefused ? e.message : "The settings could not be written to the workbook.";
      const sheet = "sheet" in write.target ? write.target.sheet : write.target.newSheet;
      return [{ severity: "error", sheet, cell: "A1", message, hint: "Nothing was changed." }];
    }
    this.changed = this.pending = true;
    return [];
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.onSelect(sheet, cell);
  }

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

  /** The refreshed workbook to download: a new file name beside the user's, of the same kind, and its bytes. */
  async refreshedWorkbook(): Promise<{ fileName: string; bytes: Uint8Array }> {
    this.pending = false;
    return { fileName: refreshedName(this.label, `.${this.loaded.kind}`), bytes: this.loaded.bytes.slice() };
  }
}

/**
 * "Essex scorecard.xlsx" -> "Essex scorecard (refreshed).xlsx"; an earlier "(refreshed)" is not doubled.
 * The extension is the workbook's kind: a macro-enabled book stays .xlsm, or Excel would refuse it.
 */
export function refreshedName(fileName: string, extension = ".xlsx"): string {
  const base = fileName.replace(/\.xl[st][xm]?$/i, "").replace(/\s*\(refreshed\)$/i, "");
  return `${base} (refreshed)${extension}`;
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}
