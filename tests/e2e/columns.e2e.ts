import { axeViolations, openWorkbook, screenshot, showView } from "./harness/pane";
import { SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";

// The Check view's "How the sheet was read", in real Chromium: opened and used by the keyboard alone,
// every column shown with what it was read as, and nothing axe-core objects to while it is open.

const suite = useStandalonePane();

test("the column map opens with Enter, lists every column as read, and its letters go to their header cells", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await showView(page, "check");
  await page.focus("#column-map-toggle");
  await expect(page.locator("#column-map-toggle").innerText()).resolves.toBe("How the sheet was read: 15 columns");
  await expect(page.locator("#column-L").isVisible()).resolves.toBe(false);
  await page.keyboard.press("Enter");
  await expect(page.locator("#column-L").isVisible()).resolves.toBe(true);
  const rows = await page.$$eval("#column-map .column-entry", (bs) => bs.map((b) => [".place", ".typed", ".read-as"].map((c) => (b.querySelector(c) as HTMLElement).innerText.trim())));
  expect(rows).toContainEqual(["L", "Q2 2009/10", "Actual, Q2 2009/10"]);
  expect(rows).toContainEqual(["I", "Target 2009/10", "Target, 2009/10"]);
  expect(rows).toHaveLength(15);

  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("column-A");
  await page.focus("#column-L");
  await page.keyboard.press("Enter");
  // A file has no cursor to move: the pane says where the header is, under the letter.
  await expect(page.locator("#column-L + .goto-note").innerText()).resolves.toMatch(/'LAA Scorecard'!L3/);
  await screenshot(page, "40-column-map-open");
  expect(await axeViolations(page)).toEqual([]);
});
