import type { OpenedWorkbook } from "../../src/files";
import { PlainSentenceError } from "../../src/errors";
import { WorkbookGrids } from "../../src/grid";
import { Finding, Settings } from "../../src/model";
import { RefreshPlan } from "../../src/refresh-plan";
import { WorkbookSource } from "../source";
import { writeSettingsRows } from "./settings-sheet";

// Standalone mode: the pane's WorkbookSource over an .xlsx the user opened in the browser. The user's
// bytes are never changed; a refresh and a settings change edit an in-memory copy, which the user
// downloads as a new file.

/**
 * Largest workbook we open: 10 MB. exceljs holds the whole book in memory, measured here at about 70 MB
 * of heap per MB of .xlsx (20,000 rows: 2.8 MB on disk, some 200 MB in memory, 0.9 s to read), and a
 * refresh briefly holds a second copy. 10 MB is ~70,000 rows and ~0.7 GB: near what a browser tab
 * bears without crashing. A real scorecard of a few hundred indicators is well under 1 MB; bigger books
 * go through the command line, which has no tab to crash.
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

/** The exceljs adapter, loaded on first use so exceljs stays out of the pane's first download. */
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
    const loaded = await files.openWorkbook(bytes.slice());
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
    /** The bytes as opened: never modified, kept to start again from after a failed write. */
    private readonly original: Uint8Array,
    private loaded: OpenedWorkbook,
    private readonly onSelect: SelectHandler = () => undefined,
  ) {}

  /** Kinds of content (charts, macros ...) the downloaded copy will lack, in plain words. */
  get unsupported(): readonly string[] {
    return this.loaded.unsupported;
  }

  async read(): Promise<WorkbookGrids> {
    const files = await filesAdapter();
    // From the in-memory book, so a settings change or a refresh is seen by the next validation.
    return files.workbookGrids(this.loaded.book);
  }

  async applyRefresh(plan: RefreshPlan): Promise<Finding[]> {
    const files = await filesAdapter();
    const before = await files.workbookBytes(this.loaded.book);
    try {
      files.applyPlan(this.loaded.book, plan);
    } catch (e) {
      // Never a partial write: go back to the book as it was before this refresh.
      this.loaded = { ...(await files.openWorkbook(before)), unsupported: this.loaded.unsupported };
      const message = e instanceof files.RefreshRefused ? e.message : "The refresh could not be written to the workbook.";
      return [{ severity: "error", sheet: plan.summary.sheet, cell: "A1", message, hint: "Nothing was changed." }];
    }
    this.changed = this.pending = true;
    const warning = files.unsupportedWarning(this.loaded.unsupported);
    return warning
      ? [{ severity: "warning", sheet: plan.sheet, cell: "A1", message: warning, hint: "Refresh the original in Excel to keep them." }]
      : [];
  }

  async writeSettings(values: Partial<Pick<Settings, "reportingPeriod" | "amberTolerance">>): Promise<Finding[]> {
    const files = await filesAdapter();
    writeSettingsRows(this.loaded.book, values, files.sheetGrid);
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

  /** The refreshed workbook to download: a new file name beside the user's, and its bytes. */
  async refreshedWorkbook(): Promise<{ fileName: string; bytes: Uint8Array }> {
    const files = await filesAdapter();
    const bytes = await files.workbookBytes(this.loaded.book);
    this.pending = false;
    return { fileName: refreshedName(this.label), bytes };
  }
}

/** "Essex scorecard.xlsx" -> "Essex scorecard (refreshed).xlsx"; an earlier "(refreshed)" is not doubled. */
export function refreshedName(fileName: string): string {
  const base = fileName.replace(/\.xls[xm]?$/i, "").replace(/\s*\(refreshed\)$/i, "");
  return `${base} (refreshed).xlsx`;
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}
