import { dashboard } from "../../src/dashboard";
import { Analysis, hasErrors } from "../../src/model";
import { ChooseIndicator, renderDashboard } from "./dashboard-view";
import { Change, Written, refreshKey, summaryNote } from "./summary-state";

// The Summary view's state: what a refresh last wrote, what changed since, and the dashboard on screen,
// redrawn only when what it shows changed (so an open card stays open and nothing moves under the user).

export class SummaryView {
  private written: Written | null = null;
  private lastChange: Change = "figures";
  private shown = "";
  private current: Analysis | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly note: HTMLElement,
    private readonly onChoose: ChooseIndicator,
  ) {}

  /** A new workbook: nothing written by this pane yet. */
  reset(): void {
    this.written = null;
    this.lastChange = "figures";
    this.shown = "";
    this.current = null;
    this.root.replaceChildren();
  }

  /** A refresh wrote exactly this analysis. */
  wrote(analysis: Analysis): void {
    this.written = { key: refreshKey(analysis) ?? "", at: new Date() };
  }

  /** The settings were changed; the next analysis shown may differ from what was written. */
  settingsChanged(): void {
    this.lastChange = "settings";
  }

  /** Whether the workbook holds statuses other than these (after a refresh in this pane). */
  get stale(): boolean {
    return this.written !== null && this.current !== null && this.written.key !== refreshKey(this.current);
  }

  show(analysis: Analysis): void {
    if (this.current && this.lastChange !== "settings" && refreshKey(this.current) !== refreshKey(analysis)) this.lastChange = "figures";
    this.current = analysis;
    const note = summaryNote(analysis, this.written, this.lastChange);
    this.note.textContent = note.text;
    this.note.className = `note${note.tone === "stale" ? " stale" : ""}`;
    this.note.hidden = false;
    if (!analysis.scorecard || hasErrors(analysis.findings)) {
      // A wrong Green is worse than none: no statuses while the figures have errors.
      this.root.replaceChildren();
      this.shown = "";
      return;
    }
    const model = dashboard(analysis);
    const key = JSON.stringify(model);
    if (key === this.shown) return;
    this.shown = key;
    renderDashboard(this.root, model, this.onChoose);
  }
}
