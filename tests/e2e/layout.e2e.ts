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

test.each(WIDTHS)("at %s nothing scrolls sideways, before and after Refresh, in every view", async (label, width) => {
  const { page } = await suite.pane();
  await page.setViewportSize({ width, height: 900 });
  await fits(page, `${label}, first run`);
  await openWorkbook(page, SAMPLE);
  for (const view of ["check", "documents", "settings", "summary"] as const) {
    await showView(page, view);
    await fits(page, `${label}, ${view}, before Refresh`);
  }
  await page.click("#refresh");
  await said(page, "summary-status", /^Scorecard refreshed/);
  await idle(page);
  await fits(page, `${label}, summary, after Refresh`);
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
