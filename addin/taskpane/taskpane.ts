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
      if (fileSource) downloadButton.disabled = !fileSource.hasChanges;
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
    try {
      fileSource = await openWorkbookFile(file, (sheet, cell) =>
        pane.say(`Open ${file.name} in Excel and go to ${sheet}!${cell}: this page cannot select cells in a file.`, "info"),
      );
    } catch (error) {
      pane.say(error instanceof OpenRefused ? error.message : `"${file.name}" could not be opened.`);
      return;
    }
    downloadButton.disabled = true;
    await pane.setSource(fileSource);
  });
  downloadButton.addEventListener("click", async () => {
    if (!fileSource) return;
    const { fileName, bytes } = await fileSource.refreshedWorkbook();
    downloadBytes(bytes, fileName);
  });
}

void start();
