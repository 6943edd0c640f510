import { Page } from "playwright-core";
import { chooseFileByKey, downloads, idle, message, screenshot } from "./harness/pane";
import { SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";
import { analyseFile } from "./harness/workbooks";

// Someone who does not use a mouse: open, refresh, download, write papers and save settings with
// Tab, Shift+Tab, Enter and Space alone; the focus moves in the order the page reads, and can be seen.

const suite = useStandalonePane();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/** Presses Tab (or Shift+Tab) until the element is focused; fails when it is not reached. */
async function tabTo(page: Page, id: string, back = false): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Every stop of the Tab key from the top of the page to the bottom. */
async function tabStops(page: Page): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => (document.activeElement === document.body ? "" : document.activeElement?.id || document.activeElement?.outerHTML.slice(0, 60) || ""));
    if (id === "" || stops.includes(id)) break;
    stops.push(id);
  }
  return stops;
}

/** The controls a Tab key should visit, in the order they stand in the page. */
function focusableInPageOrder(page: Page): Promise<string[]> {
  return page.$$eval("button, input, select, textarea, a[href], [tabindex]", (els) =>
    els
      .filter((e) => {
        const el = e as HTMLInputElement;
        if (el.disabled || el.tabIndex < 0 || el.type === "hidden" || el.closest("[hidden]")) return false;
        return getComputedStyle(el).visibility !== "hidden" && el.getClientRects().length > 0;
      })
      .map((e) => e.id || e.outerHTML.slice(0, 60)),
  );
}

/** Whether the focused control shows a focus ring (for the file input, its label drawn as a button does). */
function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const shown = el.id === "open-file" ? (document.querySelector('label[for="open-file"]') as HTMLElement) : el;
    const style = getComputedStyle(shown);
    return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
  });
}

test("open, refresh and download the workbook by keyboard alone", async () => {
  const { page } = await suite.pane();
  await page.keyboard.press("Tab");
  expect(await focusedId(page)).toBe("open-file");
  expect(await focusVisible(page)).toBe(true);
  await screenshot(page, "10-keyboard-open-focused");

  await chooseFileByKey(page, "Enter", SAMPLE);
  await expect(page.locator("#workbook-label").innerText()).resolves.toBe("Working on sample-scorecard.xlsx.");

  await tabTo(page, "refresh");
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#summary-table");
  await idle(page);
  await expect(message(page)).resolves.toMatch(/^Scorecard refreshed/);

  await tabTo(page, "download-workbook", true);
  const [saved] = await downloads(page, () => page.keyboard.press("Space"));
  expect(saved.fileName).toBe("sample-scorecard (refreshed).xlsx");
});

test("tick partnerships, download their reviews and save settings by keyboard alone", async () => {
  const { page } = await suite.pane();
  await page.keyboard.press("Tab");
  await chooseFileByKey(page, "Space", SAMPLE);
  const partnerships = (await analyseFile(SAMPLE)).partnerships;

  await tabTo(page, "partnership-0");
  await page.keyboard.press("Space");
  await expect(page.locator("#partnership-0").isChecked()).resolves.toBe(false);
  await tabTo(page, "download-reviews");
  const files = await downloads(page, () => page.keyboard.press("Enter"), partnerships.length - 1);
  expect(files.map((f) => f.fileName)).not.toContain(`${partnerships[0].name} annual review.docx`);

  await tabTo(page, "amber-tolerance");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("7.5");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /Settings saved/.test(document.getElementById("message")?.textContent ?? ""));
  await expect(page.locator("#amber-tolerance").inputValue()).resolves.toBe("7.5");
  await screenshot(page, "11-keyboard-settings-saved");
});

test("focus follows the page from top to bottom, and every stop shows where it is", async () => {
  const { page } = await suite.pane();
  await page.setInputFiles("#open-file", SAMPLE);
  await page.waitForSelector("#findings-summary");
  await idle(page);

  const stops = await tabStops(page);
  expect(stops).toEqual(await focusableInPageOrder(page));
  expect(stops).toEqual(expect.arrayContaining(["open-file", "validate", "refresh", "finding-0", "partnership-0", "download-minutes", "reporting-period", "save-settings"]));
  for (const id of stops) {
    await page.focus(`#${id}`);
    await page.keyboard.press("Shift");
    expect([id, await focusVisible(page)]).toEqual([id, true]);
  }
});
