import { Page } from "playwright-core";
import { chooseFileByKey, downloads, idle, said, screenshot } from "./harness/pane";
import { SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";
import { analyseFile } from "./harness/workbooks";

// Someone who does not use a mouse: open, go through every view, refresh, open a partnership, write
// papers and save settings with Tab, Shift+Tab, the arrow keys, Enter and Space alone; the focus moves
// in the order the page reads, can always be seen, and stays on the control that was used.

const suite = useStandalonePane();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/** Presses Tab (or Shift+Tab) until the element is focused; fails when it is not reached. */
async function tabTo(page: Page, id: string, back = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Moves along the view tabs with the arrow keys to a view, from the focused tab. */
async function arrowTo(page: Page, view: string): Promise<void> {
  for (let i = 0; i < 4 && (await focusedId(page)) !== `tab-${view}`; i++) await page.keyboard.press("ArrowRight");
  expect(await focusedId(page)).toBe(`tab-${view}`);
  await expect(page.locator(`#view-${view}`).isVisible()).resolves.toBe(true);
}

/** Every stop of the Tab key from the top of the page to the bottom. */
async function tabStops(page: Page): Promise<string[]> {
  // A click on the title moves the keyboard's starting point back to the top of the page.
  await page.click("h1");
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => (document.activeElement === document.body ? "" : document.activeElement?.id || document.activeElement?.outerHTML.slice(0, 60) || ""));
    if (id === "" || stops.includes(id)) break;
    stops.push(id);
  }
  return stops;
}

/** The controls a Tab key should visit, in the order they stand in the page. */
function focusableInPageOrder(page: Page): Promise<string[]> {
  return page.$$eval("button, input, select, textarea, a[href], [tabindex], details > summary", (els) =>
    els
      .filter((e) => {
        const el = e as HTMLInputElement;
        if (el.disabled || el.tabIndex < 0 || el.type === "hidden" || el.closest("[hidden], dialog:not([open])")) return false;
        // A closed disclosure shows its summary only.
        const closed = el.closest("details:not([open])");
        if (closed && el.parentElement !== closed) return false;
        // Of a group of radios, only the checked one is a Tab stop.
        if (el.type === "radio" && !el.checked) return false;
        return getComputedStyle(el).visibility !== "hidden" && (el.getClientRects().length > 0 || el.type === "file");
      })
      .map((e) => e.id || e.outerHTML.slice(0, 60)),
  );
}

/** Whether the focused control shows a focus ring (for a file input, its label drawn as a button does). */
function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const shown = el instanceof HTMLInputElement && el.type === "file" ? (document.querySelector(`label[for="${el.id}"]`) as HTMLElement) : el;
    const style = getComputedStyle(shown);
    return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
  });
}

test("open, refresh, open a partnership and download by keyboard alone", async () => {
  const { page } = await suite.pane();
  await tabTo(page, "open-file");
  expect(await focusVisible(page)).toBe(true);
  await screenshot(page, "20-keyboard-open-focused");

  await chooseFileByKey(page, "Enter", SAMPLE);
  await expect(page.locator("#workbook-label").innerText()).resolves.toBe("Working on sample-scorecard.xlsx.");
  // The first-run panel (and the control used) went: the view the workbook opened on has the focus.
  expect(await focusedId(page)).toBe("tab-summary");

  await tabTo(page, "refresh");
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press("Enter");
  await said(page, "summary-status", /^Scorecard refreshed/);
  await idle(page);
  expect(await focusedId(page)).toBe("refresh");

  await tabTo(page, "card-0-toggle");
  await page.keyboard.press("Enter");
  await expect(page.locator("#card-0-list").isVisible()).resolves.toBe(true);
  await page.keyboard.press("Tab");
  expect(await focusedId(page)).toBe("indicator-0-0");
  await page.keyboard.press("Enter");
  await expect(page.locator("#indicator-0-0 + .goto-note").isVisible()).resolves.toBe(true);
  await screenshot(page, "21-keyboard-partnership-open");

  await tabTo(page, "download-workbook", true);
  const [saved] = await downloads(page, () => page.keyboard.press("Space"));
  expect(saved.fileName).toBe("sample-scorecard (refreshed).xlsx");
});

test("every view by the arrow keys: tick partnerships, download their reviews and save settings", async () => {
  const { page } = await suite.pane();
  await tabTo(page, "try-sample");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#findings-summary", { state: "attached" });
  await idle(page);
  const partnerships = (await analyseFile(SAMPLE)).partnerships;
  expect(await focusedId(page)).toBe("tab-summary");
  await page.keyboard.press("ArrowLeft");
  expect(await focusedId(page)).toBe("tab-check");
  await expect(page.locator("#view-check").isVisible()).resolves.toBe(true);

  await arrowTo(page, "documents");
  await tabTo(page, "partnership-0");
  await page.keyboard.press("Space");
  await expect(page.locator("#partnership-0").isChecked()).resolves.toBe(false);
  await tabTo(page, "as-zip");
  await page.keyboard.press("Space");
  await tabTo(page, "download-documents");
  const files = await downloads(page, () => page.keyboard.press("Enter"), partnerships.length - 1);
  expect(files.map((f) => f.fileName)).not.toContain(`${partnerships[0].name} annual review.docx`);
  expect(await focusedId(page)).toBe("download-documents");

  await tabTo(page, "tab-documents", true);
  await arrowTo(page, "settings");
  await tabTo(page, "amber-tolerance");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("7.5");
  await page.keyboard.press("Enter");
  await said(page, "settings-status", /Settings saved/);
  await expect(page.locator("#amber-tolerance").inputValue()).resolves.toBe("7.5%");
  await screenshot(page, "22-keyboard-settings-saved");
});

test("in every view, focus follows the page from top to bottom, and every stop shows where it is", async () => {
  const { page } = await suite.pane();
  await page.setInputFiles("#open-file", SAMPLE);
  await page.waitForSelector("#findings-summary", { state: "attached" });
  await idle(page);
  for (const view of ["check", "summary", "documents", "returns", "settings"]) {
    await page.click(`#tab-${view}`);
    const stops = await tabStops(page);
    expect(stops).toEqual(await focusableInPageOrder(page));
    expect(stops).toEqual(expect.arrayContaining(["open-another", `tab-${view}`]));
    for (const id of stops) {
      await page.focus(`#${id}`);
      await page.keyboard.press("Shift");
      expect([id, await focusVisible(page)]).toEqual([id, true]);
    }
  }
});
