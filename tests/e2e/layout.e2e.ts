import { Page } from "playwright-core";
import { horizontalOverflow, idle, openWorkbook, said, screenshot, showView } from "./harness/pane";
import { SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";

// The pane at the widths Excel gives it: 320 px (narrowest), 350 px (the default), 500 px, and the
// same 350 and 320 px at 200% zoom (175 and 160 CSS pixels). Nothing may make the pane scroll sideways
// or reach past its right edge, before and after a refresh, with a partnership open (WCAG 1.4.10).

const suite = useStandalonePane();

const WIDTHS: [string, number][] = [
  ["320px", 320],
  ["350px", 350],
  ["500px", 500],
  ["350px at 200% zoom", 175],
  ["320px at 200% zoom", 160],
];

async function fits(page: Page, state: string): Promise<void> {
  const overflow = await horizontalOverflow(page);
  expect([state, overflow]).toEqual([state, { scrolls: false, past: [] }]);
}

/** How many rows the given elements sit on, and how many sit on each (by their tops). */
function rowsOf(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (els) => {
    const rows = new Map<number, number>();
    for (const el of els) {
      const top = Math.round(el.getBoundingClientRect().top);
      rows.set(top, (rows.get(top) ?? 0) + 1);
    }
    return [...rows.values()];
  });
}

/** Whether the element is wholly inside the viewport: on screen without the user scrolling to it. */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = (await page.locator(selector).boundingBox())!;
  return box.y >= 0 && box.y + box.height <= page.viewportSize()!.height + 1;
}

test.each(WIDTHS)("at %s nothing scrolls sideways, before and after Refresh, in every view", async (label, width) => {
  const { page } = await suite.pane();
  // At 200% zoom the pane is also half as tall (800 px is 400 CSS px).
  await page.setViewportSize({ width, height: width < 300 ? 400 : 900 });
  await fits(page, `${label}, first run`);
  await openWorkbook(page, SAMPLE);
  for (const view of ["check", "documents", "returns", "settings", "summary"] as const) {
    await showView(page, view);
    await fits(page, `${label}, ${view}, before Refresh`);
  }
  // Five tabs in one row when they fit; narrower (320 and 350 px, and at 200% zoom) three and two, never one alone.
  expect([label, await rowsOf(page, ".tabs [role=tab]")]).toEqual([label, width >= 380 ? [5] : [3, 2]]);
  await page.click("#refresh");
  await said(page, "summary-status", /^Scorecard refreshed/);
  await idle(page);
  await fits(page, `${label}, summary, after Refresh`);
  // The outcome of the action is in view, however little of the pane shows.
  expect([label, await inView(page, "#summary-status .message")]).toEqual([label, true]);
  // The area's four facts: one row when wide, two rows of two at Excel's width; none left alone.
  const facts = await rowsOf(page, "#area-line .facts > div");
  expect([label, facts]).toEqual([label, width >= 500 ? [4] : width >= 300 ? [2, 2] : [1, 1, 1, 1]]);
  const toggles = await page.locator(".disclosure:not([disabled])").count();
  for (let i = 0; i < toggles; i++) await page.locator(".disclosure:not([disabled])").nth(i).click();
  await page.click("#indicator-0-0");
  await fits(page, `${label}, every partnership open`);
  await showView(page, "check");
  await page.click("#finding-0");
  await fits(page, `${label}, check after Refresh, a finding's note`);
  if (width === 350) {
    await showView(page, "summary");
    await screenshot(page, "30-summary-350px-partnerships-open");
  }
  if (width === 160) {
    await showView(page, "summary");
    await screenshot(page, "31-summary-320px-at-200pc");
  }
  // A settings save's outcome, under its button, is in view too (here, below the fold at 200% zoom).
  await showView(page, "settings");
  await page.fill("#amber-tolerance", "10%");
  await page.click("#save-settings");
  await said(page, "settings-status", /^Settings saved/);
  await idle(page);
  expect([label, await inView(page, "#settings-status .message")]).toEqual([label, true]);
});

test("a screenshot of each view at Excel's default width, to look at", async () => {
  const { page } = await suite.pane();
  await page.setViewportSize({ width: 350, height: 700 });
  await screenshot(page, "40-first-run");
  await openWorkbook(page, SAMPLE);
  await page.click("#refresh");
  await said(page, "summary-status", /^Scorecard refreshed/);
  await page.click("#card-0-toggle");
  await screenshot(page, "41-summary");
  for (const view of ["check", "documents", "settings"] as const) {
    await showView(page, view);
    await screenshot(page, `42-${view}`);
  }
});
