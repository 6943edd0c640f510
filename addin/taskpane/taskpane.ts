import { ExcelWorkbookSource } from "../excel/excel-source";
import { downloadBytes } from "../standalone/download";
import { FileWorkbookSource, OpenRefused, openWorkbookFile } from "../standalone/file-source";
import { detectHost } from "../standalone/host";
import { fetchTemplate } from "./documents";
import { Pane } from "./pane";

// The pane's start: inside Excel it works on the open workbook; anywhere else (a plain browser, or
// office.js unable to load) it offers standalone mode over an .xlsx the user opens.

async function start(): Promise<void> {
  let fileSource: FileWorkbookSource | null = null;
  const downloadButton = document.getElementById("download-workbook") as HTMLButtonElement;
  const pane = new Pane(document, {
    download: (bytes, fileName, type) => downloadBytes(bytes, fileName, type),
    template: (name) => fetchTemplate(name),
    changed: () => {
      if (!fileSource) return;
      downloadButton.disabled = !fileSource.hasChanges;
      // The next thing to do is to download: say so by making it the primary button.
      downloadButton.classList.toggle("primary", fileSource.hasUndownloadedChanges);
    },
  });

  if ((await detectHost()) === "excel") {
    await pane.setSource(new ExcelWorkbookSource());
    return;
  }

  document.getElementById("standalone")!.hidden = false;
  document.getElementById("workbook-label")!.textContent = "No workbook open yet.";
  document.getElementById("pane")!.setAttribute("aria-busy", "false");
  const picker = document.getElementById("open-file") as HTMLInputElement;
  picker.addEventListener("change", async () => {
    const file = picker.files?.[0];
    // Cleared at once, so opening the same file again (after editing it in Excel) is noticed.
    picker.value = "";
    if (!file) return;
    let opened: FileWorkbookSource;
    try {
      opened = await openWorkbookFile(file, (sheet, cell) =>
        pane.say(`Open ${file.name} in Excel and go to ${sheet}!${cell}: this page cannot select cells in a file.`, "info"),
      );
    } catch (error) {
      pane.say(error instanceof OpenRefused ? error.message : `"${file.name}" could not be opened.`);
      return;
    }
    // Opening it drops the current copy: ask first (only once the new file is known to open), and keep
    // the current one if the user says no.
    if (fileSource?.hasUndownloadedChanges && !window.confirm(
      `${fileSource.label} has changes not yet downloaded. Open ${file.name} and lose them?\n\nCancel keeps ${fileSource.label} open, so you can choose Download refreshed workbook first.`,
    )) {
      pane.say(`Still working on ${fileSource.label}: choose Download refreshed workbook to keep its changes.`, "info");
      return;
    }
    fileSource = opened;
    downloadButton.disabled = true;
    downloadButton.classList.remove("primary");
    await pane.setSource(fileSource);
  });
  downloadButton.addEventListener("click", async () => {
    if (!fileSource) return;
    try {
      const { fileName, bytes } = await fileSource.refreshedWorkbook();
      downloadBytes(bytes, fileName);
      downloadButton.classList.remove("primary");
    } catch {
      pane.say("The refreshed workbook could not be prepared for download; try again.");
    }
  });
  // A refresh lives only in this page until it is downloaded: ask before the user closes it.
  window.addEventListener("beforeunload", (event) => {
    if (fileSource?.hasUndownloadedChanges) event.preventDefault();
  });
}

void start();
