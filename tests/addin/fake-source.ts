import { WorkbookGrids } from "../../src/grid";
import { Finding, Settings } from "../../src/model";
import { RefreshPlan } from "../../src/refresh-plan";
import { WorkbookSource } from "../../addin/source";

/** A WorkbookSource over fixed grids that records what the pane and the command asked of it. */
export class FakeSource implements WorkbookSource {
  readonly kind = "file" as const;
  readonly label = "test.xlsx";
  plans: RefreshPlan[] = [];
  settings: Partial<Pick<Settings, "reportingPeriod" | "amberTolerance">>[] = [];
  selected: [string, string][] = [];

  constructor(
    public grids: WorkbookGrids,
    private readonly refreshFindings: Finding[] = [],
  ) {}

  async read(): Promise<WorkbookGrids> {
    return this.grids;
  }
  async applyRefresh(plan: RefreshPlan): Promise<Finding[]> {
    this.plans.push(plan);
    return this.refreshFindings;
  }
  async writeSettings(values: Partial<Pick<Settings, "reportingPeriod" | "amberTolerance">>): Promise<Finding[]> {
    this.settings.push(values);
    return [];
  }
  async select(sheet: string, cell: string): Promise<void> {
    this.selected.push([sheet, cell]);
  }
}
