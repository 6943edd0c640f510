import { CellValue, WorkbookGrids, parseA1 } from "../../src/grid";
import { settingsCells } from "../../addin/settings-cells";
import { Finding, Settings } from "../../src/model";
import { RefreshPlan } from "../../src/refresh-plan";
import { MergePlan } from "../../src/returns/merge-model";
import { WorkbookSource } from "../../addin/source";

/** A WorkbookSource over fixed grids that records what the pane and the command asked of it. */
export class FakeSource implements WorkbookSource {
  /** "file" (standalone) unless a test makes it "excel". */
  kind: "excel" | "file" = "file";
  readonly label = "test.xlsx";
  plans: RefreshPlan[] = [];
  settings: Partial<Pick<Settings, "reportingPeriod" | "amberTolerance">>[] = [];
  selected: [string, string][] = [];
  merges: MergePlan[] = [];

  constructor(
    public grids: WorkbookGrids,
    private readonly refreshFindings: Finding[] = [],
  ) {}

  async read(): Promise<WorkbookGrids> {
    return this.grids;
  }
  /** Records the plan and, unless refused, writes its values into the grids, as the real adapters do. */
  async applyRefresh(plan: RefreshPlan): Promise<Finding[]> {
    this.plans.push(plan);
    if (this.refreshFindings.some((f) => f.severity === "error")) return this.refreshFindings;
    const sheet = this.grids.sheets.find((s) => s.name === plan.sheet)!;
    const put = (values: CellValue[][], row: number, column: number, value: CellValue) => {
      while (values.length < row) values.push([]);
      values[row - 1][column - 1] = value;
    };
    for (const column of plan.columns) {
      if (column.writeHeader) put(sheet.values, column.headerRow, column.column, column.name);
      column.cells.forEach((cell, i) => cell && put(sheet.values, column.firstRow + i, column.column, cell.value));
    }
    const rows = plan.summary.rows.map((row) => row.map((cell) => cell?.value ?? null));
    const summary = this.grids.sheets.find((s) => s.name === plan.summary.sheet);
    if (summary) summary.values = rows;
    else this.grids.sheets.push({ name: plan.summary.sheet, values: rows });
    return this.refreshFindings;
  }
  /** Records the values and writes them into the grids, cell by cell, as the real adapters do. */
  async writeSettings(values: Partial<Pick<Settings, "reportingPeriod" | "amberTolerance">>): Promise<Finding[]> {
    this.settings.push(values);
    let sheet = this.grids.sheets.find((s) => s.name === "Settings");
    const plan = settingsCells(sheet, values);
    if (!sheet) this.grids.sheets.push((sheet = { name: "Settings", values: [] }));
    for (const { address, cell } of plan.writes) {
      const { row, column } = parseA1(address);
      while (sheet.values.length < row) sheet.values.push([]);
      sheet.values[row - 1][column - 1] = cell.value;
    }
    return [];
  }
  /** Records the plan and writes its cells into the grids, as the real adapters do. */
  async applyMerge(plan: MergePlan): Promise<Finding[]> {
    this.merges.push(plan);
    const writes = [{ sheet: plan.scorecard.sheet, cells: plan.scorecard.writes }, ...(plan.commentary ? [{ sheet: plan.commentary.sheet, cells: plan.commentary.writes }] : [])];
    for (const { sheet: name, cells } of writes) {
      let sheet = this.grids.sheets.find((s) => s.name === name);
      if (!sheet) this.grids.sheets.push((sheet = { name, values: [] }));
      for (const { address, cell } of cells) {
        const { row, column } = parseA1(address);
        while (sheet.values.length < row) sheet.values.push([]);
        sheet.values[row - 1][column - 1] = cell.value;
      }
    }
    return [];
  }
  async select(sheet: string, cell: string): Promise<void> {
    this.selected.push([sheet, cell]);
  }
}

/** The same fake, standing for the open workbook in Excel (cells can be selected). */
export function inExcel(source: FakeSource): FakeSource {
  source.kind = "excel";
  return source;
}
