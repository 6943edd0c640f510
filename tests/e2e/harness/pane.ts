import { mkdirSync, promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import { Download, Page } from "playwright-core";
import { ROOT, SCREENSHOTS } from "./paths";

// The task pane as a user meets it in standalone mode, by the ids the pane's page gives its controls.

/** Waits until the pane has nothing under way (it sets aria-busy while it works). */
export async function idle(page: Page): Promise<void> {
  await page.waitForSelector("#pane[aria-busy=false]", { timeout: 30_000 });
}

/** Opens the pane and waits for standalone mode: office.js was blocked, so there is no Office host. */
export async function openPane(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("#first-run:not([hidden])", { timeout: 15_000 });
  await idle(page);
}

/** Opens a workbook through the visible Open control (first-run, or Open another…), then waits for the pane. */
export async function openWorkbook(page: Page, file: string): Promise<void> {
  const firstRun = await page.locator("#first-run").isVisible();
  await page.evaluate(() => document.getElementById("findings-summary")?.setAttribute("data-old", ""));
  await page.setInputFiles(firstRun ? "#open-file" : "#open-another", file);
  await page.waitForFunction(() => {
    const findings = document.querySelector("#findings-summary:not([data-old])");
    const said = [...document.querySelectorAll("#first-run-status .message, #file-status .message, #check-status .message")];
    return Boolean(findings) || said.some((m) => (m.textContent ?? "") !== "" && !/^The changes are in this page only/.test(m.textContent ?? ""));
  });
  await idle(page);
}

export type View = "check" | "summary" | "documents" | "returns" | "settings";

export async function showView(page: Page, view: View): Promise<void> {
  await page.click(`#tab-${view}`);
  await page.waitForSelector(`#view-${view}:not([hidden])`);
}

export interface ShownFinding {
  severity: "error" | "warning";
  sheet: string;
  cell: string;
  place: string;
  text: string;
}

/** The findings the pane lists, with the sheet and cell each button goes to. */
export function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.$$eval("#findings button.finding", (buttons) =>
    buttons.map((b) => ({
      severity: (b.classList.contains("error") ? "error" : "warning") as "error" | "warning",
      sheet: (b as HTMLElement).dataset.sheet ?? "",
      cell: (b as HTMLElement).dataset.cell ?? "",
      place: b.querySelector(".place")?.textContent ?? "",
      text: (b.textContent ?? "").replace(/\s+/g, " ").trim(),
    })),
  );
}

export type StatusBox =
  | "check-status" | "summary-status" | "documents-status" | "settings-status" | "file-status" | "first-run-status"
  | "make-returns-status" | "returns-status" | "accept-status";

/** The sentence in a view's status area, or "" when there is none. */
export async function message(page: Page, box: StatusBox): Promise<string> {
  const found = page.locator(`#${box} .message`);
  return (await found.count()) && (await found.isVisible()) ? (await found.innerText()).trim() : "";
}

/** Waits for a sentence matching `pattern` in a status area. */
export async function said(page: Page, box: StatusBox, pattern: RegExp): Promise<string> {
  await page.waitForFunction(([id, source]) => new RegExp(source).test(document.querySelector(`#${id} .message`)?.textContent ?? ""), [box, pattern.source] as const);
  return message(page, box);
}

export interface Saved {
  fileName: string;
  bytes: Buffer;
}

async function save(download: Download): Promise<Saved> {
  const file = await download.path();
  return { fileName: download.suggestedFilename(), bytes: await fs.readFile(file) };
}

/** Runs an action that downloads exactly `count` files (no more, no fewer) and returns them. */
export async function downloads(page: Page, action: () => Promise<unknown>, count = 1): Promise<Saved[]> {
  const got: Download[] = [];
  const on = (d: Download) => void got.push(d);
  page.on("download", on);
  try {
    await action();
    const deadline = Date.now() + 30_000;
    while (got.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await idle(page);
  } finally {
    page.off("download", on);
  }
  if (got.length !== count) throw new Error(`Expected ${count} download(s), got ${got.length}.`);
  return Promise.all(got.map(save));
}

/** A full-page screenshot under tests/e2e/screenshots/, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Presses a key on the focused file control and answers the file chooser it opens with `file`. */
export async function chooseFileByKey(page: Page, key: "Enter" | "Space", file: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser", { timeout: 10_000 });
  // One round trip first: the chooser is only intercepted once playwright has told Chromium to, and a
  // key pressed before that opens the real (headless, unanswerable) dialog instead.
  await page.evaluate(() => 0);
  await page.keyboard.press(key);
  await (await chooser).setFiles(file);
  // The findings may be in a view not shown (the pane opens on Summary when there is nothing to fix).
  await page.waitForSelector("#findings-summary, #first-run-status .message, #file-status .message", { state: "attached" });
  await idle(page);
}

/** Elements that reach past the right edge of the window, and whether the page scrolls sideways. */
export function horizontalOverflow(page: Page): Promise<{ scrolls: boolean; past: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      if (el.closest("[hidden], .visually-hidden, dialog:not([open])")) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5) past.push(`${el.tagName.toLowerCase()}#${el.id || ""}.${el.className || ""} right=${Math.round(box.right)}`);
    }
    return { scrolls: document.documentElement.scrollWidth > width, past: past.slice(0, 10) };
  });
}

const AXE = readFileSync(path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

/** axe-core's violations (WCAG 2.x A and AA, and best practice) in the page as it stands. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the browser's debugging protocol, not added as a <script>: the pane's
  // Content-Security-Policy refuses inline scripts, as it should.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(`${AXE}\n;0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}
