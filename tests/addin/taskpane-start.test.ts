/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { OfficeMockObject } from "office-addin-mock";
import { mockExcel } from "./excel-mock";
import { scorecardSheet } from "./scorecard-fixture";

// The pane's own start, as Excel runs it, with Office and Excel under office-addin-mock: a cold start
// whose Office.onReady answers late (the pane waits, says so, and never offers standalone mode), and
// Excel on a Mac (documents are handed to the browser, never claimed as downloaded).

jest.mock("../../addin/standalone/worker-url", () => ({ newWorkbookWorker: () => { throw new Error("no worker in Excel"); } }));

const html = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");
const global = globalThis as unknown as { Office?: unknown; Excel?: unknown };
const byId = (id: string) => document.getElementById(id) as HTMLElement;

function excelOnMac(onReadyAfterMs: number) {
  const opened: string[] = [];
  const excel = mockExcel([scorecardSheet(6)]);
  const office = new OfficeMockObject({
    HostType: { Excel: "Excel" },
    PlatformType: { Mac: "Mac" },
    onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: "Excel", platform: "Mac" }), onReadyAfterMs)),
    context: {
      ui: { openBrowserWindow: (url: string) => opened.push(url) },
      requirements: { isSetSupported: (name: string) => name === "OpenBrowserWindowApi" },
    },
  });
  office.load("HostType/Excel, PlatformType/Mac");
  void office.sync();
  global.Office = office;
  global.Excel = { run: (_options: unknown, batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(excel.context) };
  return { opened };
}

beforeEach(() => {
  // As Office opens the pane: its host information in the address.
  window.history.replaceState(null, "", "/taskpane.html?_host_Info=Excel$Mac$16.00$en-GB$$$$0");
  document.body.innerHTML = html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
});
afterEach(() => {
  delete global.Office;
  delete global.Excel;
  jest.useRealTimers();
});

test("a cold start in Excel for Mac: waits for Office however long, says it is starting, then opens the workbook", async () => {
  jest.useFakeTimers();
  const { opened } = excelOnMac(12_000);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the entry script runs on load, so it is loaded only now
  jest.isolateModules(() => require("../../addin/taskpane/taskpane"));
  await jest.advanceTimersByTimeAsync(1_000);
  expect(byId("starting").textContent).toBe("Starting: waiting for Excel to hand over the workbook…");
  await jest.advanceTimersByTimeAsync(8_000);
  // Nine seconds in: still waiting on Office, not offering to open a file instead.
  expect(byId("first-run-actions").hidden).toBe(true);
  expect(byId("views").hidden).toBe(true);
  await jest.advanceTimersByTimeAsync(4_000);
  jest.useRealTimers();
  for (let i = 0; i < 200 && byId("views").hidden; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(byId("starting").textContent).toBe("");
  expect(byId("workbook-label").textContent).toBe("Working on this workbook.");
  expect(byId("first-run").hidden).toBe(true);
  expect(byId("file-bar").hidden).toBe(true);
  expect(document.querySelectorAll("#partnership-cards > li").length).toBeGreaterThan(0);
  expect(opened).toEqual([]);
});
