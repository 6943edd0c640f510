import { sheetCellRef } from "../../src/grid";
import { formatPeriod } from "../../src/periods";
import { blocksReading } from "../../src/findings";
import { Analysis } from "../../src/model";
import { internalFault, PlainSentenceError, userSentence } from "../../src/errors";
import { partnershipsWithPapers } from "../../src/rollup";
import { WrittenState } from "../../src/written";
import { refreshWorkbook, validateWorkbook } from "../refresh-run";
import { WorkbookSource } from "../source";
import { Delivery } from "../standalone/download";
import { noteUnder } from "./dom";
import { TemplateName } from "./documents";
import { DocumentsView } from "./documents-view";
import { deliverDocuments } from "./documents-action";
import { Feedback, nextPaint } from "./feedback";
import { PaperWriter } from "./paper-writer";
import { findingsSummary, firstCellOf, groupFindings } from "./findings-view";
import { notRefreshedSentence, STEP_TEXT } from "./refresh-words";
import { renderFindings } from "./render";
import { columnMap, renderColumnMap } from "./columns-view";
import { printSummary } from "./print-summary";
import { saveSettings } from "./settings-action";
import { SettingsView } from "./settings-view";
import { ReturnsActions } from "./returns-action";
import { ReturnsView } from "./returns-view";
import { clock } from "./summary-state";
import { SummaryView } from "./summary-view";
import { ViewName, Views } from "./views";

// The task pane's behaviour: each view's one action runs over the WorkbookSource, one piece of work at a
// time, with progress painted before the work starts and every sentence beside the control that asked
// for it. Controls are never disabled while work runs (that would throw the keyboard focus out of
// them); they say they are busy and ignore a second press. The logic shown lives in src/ and *-view.ts.

export interface PaneEnv {
  delivery: Delivery;
  template(name: TemplateName): Promise<Uint8Array>;
  /** Where papers are written (the pane's Web Worker); on the page when absent. */
  papers?: PaperWriter;
  /** Told after the workbook changed (a refresh, a settings save, returns accepted), e.g. to offer a download. */
  changed?(): void;
  /** The open workbook's file name, where the host knows it (each return keeps it); else the source's label. */
  bookName?(): string;
}

/** What a download gets: statuses as the figures and settings give them now, refreshed just now, or not refreshed and why. */
export type UpToDate =
  | { kind: "current" }
  | { kind: "refreshed"; was: WrittenState }
  | { kind: "not-refreshed"; why: string; written: WrittenState | null };


/** Every control that starts work: busy while any work runs. */
const ACTIONS = ["validate", "refresh", "download-documents", "make-returns", "accept-returns", "save-settings", "download-workbook", "try-sample"];

export class Pane {
  private source: WorkbookSource | null = null;
  private analysis: Analysis | null = null;
  private busy = false;
  readonly summary: SummaryView;
  readonly views: Views;
  readonly documents: DocumentsView;
  private readonly settingsView: SettingsView;
  private readonly returnsView: ReturnsView;
  private readonly returns: ReturnsActions;
  readonly feedback: Record<"check" | "summary" | "documents" | "settings" | "makeReturns" | "bringIn" | "accept", Feedback>;

  constructor(
    private readonly doc: Document,
    private readonly env: PaneEnv,
  ) {
    // The papers' worker gets ready while the user chooses what to write.
    this.views = new Views(doc, (view) => (view === "documents" ? this.env.papers?.prepare?.() : undefined));
    this.summary = new SummaryView(this.byId("summary"), this.byId("summary-note"), (item, button) => this.goTo(item.sheet, item.cell, button));
    this.documents = new DocumentsView(doc);
    this.settingsView = new SettingsView(doc);
    this.feedback = {
      check: new Feedback(this.byId("check-status")),
      summary: new Feedback(this.byId("summary-status")),
      documents: new Feedback(this.byId("documents-status")),
      settings: new Feedback(this.byId("settings-status")),
      makeReturns: new Feedback(this.byId("make-returns-status")),
      bringIn: new Feedback(this.byId("returns-status")),
      accept: new Feedback(this.byId("accept-status")),
    };
    this.returnsView = new ReturnsView(doc);
    this.returns = new ReturnsActions(doc, this.returnsView, this, env, { make: this.feedback.makeReturns, bringIn: this.feedback.bringIn, accept: this.feedback.accept });
    this.on("validate", "click", () => this.run(this.feedback.check, (fb) => this.check(fb)));
    this.on("refresh", "click", () => this.run(this.feedback.summary, (fb) => this.refresh(fb)));
    this.on("print-summary", "click", () => printSummary(this.doc, this.source?.label ?? "", this.analysis?.reportingPeriod ? formatPeriod(this.analysis.reportingPeriod) : null));
    this.on("documents-form", "submit", (event) => {
      event.preventDefault();
      void this.run(this.feedback.documents, (fb) => this.writeDocuments(fb));
    });
    this.on("settings-form", "submit", (event) => {
      event.preventDefault();
      void this.run(this.feedback.settings, (fb) => this.saveSettings(fb));
    });
    // The last save's outcome is about the form as it was: once the user types, it no longer stands.
    this.on("settings-form", "input", () => {
      if (!this.busy) this.feedback.settings.clear();
    });
  }

  /** Whether the last check found a scorecard without errors: its summary can be trusted. */
  get ready(): boolean {
    const analysis = this.analysis;
    return analysis !== null && analysis.scorecard !== null && !blocksReading(analysis.findings);
  }

  /** Whether the last check found a scorecard at all (if not, the first-run steps help). */
  get hasScorecard(): boolean {
    return this.analysis?.scorecard != null;
  }

  get isBusy(): boolean {
    return this.busy;
  }

  /**
   * Starts work on a workbook: shows the views and checks it at once, so its findings and its summary
   * are there; opens on the Summary when there is nothing to fix, on Check otherwise.
   */
  async setSource(source: WorkbookSource, feedback: Feedback = this.feedback.check): Promise<void> {
    this.source = source;
    this.analysis = null;
    this.summary.reset();
    this.byId("workbook-label").textContent = `Working on ${source.label}.`;
    this.byId("views").hidden = false;
    this.byId("findings").replaceChildren();
    this.returns.reset();
    for (const fb of Object.values(this.feedback)) fb.clear();
    await this.run(feedback, (fb) => this.check(fb));
    this.views.show(this.ready ? "summary" : "check");
  }

  /** Runs one piece of work: controls busy, progress in `feedback`, any failure as a plain sentence there. */
  async run(feedback: Feedback, work: (fb: Feedback) => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    for (const fb of Object.values(this.feedback)) if (fb !== feedback) fb.clear();
    feedback.clear();
    try {
      await work(feedback);
    } catch (error) {
      feedback.say(userSentence(error, `${internalFault("nothing was written")} Try again.`));
    } finally {
      feedback.done();
      this.setBusy(false);
    }
  }

  private async check(fb: Feedback): Promise<void> {
    await fb.busy(STEP_TEXT.reading);
    const checked = await validateWorkbook(this.requireSource(), (step) => fb.busy(STEP_TEXT[step]));
    if (checked.kind === "unreadable") {
      this.analysis = null;
      return fb.say(checked.sentence);
    }
    // Checking a county's book and drawing it in one task would hold the page past 100 ms.
    await nextPaint();
    this.show(checked.analysis, checked.written);
  }

  private async refresh(fb: Feedback): Promise<void> {
    await fb.busy(STEP_TEXT.reading);
    const run = await refreshWorkbook(this.requireSource(), (step) => fb.busy(STEP_TEXT[step]));
    if (run.kind === "unreadable") return fb.say(run.sentence);
    if (run.kind === "invalid" || run.kind === "refused") {
      if (run.kind === "invalid") this.show(run.analysis, null);
      else this.show(run.analysis, run.written, false, run.findings);
      return fb.say(notRefreshedSentence(run));
    }
    // The workbook now holds exactly this analysis's plan. The note would only repeat the message below.
    this.summary.wrote();
    this.show(run.analysis, { kind: "current" }, fb === this.feedback.summary, run.findings);
    // Told before the message is said, so the message is the last thing scrolled into view.
    this.env.changed?.();
    fb.say(`Scorecard refreshed at ${clock(new Date())}: statuses written and the Partnership Summary sheet rebuilt.`, "info");
  }

  private async writeDocuments(fb: Feedback): Promise<void> {
    await fb.busy("Reading the workbook…");
    const analysis = await this.freshAnalysis(fb);
    if (analysis) await deliverDocuments(analysis, this.documents.chosen(), this.env, fb);
  }

  private saveSettings(fb: Feedback): Promise<void> {
    const source = this.requireSource();
    return saveSettings(fb, {
      view: this.settingsView,
      source,
      summary: this.summary,
      shown: this.analysis?.scorecard?.settings,
      changed: () => this.env.changed?.(),
      recheck: async () => {
        const checked = await validateWorkbook(source);
        if (checked.kind === "checked") this.show(checked.analysis, checked.written);
      },
    });
  }

  /** Reads and checks the workbook again and shows it in every view; null (said in `fb`) when it cannot be read. */
  async recheck(fb: Feedback): Promise<Analysis | null> {
    const checked = await validateWorkbook(this.requireSource());
    if (checked.kind === "unreadable") {
      fb.say(checked.sentence);
      return null;
    }
    this.show(checked.analysis, checked.written);
    return checked.analysis;
  }

  /**
   * Before the workbook is downloaded: its statuses brought up to date with its figures and settings
   * when they are not, by the same refresh as the Refresh button. Says what the copy now holds.
   */
  async bringUpToDate(fb: Feedback): Promise<UpToDate> {
    await fb.busy(STEP_TEXT.reading);
    const checked = await validateWorkbook(this.requireSource());
    if (checked.kind === "unreadable") return { kind: "not-refreshed", why: checked.sentence, written: null };
    this.show(checked.analysis, checked.written);
    if (checked.written?.kind === "current") return { kind: "current" };
    if (!checked.written) return { kind: "not-refreshed", why: "The workbook has errors, so its statuses could not be refreshed.", written: null };
    await this.refresh(fb);
    if (!this.summary.current) return { kind: "not-refreshed", why: "The refresh did not go through (see Summary).", written: checked.written };
    return { kind: "refreshed", was: checked.written };
  }

  /** A fresh analysis for a document, refused while the workbook has errors (the figures would be wrong). */
  private async freshAnalysis(fb: Feedback): Promise<Analysis | null> {
    const analysis = await this.recheck(fb);
    if (!analysis) return null;
    if (!analysis.scorecard || blocksReading(analysis.findings)) {
      fb.say("The workbook has errors, so its figures cannot go into a document yet. Fix the errors listed under Check first.");
      return null;
    }
    return analysis;
  }

  /** Shows an analysis in every view, with what the workbook holds; `quiet` as in SummaryView.show. */
  private show(analysis: Analysis, written: WrittenState | null, quiet = false, more: Analysis["findings"] = []): void {
    this.analysis = analysis;
    const findings = [...analysis.findings, ...more];
    renderFindings(this.byId("findings"), findingsSummary(findings), groupFindings(findings), (sheet, cell, button) => this.goTo(sheet, firstCellOf(cell), button));
    renderColumnMap(this.byId("column-map"), columnMap(analysis.scorecard), (sheet, cell, button) => this.goTo(sheet, cell, button));
    this.documents.setPartnerships(partnershipsWithPapers(analysis.partnerships));
    this.settingsView.fill(analysis.scorecard?.settings);
    this.returnsView.setPeriod(analysis);
    this.summary.show(analysis, written, quiet);
  }

  /** In Excel, selects the cell; a file has no cursor to move, so the pane says where it is, under the control. */
  private goTo(sheet: string, cell: string, button: HTMLButtonElement): void {
    const source = this.requireSource();
    if (source.kind === "file") {
      noteUnder(button, `In ${source.label}: ${sheetCellRef(sheet, cell)}. Open the file in Excel to go there; this page cannot select cells in a file.`);
      return;
    }
    void source.select(sheet, cell);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.byId("pane").setAttribute("aria-busy", String(busy));
    for (const id of ACTIONS) this.doc.getElementById(id)?.setAttribute("aria-disabled", String(busy));
  }

  requireSource(): WorkbookSource {
    if (!this.source) throw new PlainSentenceError("Open a workbook first.");
    return this.source;
  }

  private on(id: string, type: string, handler: (event: Event) => void): void {
    this.byId(id).addEventListener(type, handler);
  }

  byId(id: string): HTMLElement {
    const found = this.doc.getElementById(id);
    if (!found) throw new Error(`The pane's page lacks #${id}.`);
    return found;
  }

  /** Shows a view (for the entry script, e.g. after the first-run panel goes). */
  showView(view: ViewName, focus = false): void {
    this.views.show(view, focus);
  }
}

