import { Feedback, nextPaint } from "../taskpane/feedback";
import { Pane, UpToDate } from "../taskpane/pane";
import { ask } from "./confirm-dialog";
import { browserDownload, workbookType } from "./download";
import { FileWorkbookSource, OpenRefused, PickedFile, openWorkbookFile } from "./file-source";
import { WorkbookBackend } from "./workbook-backend";

// Standalone mode: the pane in a plain browser, over an .xlsx the user opens (or the sample). The
// workbook is read and written in a Web Worker; its refreshed copy is downloaded as a new file.

export interface StandalonePage {
  /** Tells the page the workbook changed (a refresh or a settings save): a download is now worth having. */
  changed(): void;
}

/** `backend` gives a fresh backend (a new worker) for each file opened. */
export function startStandalone(doc: Document, pane: Pane, backend: () => WorkbookBackend): StandalonePage {
  let fileSource: FileWorkbookSource | null = null;
  /** The sample has no file of the user's beside it to speak of. */
  let isSample = false;
  const byId = (id: string) => doc.getElementById(id)!;
  const downloadButton = byId("download-workbook") as HTMLButtonElement;
  const fileStatus = new Feedback(byId("file-status"));
  const firstRunStatus = new Feedback(byId("first-run-status"));

  byId("workbook-label").textContent = "No workbook open yet.";
  byId("first-run").hidden = false;
  byId("first-run-actions").hidden = false;
  byId("step-open").append(" It is read on this computer and never uploaded.");

  const changed = () => {
    if (!fileSource) return;
    downloadButton.disabled = !fileSource.hasChanges;
    fileStatus.clear();
    // A side note: the action's own message, said after this, is the one scrolled into view.
    if (fileSource.hasUndownloadedChanges) fileStatus.say("The changes are in this page only: download the refreshed workbook to keep them.", "info", false);
  };

  /** Opens a file: progress painted first, the file read in the worker, and only then the current one replaced. */
  const open = async (file: PickedFile, fb: Feedback, control: HTMLElement, sample = false) => {
    let opened: FileWorkbookSource | null = null;
    await pane.run(fb, async () => {
      await fb.busy(`Opening ${file.name}…`);
      try {
        opened = await openWorkbookFile(file, backend());
      } catch (error) {
        fb.say(error instanceof OpenRefused ? error.message : `"${file.name}" could not be opened.`);
      }
    });
    if (!opened) return;
    const next: FileWorkbookSource = opened;
    // Opening it drops the current copy: ask first (only once the new file is known to open), and keep
    // the current one if the user says no.
    if (fileSource?.hasUndownloadedChanges) {
      const replace = await ask(doc, `${fileSource.label} has changes not yet downloaded. Open ${next.label} and lose them?`, `Keep ${fileSource.label}`, `Open ${next.label}`);
      if (!replace) {
        next.close();
        fb.say(`Still working on ${fileSource.label}: choose Download workbook to keep its changes.`, "info");
        control.focus();
        return;
      }
    }
    fileSource?.close();
    fileSource = next;
    isSample = sample;
    fb.clear();
    downloadButton.disabled = true;
    byId("first-run").hidden = true;
    byId("file-bar").hidden = false;
    await pane.setSource(next);
    changed();
    // The control used may be gone with the first-run panel: the view the workbook opened on takes focus.
    // After a paint, so the new Summary is laid out by the browser's own frame, not in the same task.
    await nextPaint();
    if (control.closest("[hidden]")) pane.showView(pane.views.shown, true);
    else control.focus();
  };

  for (const [inputId, fb] of [["open-file", firstRunStatus], ["open-another", fileStatus]] as const) {
    const picker = byId(inputId) as HTMLInputElement;
    picker.addEventListener("change", () => {
      const file = picker.files?.[0];
      // Cleared at once, so opening the same file again (after editing it in Excel) is noticed.
      picker.value = "";
      if (file && !pane.isBusy) void open(file, fb, picker);
    });
  }

  byId("try-sample").addEventListener("click", () => {
    if (pane.isBusy) return;
    void open(sampleFile(doc), firstRunStatus, byId("try-sample"), true);
  });

  downloadButton.addEventListener("click", () => {
    if (!fileSource || pane.isBusy) return;
    const source = fileSource;
    void pane.run(fileStatus, async (fb) => {
      // Never a file called refreshed whose statuses the figures or settings now contradict.
      const state = await pane.bringUpToDate(fb);
      await fb.busy("Preparing the workbook…");
      const { fileName, bytes } = await source.workbookToDownload(state.kind !== "not-refreshed");
      await browserDownload.deliver([{ fileName, bytes, type: workbookType(fileName) }]);
      fb.say(downloadSentence(state, fileName, isSample), state.kind === "not-refreshed" ? "problem" : "info");
    });
  });

  // A refresh lives only in this page until it is downloaded: ask before the user closes it.
  doc.defaultView?.addEventListener("beforeunload", (event) => {
    if (fileSource?.hasUndownloadedChanges) event.preventDefault();
  });
  byId("pane").setAttribute("aria-busy", "false");
  return { changed };
}

/** What the downloaded file is, and where it went: a browser saves to its downloads folder, not beside the file opened. */
export function downloadSentence(state: UpToDate, fileName: string, sample: boolean): string {
  const saved = `Asked your browser to save ${fileName} (usually to Downloads)`;
  const unchanged = sample ? "" : "; the file you opened is unchanged";
  if (state.kind === "current") return `${saved}${unchanged}.`;
  if (state.kind === "refreshed") {
    const why = state.was.kind === "stale" ? "its statuses were out of date" : "it had no statuses yet";
    return `Refreshed first, as ${why}. ${saved}${unchanged}.`;
  }
  const held = state.written?.kind === "stale" ? "its statuses are from before the latest changes" : "it has no statuses yet";
  return `${state.why} ${saved}, with your settings but statuses not refreshed: ${held}${unchanged}.`;
}

/** The sample scorecard shipped beside the page (dist/templates/), fetched only when asked for. */
function sampleFile(doc: Document): PickedFile {
  const url = new URL("templates/sample-scorecard.xlsx", doc.baseURI).toString();
  let fetched: Promise<ArrayBuffer> | null = null;
  const bytes = () => (fetched ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`The sample could not be loaded (${r.status}).`);
    return r.arrayBuffer();
  }));
  return { name: "sample-scorecard.xlsx", size: 0, arrayBuffer: bytes };
}
