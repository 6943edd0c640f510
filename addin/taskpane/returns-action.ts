import { paperFileStem } from "../../src/file-name";
import { Analysis, hasErrors } from "../../src/model";
import { formatPeriod } from "../../src/periods";
import { MergePlan } from "../../src/returns/merge-model";
import { makeReturns } from "../../src/returns/make-returns";
import { ReturnInput } from "../../src/returns/merge-returns";
import { partnershipsWithPapers } from "../../src/rollup";
import { joinAnd, plural } from "../../src/words";
import { wordsTaken } from "../../src/returns/chase-words";
import { acceptReturns, blockingFindings, Planned, planReturns, readReturnFiles } from "../returns-run";
import { WorkbookSource } from "../source";
import { Delivery, XLSX_TYPE, ZIP_TYPE } from "../standalone/download";
import { PickedFile } from "../standalone/file-source";
import { zipOf } from "./documents";
import { offerHandOff, sentence as deliverySentence } from "./documents-action";
import { Feedback } from "./feedback";
import { RETURNS_WORDS as W, ReturnsView } from "./returns-view";

// The Returns view's three actions over the pane's workbook: Make returns (one .zip, handed over as the
// Documents view hands over its .zip), Bring in returns (read and planned, shown, nothing written) and
// Accept (planned again on the workbook as it is now, then written by its adapter in one batch).

/** What the actions need of the pane (pane.ts). */
export interface ReturnsHost {
  run(feedback: Feedback, work: (fb: Feedback) => Promise<void>): Promise<void>;
  readonly isBusy: boolean;
  requireSource(): WorkbookSource;
  /** Reads and checks the workbook again and redraws every view; null when it cannot be read (said in `fb`). */
  recheck(fb: Feedback): Promise<Analysis | null>;
}

/** How files reach the user, the workbook's file name (kept in each return) and "the workbook changed" (standalone offers the download). */
export interface ReturnsEnv {
  delivery: Delivery;
  bookName?(): string;
  changed?(): void;
}

export interface ReturnsFeedback {
  make: Feedback;
  bringIn: Feedback;
  accept: Feedback;
}

export class ReturnsActions {
  private inputs: ReturnInput[] = [];
  private shown: MergePlan | null = null;

  constructor(doc: Document, private readonly view: ReturnsView, private readonly host: ReturnsHost, private readonly env: ReturnsEnv, fb: ReturnsFeedback) {
    const byId = (id: string) => doc.getElementById(id)!;
    byId("make-returns").addEventListener("click", () => void host.run(fb.make, (f) => this.make(f)));
    const picker = byId("returns-files") as HTMLInputElement;
    picker.addEventListener("change", () => {
      const files: PickedFile[] = [...(picker.files ?? [])];
      // Cleared at once, so choosing the same files again (corrected) is noticed.
      picker.value = "";
      if (!host.isBusy) void host.run(fb.bringIn, (f) => this.bringIn(files, f));
    });
    // The table follows the option at once: what Accept writes is always what is shown.
    byId("returns-overwrite").addEventListener("change", () => {
      if (this.inputs.length && !host.isBusy) void host.run(fb.bringIn, (f) => this.plan(f));
    });
    byId("accept-returns").addEventListener("click", () => void host.run(fb.accept, (f) => this.accept(f)));
  }

  /** Another workbook: the returns read for the last one do not carry over. */
  reset(): void {
    this.inputs = [];
    this.shown = null;
    this.view.clear();
  }

  private async make(fb: Feedback): Promise<void> {
    await fb.busy(W.readingBook);
    const analysis = await this.host.recheck(fb);
    if (!analysis) return;
    if (!analysis.scorecard || hasErrors(analysis.findings)) return fb.say(W.bookErrors);
    const period = analysis.reportingPeriod;
    if (!period) return fb.say(W.noPeriod);
    const partnerships = partnershipsWithPapers(analysis.partnerships).map((p) => p.name);
    await fb.busy(W.making(partnerships.length));
    const { returnFiles } = await import("../../src/files");
    const files = returnFiles(makeReturns(analysis, { book: this.env.bookName?.() ?? this.host.requireSource().label, period, partnerships }));
    await fb.busy(W.packing);
    const zip = [{ fileName: `${paperFileStem(W.zipName, "", period)}.zip`, bytes: await zipOf(files), type: ZIP_TYPE }];
    // The returns one by one too, for a hand-over (Excel on Mac) that a large .zip would not fit.
    const delivered = await this.env.delivery.deliver(zip, files.map((f) => ({ ...f, type: XLSX_TYPE })));
    const what = `${plural(files.length, "return")} for ${formatPeriod(period)}`;
    fb.say(deliverySentence(delivered, what, zip, true), delivered.kind === "not-delivered" ? "problem" : "info");
    if (delivered.kind === "download-started" && delivered.handOff) offerHandOff(fb, delivered.handOff, what, zip, true);
  }

  private async bringIn(files: PickedFile[], fb: Feedback): Promise<void> {
    if (!files.length) return fb.say(W.noFiles);
    this.reset();
    await fb.busy(W.reading(files.length));
    this.inputs = await readReturnFiles(files);
    await this.plan(fb);
  }

  /** The merge as it would be now, shown; nothing written. */
  private async plan(fb: Feedback): Promise<void> {
    await fb.busy(W.planning);
    this.shown = null;
    this.view.clear();
    const planned = await planReturns(this.host.requireSource(), this.inputs, this.view.overwrite);
    this.show(planned);
    const { plan } = planned;
    const blocking = blockingFindings(plan).length;
    fb.say(blocking ? W.reviewBlocked(blocking) : W.reviewReady, blocking ? "problem" : "info");
  }

  private show(planned: Planned): void {
    this.shown = planned.plan;
    this.view.show(planned.plan, this.inputs, planned.analysis);
  }

  private async accept(fb: Feedback): Promise<void> {
    const shown = this.shown;
    if (!shown) return fb.say(W.noFiles);
    if (!shown.scorecard.writes.length && !shown.commentary) return fb.say(W.nothingToWrite, "info");
    await fb.busy(W.writing);
    const source = this.host.requireSource();
    const result = await acceptReturns(source, shown, this.inputs, this.view.overwrite);
    if (result.kind !== "written") {
      this.show(result.planned);
      if (result.kind === "blocked") return fb.say(W.blocked(blockingFindings(result.planned.plan).length));
      if (result.kind === "changed") return fb.say(W.changed);
      return fb.say(`${result.findings.map((f) => `${f.message} ${f.hint}`).join(" ")}`);
    }
    const { plan } = result.planned;
    this.env.changed?.();
    // The Summary and the other views from the workbook as it now is; the table too (all now "already in").
    await this.host.recheck(fb);
    this.show(await planReturns(source, this.inputs, this.view.overwrite));
    const figures = plan.scorecard.writes.length;
    fb.say(W.written(joinAnd([plural(figures, "figure"), ...wordsTaken(plan.texts)]), source.kind === "file" ? source.label : null), "info");
  }
}
