import { Analysis, hasErrors } from "../../src/model";
import { internalFault, PlainSentenceError, userSentence } from "../../src/errors";
import { plural } from "../../src/words";
import { refreshWorkbook, RefreshStep, validateWorkbook } from "../refresh-run";
import { WorkbookSource } from "../source";
import { DocumentFile, annualReviews, minutes, TemplateName, zipOf } from "./documents";
import { findingsSummary, firstCellOf, groupFindings } from "./findings-view";
import { chosenPartnerships, renderFindings, renderPartnershipChoices, renderSummary } from "./render";
import { readSettingsInput, settingsFields } from "./settings-form";
import { summaryModel } from "./summary-view";

// The task pane's behaviour: each button runs one piece of work over the WorkbookSource, one at a time,
// with progress while it runs and errors in plain words. The logic it shows lives in *-view.ts.

export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ZIP = "application/zip";

export interface PaneDeps {
  download(bytes: Uint8Array, fileName: string, type: string): void;
  template(name: TemplateName): Promise<Uint8Array>;
  /** Told after the workbook changed (a refresh or a settings save), e.g. to offer a download. */
  changed?(): void;
}

const STEP_TEXT: Record<RefreshStep, string> = {
  reading: "Reading the workbook…",
  checking: "Checking the scorecard…",
  writing: "Writing statuses and the Partnership Summary…",
};

type MessageBox = "message" | "documents-message";
const MESSAGE_BOXES: MessageBox[] = ["message", "documents-message"];

const ACTIONS = ["validate", "refresh", "download-reviews", "download-reviews-zip", "download-minutes", "save-settings"];

export class Pane {
  private source: WorkbookSource | null = null;
  private analysis: Analysis | null = null;
  private busy = false;
  /** Where say() writes: the card of the button that started the work, so its news shows beside it. */
  private messageBox: MessageBox = "message";

  constructor(
    private readonly doc: Document,
    private readonly deps: PaneDeps,
  ) {
    this.on("validate", "click", () => this.run(() => this.check()));
    this.on("refresh", "click", () => this.run(() => this.refresh()));
    this.on("download-reviews", "click", () => this.run(() => this.reviews(false), "documents-message"));
    this.on("download-reviews-zip", "click", () => this.run(() => this.reviews(true), "documents-message"));
    this.on("download-minutes", "click", () => this.run(() => this.minutes(), "documents-message"));
    this.on("settings-form", "submit", (event) => {
      event.preventDefault();
      void this.run(() => this.saveSettings());
    });
  }

  /** Starts work on a workbook: checks it at once so its findings and partnerships are shown. */
  async setSource(source: WorkbookSource): Promise<void> {
    this.source = source;
    this.analysis = null;
    this.byId("workbook-label").textContent = `Working on ${source.label}.`;
    this.byId("findings").replaceChildren();
    this.byId("summary").replaceChildren();
    this.setBusy(false);
    await this.run(() => this.check());
  }

  /** Shows a sentence to the user; "info" for news, otherwise a problem. */
  say(text: string, tone: "problem" | "info" = "problem", box: MessageBox = this.messageBox): void {
    const message = this.byId(box);
    message.textContent = text;
    message.className = `message${tone === "info" ? " info" : ""}`;
    message.hidden = text === "";
  }

  private async check(): Promise<void> {
    this.progress(STEP_TEXT.reading);
    this.byId("summary").replaceChildren();
    const checked = await validateWorkbook(this.requireSource());
    if ("kind" in checked) {
      this.analysis = null;
      return this.say(checked.sentence);
    }
    this.show(checked);
  }

  private async refresh(): Promise<void> {
    const run = await refreshWorkbook(this.requireSource(), (step) => this.progress(STEP_TEXT[step]));
    if (run.kind === "unreadable") return this.say(run.sentence);
    this.show(run.analysis, run.kind === "invalid" ? [] : run.findings);
    if (run.kind === "invalid") return this.say("The scorecard has errors, so nothing was written. Fix the errors listed below, then refresh again.");
    if (run.kind === "refused") return this.say("Excel did not accept the refresh, so nothing further was written. See the first error below.");
    renderSummary(this.byId("summary"), summaryModel(run.analysis));
    this.say("Scorecard refreshed: statuses written and the Partnership Summary sheet rebuilt.", "info");
    this.deps.changed?.();
  }

  private async reviews(asZip: boolean): Promise<void> {
    const analysis = await this.documentAnalysis();
    if (!analysis) return;
    const names = chosenPartnerships(this.byId("partnership-choices")).filter((n) => analysis.partnerships.some((p) => p.name === n));
    if (names.length === 0) return this.say("Tick at least one partnership to write its annual review.");
    this.progress("Loading the annual review template…");
    const template = await this.deps.template("annual-review.docx");
    const result = await annualReviews(analysis, names, template, (done, total) =>
      this.progress(`Writing annual review ${Math.min(done + 1, total)} of ${total}…`, done / total),
    );
    if (!result.ok) return this.say(result.problems.join(" "));
    if (asZip) {
      this.progress("Packing the reviews into one .zip…");
      this.deps.download(await zipOf(result.files), "Annual reviews.zip", ZIP);
    } else {
      for (const file of result.files) this.deps.download(file.bytes, file.fileName, DOCX);
    }
    this.say(`${plural(result.files.length, "annual review")} downloaded.`, "info");
  }

  private async minutes(): Promise<void> {
    const analysis = await this.documentAnalysis();
    if (!analysis) return;
    this.progress("Writing the minutes…");
    const result = await minutes(analysis, await this.deps.template("minutes.docx"));
    if (!result.ok) return this.say(result.problems.join(" "));
    const file: DocumentFile = result.files[0];
    this.deps.download(file.bytes, file.fileName, DOCX);
    this.say(`Minutes downloaded as ${file.fileName}.`, "info");
  }

  private async saveSettings(): Promise<void> {
    const fields = { reportingPeriod: this.input("reporting-period").value, amberTolerance: this.input("amber-tolerance").value };
    for (const field of ["reporting-period", "amber-tolerance"]) this.fieldError(field, "");
    const read = readSettingsInput(fields, this.analysis?.scorecard?.settings.agreementStart);
    if (!read.ok) return this.fieldError(read.field === "reportingPeriod" ? "reporting-period" : "amber-tolerance", read.message);
    this.progress("Saving settings…");
    const findings = await this.requireSource().writeSettings(read.values);
    if (hasErrors(findings)) return this.say(`${findings[0].message} ${findings[0].hint}`);
    this.deps.changed?.();
    await this.check();
    const source = this.requireSource();
    // In standalone mode the change is only in this page's copy until the user downloads it.
    this.say(
      source.kind === "file"
        ? `Settings saved on the Settings sheet of this page's copy of ${source.label}. Choose Download refreshed workbook to keep them.`
        : "Settings saved on the Settings sheet.",
      "info",
    );
  }

  /** A fresh analysis for a document, refused while the workbook has errors (the figures would be wrong). */
  private async documentAnalysis(): Promise<Analysis | null> {
    await this.check();
    const analysis = this.analysis;
    if (!analysis?.scorecard) return null;
    if (hasErrors(analysis.findings)) {
      this.say("The workbook has errors, so its figures cannot go into a document yet. Fix the errors listed below first.");
      return null;
    }
    return analysis;
  }

  private show(analysis: Analysis, more: Analysis["findings"] = []): void {
    this.analysis = analysis;
    const findings = [...analysis.findings, ...more];
    renderFindings(this.byId("findings"), findingsSummary(findings), groupFindings(findings), (sheet, cell) => {
      void this.requireSource().select(sheet, firstCellOf(cell));
    });
    const names = analysis.partnerships.map((p) => p.name);
    renderPartnershipChoices(this.byId("partnership-choices"), names);
    this.byId("partnership-hint").textContent = names.length ? "" : "No partnerships found yet: check the workbook.";
    const fields = settingsFields(analysis);
    this.input("reporting-period").value = fields.reportingPeriod;
    this.input("amber-tolerance").value = fields.amberTolerance;
  }

  /** Runs one piece of work: buttons off, progress on, any failure as a plain sentence. */
  private async run(work: () => Promise<void>, box: MessageBox = "message"): Promise<void> {
    if (this.busy || !this.source) return;
    for (const old of MESSAGE_BOXES) this.say("", "problem", old);
    this.messageBox = box;
    this.setBusy(true);
    try {
      await work();
    } catch (error) {
      this.say(userSentence(error, `${internalFault("nothing was written")} Try again.`));
    } finally {
      this.messageBox = "message";
      this.progress(null);
      this.setBusy(false);
    }
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.byId("pane").setAttribute("aria-busy", String(busy));
    for (const id of ACTIONS) (this.byId(id) as HTMLButtonElement).disabled = busy || !this.source;
  }

  /** Shows progress; null hides it. A fraction shows how far, otherwise the bar just moves. */
  private progress(text: string | null, fraction?: number): void {
    const box = this.byId("progress");
    box.hidden = text === null;
    this.byId("progress-text").textContent = text ?? "";
    const bar = this.byId("progress-bar") as HTMLProgressElement;
    if (fraction === undefined) bar.removeAttribute("value");
    else bar.value = fraction;
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

  private byId(id: string): HTMLElement {
    const found = this.doc.getElementById(id);
    if (!found) throw new Error(`The pane's page lacks #${id}.`);
    return found;
  }

  private input(id: string): HTMLInputElement {
    return this.byId(id) as HTMLInputElement;
  }
}

