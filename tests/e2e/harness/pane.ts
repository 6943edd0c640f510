import { mkdirSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { Download, Page } from "playwright-core";
import { SCREENSHOTS } from "./paths";

// The task pane as a user meets it in standalone mode, by the ids the pane's page gives its controls.

/** Waits until the pane has nothing under way (it sets aria-busy while it works). */
export async function idle(page: Page): Promise<void> {
  await page.waitForSelector("#pane[aria-busy=false]", { timeout: 30_000 });
}

/** Opens the pane and waits for standalone mode: office.js was blocked, so there is no Office host. */
export async function openPane(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("#standalone:not([hidden])", { timeout: 15_000 });
  await idle(page);
}

/** Opens a workbook through the file input, then waits for the pane to finish reading it. */
export async function openWorkbook(page: Page, file: string): Promise<void> {
  await page.setInputFiles("#open-file", file);
  await page.waitForFunction(() => {
    const findings = document.getElementById("findings-summary");
    const message = document.getElementById("message");
    return Boolean(findings) || Boolean(message && !message.hidden && message.textContent);
  });
  await idle(page);
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

/** The sentence in a message box (the Scorecard card's, or the Documents card's), or "" when there is none. */
export async function message(page: Page, box: "message" | "documents-message" = "message"): Promise<string> {
  const found = page.locator(`#${box}`);
  return (await found.isVisible()) ? (await found.innerText()).trim() : "";
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
  await page.waitForSelector("#findings-summary, #message:not([hidden])");
  await idle(page);
}
