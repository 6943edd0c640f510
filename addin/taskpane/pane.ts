import { sheetCellRef } from "../../src/grid";
import { Analysis, hasErrors } from "../../src/model";
import { internalFault, PlainSentenceError, userSentence } from "../../src/errors";
import { partnershipsWithPapers } from "../../src/rollup";
import { refreshWorkbook, RefreshStep, validateWorkbook } from "../refresh-run";
import { WorkbookSource } from "../source";
import { Delivery } from "../standalone/download";
import { noteUnder } from "./dom";
import { TemplateName } from "./documents";
import { DocumentsView } from "./documents-view";
import { deliverDocuments } from "./documents-action";
import { Feedback } from "./feedback";
import { findingsSummary, firstCellOf, groupFindings } from "./findings-view";
import { renderFindings } from "./render";
import { readSettingsInput, settingsFields } from "./settings-form";
import { SummaryView } from "./summary-view";
import { ViewName, Views } from "./views";

// The task pane's behaviour: each view's one action runs over the WorkbookSource, one piece of work at a
// time, with progress painted before the work starts and every sentence beside the control that asked
// for it. Controls are never disabled while work runs (that would throw the keyboard focus out of
// them); they say they are busy and ignore a second press. The logic shown lives in src/ and *-view.ts.

export interface PaneEnv {
  delivery: Delivery;
  template(name: TemplateName): Promise<Uint8Array>;
  /** Told after the workbook changed (a refresh or a settings save), e.g. to offer a download. */
  changed?(): void;
}

const STEP_TEXT: Record<RefreshStep, string> = {
  reading: "Reading the workbook…",
  checking: "Checking the scorecard…",
  writing: "Writing statuses and the Partnership Summary…",
};

/** Every control that starts work: busy while any work runs. */
const ACTIONS = ["validate", "refresh", "download-documents", "save-settings", "download-workbook", "try-sample"];

export class Pane {
  private source: WorkbookSource | null = null;
  private analysis: Analysis | null = null;
  private busy = false;
  readonly summary: SummaryView;
  readonly views: Views;
  readonly documents: DocumentsView;
  readonly feedback: Record<"check" | "summary" | "documents" | "settings", Feedback>;

  constructor(
    private readonly doc: Document,
    private readonly env: PaneEnv,
  ) {
    this.views = new Views(doc);
    this.summary = new SummaryView(this.byId("summary"), this.byId("summary-note"), (item, button) => this.goTo(item.sheet, item.cell, button));
    this.documents = new DocumentsView(doc);
    this.feedback = {
      check: new Feedback(this.byId("check-status")),
      summary: new Feedback(this.byId("summary-status")),
      documents: new Feedback(this.byId("documents-status")),
      settings: new Feedback(this.byId("settings-status")),
    };
    this.on("validate", "click", () => this.run(this.feedback.check, (fb) => this.check(fb)));
    this.on("refresh", "click", () => this.run(this.feedback.summary, (fb) => this.refresh(fb)));
    this.on("documents-form", "submit", (event) => {
      event.preventDefault();
      void this.run(this.feedback.documents, (fb) => this.writeDocuments(fb));
    });
    this.on("settings-form", "submit", (event) => {
      event.preventDefault();
      void this.run(this.feedback.settings, (fb) => this.saveSettings(fb));
    });
  }

  /** Whether the last check found a scorecard without errors: its summary can be trusted. */
  get ready(): boolean {
    const analysis = this.analysis;
    return analysis !== null && analysis.scorecard !== null && !hasErrors(analysis.findings);
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
    const checked = await validateWorkbook(this.requireSource());
    if ("kind" in checked) {
      this.analysis = null;
      return fb.say(checked.sentence);
    }
    this.show(checked);
  }

  private async refresh(fb: Feedback): Promise<void> {
    await fb.busy(STEP_TEXT.reading);
    const run = await refreshWorkbook(this.requireSource(), (step) => void fb.busy(STEP_TEXT[step]));
    if (run.kind === "unreadable") return fb.say(run.sentence);
    if (run.kind === "refreshed") this.summary.wrote(run.analysis);
    this.show(run.analysis, run.kind === "invalid" ? [] : run.findings);
    if (run.kind === "invalid") return fb.say("The scorecard has errors, so nothing was written. Fix the errors listed under Check, then refresh again.");
    if (run.kind === "refused") return fb.say(`Excel did not accept the refresh, so nothing further was written: ${run.findings.find((f) => f.severity === "error")?.message ?? ""}`);
    fb.say("Scorecard refreshed: statuses written and the Partnership Summary sheet rebuilt.", "info");
    this.env.changed?.();
  }

  private async writeDocuments(fb: Feedback): Promise<void> {
    await fb.busy("Reading the workbook…");
    const analysis = await this.freshAnalysis(fb);
    if (analysis) await deliverDocuments(analysis, this.documents.chosen(), this.env, fb);
  }

  private async saveSettings(fb: Feedback): Promise<void> {
    const fields = { reportingPeriod: this.input("reporting-period").value, amberTolerance: this.input("amber-tolerance").value };
    for (const field of ["reporting-period", "amber-tolerance"]) this.fieldError(field, "");
    const read = readSettingsInput(fields, this.analysis?.scorecard?.settings.agreementStart);
    if (!read.ok) return this.fieldError(read.field === "reportingPeriod" ? "reporting-period" : "amber-tolerance", read.message);
    await fb.busy("Saving settings…");
    const source = this.requireSource();
    const findings = await source.writeSettings(read.values);
    if (hasErrors(findings)) return fb.say(`${findings[0].message} ${findings[0].hint}`);
    this.summary.settingsChanged();
    this.env.changed?.();
    await fb.busy(STEP_TEXT.checking);
    const checked = await validateWorkbook(source);
    if (!("kind" in checked)) this.show(checked);
    const stale = this.summary.stale;
    // In standalone mode the change is only in this page's copy until the user downloads it.
    const where = source.kind === "file" ? `Settings saved on the Settings sheet of this page's copy of ${source.label}.` : "Settings saved on the Settings sheet.";
    const next = stale ? " The statuses in the workbook are now out of date: Refresh under Summary writes the new ones." : "";
    const keep = source.kind === "file" ? " Choose Download refreshed workbook to keep them." : "";
    fb.say(`${where}${next}${keep}`, "info");
  }

  /** A fresh analysis for a document, refused while the workbook has errors (the figures would be wrong). */
  private async freshAnalysis(fb: Feedback): Promise<Analysis | null> {
    const checked = await validateWorkbook(this.requireSource());
    if ("kind" in checked) {
      fb.say(checked.sentence);
      return null;
    }
    this.show(checked);
    if (!checked.scorecard || hasErrors(checked.findings)) {
      fb.say("The workbook has errors, so its figures cannot go into a document yet. Fix the errors listed under Check first.");
      return null;
    }
    return checked;
  }

  /** Shows an analysis in every view. */
  private show(analysis: Analysis, more: Analysis["findings"] = []): void {
    this.analysis = analysis;
    const findings = [...analysis.findings, ...more];
    renderFindings(this.byId("findings"), findingsSummary(findings), groupFindings(findings), (sheet, cell, button) => this.goTo(sheet, firstCellOf(cell), button));
    this.documents.setPartnerships(partnershipsWithPapers(analysis.partnerships).map((p) => p.name));
    const fields = settingsFields(analysis);
    this.input("reporting-period").value = fields.reportingPeriod;
    this.input("amber-tolerance").value = fields.amberTolerance;
    this.summary.show(analysis);
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

  private fieldError(id: string, text: string): void {
    const error = this.byId(`${id}-error`);
    error.textContent = text;
    error.hidden = text === "";
    this.input(id).setAttribute("aria-invalid", String(text !== ""));
    if (text) this.input(id).focus();
  }

  private requireSource(): WorkbookSource {
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

  private input(id: string): HTMLInputElement {
    return this.byId(id) as HTMLInputElement;
  }

  /** Shows a view (for the entry script, e.g. after the first-run panel goes). */
  showView(view: ViewName, focus = false): void {
    this.views.show(view, focus);
  }
}
