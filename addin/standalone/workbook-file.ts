import * as files from "../../src/files";
import { WorkbookGrids } from "../../src/grid";
import { Finding } from "../../src/model";
import { RefreshPlan } from "../../src/refresh-plan";
import { MergePlan } from "../../src/returns/merge-model";
import { SettingsValues } from "../settings-cells";
import { settingsWrite } from "./settings-sheet";

// The opened workbook in standalone mode, over the file adapter (src/files) only: open, read, refresh,
// save settings, give the bytes back. A refresh or a settings change makes new bytes from the current
// ones with the same patcher as the command line, so the page and the command line write the same file.
// It runs inside the page's Web Worker (workbook-worker.ts), so reading and writing a large book never
// freezes the pane; the tests run it directly.

export class WorkbookFile {
  private constructor(private loaded: files.LoadedWorkbook) {}

  /** Opens the bytes; throws files.WorkbookFileError (one plain reason) for a file that is not a workbook. */
  static async open(bytes: Uint8Array): Promise<WorkbookFile> {
    return new WorkbookFile(await files.loadWorkbook(bytes));
  }

  /** "xlsx" or "xlsm" (or a template's kind), as the workbook part declares it. */
  get kind(): string {
    return this.loaded.kind;
  }

  /** The book as the engine's grids (each sheet read when first looked at), from the current bytes. */
  read(): WorkbookGrids {
    return this.loaded.grids;
  }

  async applyRefresh(plan: RefreshPlan): Promise<Finding[]> {
    try {
      // New bytes from the current ones: a refusal leaves the workbook as it was.
      this.loaded = await files.loadWorkbook(await files.refreshedBytes(this.loaded, plan));
    } catch (e) {
      // A refusal names the sheet at fault (the scorecard when it is protected, not the summary).
      if (e instanceof files.RefreshRefused) return [{ ...e.asFinding(plan.sheet), hint: "Nothing was changed." }];
      return [{ severity: "error", sheet: plan.sheet, cell: "A1", message: "The refresh could not be written to the workbook.", hint: "Nothing was changed." }];
    }
    return [];
  }

  async writeSettings(values: SettingsValues): Promise<Finding[]> {
    const write = settingsWrite(this.loaded.grids, values);
    if (!write) return [];
    try {
      this.loaded = await files.loadWorkbook(await files.cellsWrittenBytes(this.loaded, write.target, write.writes));
    } catch (e) {
      const message = e instanceof files.RefreshRefused ? e.message : "The settings could not be written to the workbook.";
      const sheet = "sheet" in write.target ? write.target.sheet : write.target.newSheet;
      return [{ severity: "error", sheet, cell: "A1", message, hint: "Nothing was changed." }];
    }
    return [];
  }

  /** The returns' figures and words, with the command line's merge patch; a refusal changes nothing. */
  async applyMerge(plan: MergePlan): Promise<Finding[]> {
    try {
      this.loaded = await files.loadWorkbook(files.mergedPackage(this.loaded, plan));
    } catch (e) {
      if (e instanceof files.RefreshRefused) return [{ ...e.asFinding(plan.scorecard.sheet), hint: "Nothing was changed." }];
      return [{ severity: "error", sheet: plan.scorecard.sheet, cell: "A1", message: "The returns could not be written to the workbook.", hint: "Nothing was changed." }];
    }
    return [];
  }

  async bytes(): Promise<Uint8Array> {
    return this.loaded.bytes.slice();
  }
}
