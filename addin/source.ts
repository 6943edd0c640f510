import { WorkbookGrids } from "../src/grid";
import { Finding, Settings } from "../src/model";
import { RefreshPlan } from "../src/refresh-plan";
import { MergePlan } from "../src/returns/merge-model";
import type { CheckOutcome } from "./refresh-run";

// Where the pane's workbook lives. In Excel it is the open workbook (Office.js); outside Office
// (standalone mode) it is an .xlsx or .xlsm the user opened (src/files). The pane talks only to this interface,
// so every button works the same over both.
export interface WorkbookSource {
  readonly kind: "excel" | "file";
  /** A name to show the user: the file name, or "this workbook". */
  readonly label: string;
  /** The whole workbook as the engine's grids. */
  read(): Promise<WorkbookGrids>;
  /** Reads and checks the workbook where it lives, when that is off the pane's thread (the standalone page's Web Worker). */
  check?(): Promise<CheckOutcome>;
  /** Applies a refresh; returns findings (a protected sheet, a sheet being edited) instead of throwing. */
  applyRefresh(plan: RefreshPlan): Promise<Finding[]>;
  /** Writes Settings keys (creating the Settings sheet if needed); returns findings instead of throwing. */
  writeSettings(values: Partial<Pick<Settings, "reportingPeriod" | "amberTolerance">>): Promise<Finding[]>;
  /** Writes the partner returns' figures and words the merge planned, nothing else; returns findings instead of throwing. */
  applyMerge(plan: MergePlan): Promise<Finding[]>;
  /** Of these cells of a sheet, those holding a formula, where read() does not say (Excel gives values only). */
  formulaCells?(sheet: string, cells: readonly string[]): Promise<string[]>;
  /** Takes the user to a cell (Excel selects it; a file source may ignore it). */
  select(sheet: string, cell: string): Promise<void>;
}
