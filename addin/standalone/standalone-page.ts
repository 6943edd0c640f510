import { Feedback } from "../taskpane/feedback";
import { Pane } from "../taskpane/pane";
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
    if (fileSource.hasUndownloadedChanges) fileStatus.say("The changes are in this page only: download the refreshed workbook to keep them.", "info");
  };

  /** Opens a file: progress painted first, the file read in the worker, and only then the current one replaced. */
  const open = async (file: PickedFile, fb: Feedback, control: HTMLElement) => {
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
        fb.say(`Still working on ${fileSource.label}: choose Download refreshed workbook to keep its changes.`, "info");
        control.focus();
        return;
      }
    }
    fileSource?.close();
    fileSource = next;
    fb.clear();
    downloadButton.disabled = true;
    byId("first-run").hidden = true;
    byId("file-bar").hidden = false;
    await pane.setSource(next);
    changed();
    // The control used may be gone with the first-run panel: the view the workbook opened on takes focus.
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
    void open(sampleFile(doc), firstRunStatus, byId("try-sample"));
  });

  downloadButton.addEventListener("click", () => {
    if (!fileSource || pane.isBusy) return;
    const source = fileSource;
    void pane.run(fileStatus, async (fb) => {
      await fb.busy("Preparing the refreshed workbook…");
      const { fileName, bytes } = await source.refreshedWorkbook();
      await browserDownload.deliver([{ fileName, bytes, type: workbookType(fileName) }]);
      fb.say(`Downloaded as ${fileName}, beside your original, which is unchanged.`, "info");
    });
  });

  // A refresh lives only in this page until it is downloaded: ask before the user closes it.
  doc.defaultView?.addEventListener("beforeunload", (event) => {
    if (fileSource?.hasUndownloadedChanges) event.preventDefault();
  });
  byId("pane").setAttribute("aria-busy", "false");
  return { changed };
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
