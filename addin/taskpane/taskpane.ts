import { ExcelWorkbookSource } from "../excel/excel-source";
import { browserDownload, deliveryFor } from "../standalone/download";
import { HostDecision, startHost } from "../standalone/host";
import { StandalonePage, startStandalone } from "../standalone/standalone-page";
import { workerBackend, workerPapers } from "../standalone/workbook-backend";
import { newWorkbookWorker } from "../standalone/worker-url";
import { fetchTemplate } from "./documents";
import { Pane, PaneEnv } from "./pane";

// The pane's start: Office decides where it runs (standalone/host.ts). Inside Excel it works on the
// open workbook; in a plain browser it offers standalone mode over an .xlsx the user opens.

const WAITING: Record<"starting" | "slow", string> = {
  starting: "Starting: waiting for Excel to hand over the workbook…",
  slow: "Excel is taking longer than usual to start the add-in. The pane opens as soon as Excel is ready; if nothing happens, close the pane and open it again from Home > Scorecard.",
};

const STOPPED: Partial<Record<HostDecision["kind"], string>> = {
  "other-host": "LAA Scorecard works on Excel workbooks: open it from Excel's Home tab.",
  "office-unavailable":
    "Excel started this pane, but Office's add-in library (office.js) could not be loaded, perhaps blocked by a network filter. Check the connection, then close the pane and open it again.",
};

async function start(): Promise<void> {
  let standalone: StandalonePage | null = null;
  // Papers are written in a Web Worker (in Excel too), so the pane's thread only receives their bytes.
  const env: PaneEnv = { delivery: browserDownload, template: (name) => fetchTemplate(name), papers: workerPapers(newWorkbookWorker), changed: () => standalone?.changed() };
  const pane = new Pane(document, env);
  const starting = document.getElementById("starting")!;
  const decision = await startHost({ onWaiting: (stage) => (starting.textContent = WAITING[stage]) });
  starting.textContent = "";

  if (decision.kind === "excel") {
    env.delivery = deliveryFor(decision.platform, Office, location.href);
    // The open workbook's own name for the returns' "Made from"; a new, unsaved workbook has none.
    env.bookName = () => fileNameOf(Office.context.document.url ?? "") || "this workbook";
    document.getElementById("step-open")!.textContent =
      "Keep your scorecard on a sheet of this workbook: one row per indicator, with Ref, Indicator and Thematic partnership columns, and its targets and actuals.";
    await pane.setSource(new ExcelWorkbookSource());
    // A workbook with no scorecard yet: the first-run steps say what the add-in needs.
    document.getElementById("first-run")!.hidden = pane.hasScorecard;
    return;
  }
  if (decision.kind === "standalone") {
    // A worker per opened file, started only then: exceljs never loads before a file is opened.
    standalone = startStandalone(document, pane, () => workerBackend(newWorkbookWorker()));
    return;
  }
  document.getElementById("workbook-label")!.textContent = STOPPED[decision.kind] ?? "";
  document.getElementById("pane")!.setAttribute("aria-busy", "false");
}

/** "https://…/Essex%20scorecard.xlsx?web=1" or "C:\\LAA\\Essex scorecard.xlsx" -> "Essex scorecard.xlsx". */
function fileNameOf(url: string): string {
  const last = url.split(/[?#]/)[0].split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

void start();
