import * as files from "../../src/files";
import { WorkbookGrids } from "../../src/grid";
import { Finding } from "../../src/model";
import { RefreshPlan } from "../../src/refresh-plan";
import { SettingsValues } from "../settings-cells";
import { writeSettingsRows } from "./settings-sheet";

// The opened workbook in standalone mode, over the file adapter (src/files) only: open, read, refresh,
// save settings, give the bytes back. It runs inside the page's Web Worker (workbook-worker.ts), so
// reading and writing a large book never freezes the pane; the tests run it directly.

export class WorkbookFile {
  private changedSinceRead = false;

  private constructor(
    private loaded: files.OpenedWorkbook,
    private grids: WorkbookGrids,
  ) {}

  /** Opens the bytes; throws files.WorkbookFileError (one plain reason) for a file that is not a workbook. */
  static async open(bytes: Uint8Array): Promise<WorkbookFile> {
    const loaded = await files.loadWorkbook(bytes);
    return new WorkbookFile(loaded, loaded.grids);
  }

  /** Kinds of content (charts, macros ...) the downloaded copy will lack, in plain words. */
  get unsupported(): string[] {
    return this.loaded.unsupported;
  }

  /** The book as the engine's grids, read again only after a change. */
  read(): WorkbookGrids {
    if (this.changedSinceRead) {
      this.grids = files.workbookGrids(this.loaded.book);
      this.changedSinceRead = false;
    }
    return this.grids;
  }

  async applyRefresh(plan: RefreshPlan): Promise<Finding[]> {
    const before = await files.workbookBytes(this.loaded.book);
    try {
      files.applyPlan(this.loaded.book, plan);
    } catch (e) {
      // Never a partial write: go back to the book as it was before this refresh.
      this.loaded = { ...(await files.openWorkbook(before)), unsupported: this.loaded.unsupported };
      const message = e instanceof files.RefreshRefused ? e.message : "The refresh could not be written to the workbook.";
      return [{ severity: "error", sheet: plan.summary.sheet, cell: "A1", message, hint: "Nothing was changed." }];
    }
    this.changedSinceRead = true;
    const warning = files.unsupportedWarning(this.loaded.unsupported);
    return warning ? [{ severity: "warning", sheet: plan.sheet, cell: "A1", message: warning, hint: "Refresh the original in Excel to keep them." }] : [];
  }

  writeSettings(values: SettingsValues): Finding[] {
    writeSettingsRows(this.loaded.book, values, files.sheetGrid);
    this.changedSinceRead = true;
    return [];
  }

  bytes(): Promise<Uint8Array> {
    return files.workbookBytes(this.loaded.book);
  }
}
