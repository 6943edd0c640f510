import { dashboard } from "../../src/dashboard";
import { blocksReading } from "../../src/findings";
import { Analysis } from "../../src/model";
import { WrittenState } from "../../src/written";
import { CardFilter, noFilter } from "./card-filter";
import { ChooseIndicator, renderDashboard } from "./dashboard-view";
import { summaryNote } from "./summary-state";

// The Summary view's state: whether the workbook holds the statuses shown, and the dashboard on
// screen, redrawn only when what it shows changed (so an open card stays open and nothing moves
// under the user).

export class SummaryView {
  private refreshedAt: Date | null = null;
  private settingsChanged = false;
  private written: WrittenState | null = null;
  private shown = "";
  /** The Summary's filters: kept while the same workbook is shown, so a refresh does not undo them. */
  private readonly filter: CardFilter = noFilter();

  constructor(
    private readonly root: HTMLElement,
    private readonly note: HTMLElement,
    private readonly onChoose: ChooseIndicator,
  ) {}

  /** A new workbook: nothing written by this pane yet. */
  reset(): void {
    this.refreshedAt = null;
    this.settingsChanged = false;
    this.written = null;
    this.shown = "";
    Object.assign(this.filter, noFilter());
    this.root.replaceChildren();
  }

  /** This pane's refresh just wrote the workbook. */
  wrote(): void {
    this.refreshedAt = new Date();
    this.settingsChanged = false;
  }

  /** The settings were saved: a difference found from now on is (also) theirs. */
  settingsSaved(): void {
    this.settingsChanged = true;
  }

  /** Whether the workbook holds statuses (or a summary) other than these. */
  get stale(): boolean {
    return this.written?.kind === "stale";
  }

  /** Whether the workbook holds exactly what a refresh would write now. */
  get current(): boolean {
    return this.written?.kind === "current";
  }

  /**
   * Shows an analysis and what the workbook holds. `quiet` leaves the note out while the action's own
   * message says the same (just after a refresh): one box, not two saying one thing.
   */
  show(analysis: Analysis, written: WrittenState | null, quiet = false): void {
    this.written = written;
    const note = summaryNote(analysis, written, { refreshedAt: this.refreshedAt, settingsChanged: this.settingsChanged });
    this.note.textContent = note.text;
    this.note.className = `note${note.tone === "stale" ? " stale" : ""}`;
    this.note.hidden = quiet;
    if (!analysis.scorecard || blocksReading(analysis.findings)) {
      // A wrong Green is worse than none: no statuses while the figures have errors.
      this.root.replaceChildren();
      this.shown = "";
      return;
    }
    const model = dashboard(analysis);
    const key = JSON.stringify(model);
    if (key === this.shown) return;
    this.shown = key;
    renderDashboard(this.root, model, this.onChoose, this.filter);
  }
}
