import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Page } from "playwright-core";
import { writeCountyBook } from "../../scripts/county-book";
import { dashboard } from "../../src/dashboard";
import { analyseFile } from "./harness/workbooks";
import { axeViolations, horizontalOverflow, openWorkbook, screenshot, showView } from "./harness/pane";
import { SCREENSHOTS } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";

// A county's scorecard (50 partnerships, 2,000 indicators) in a pane 320 px wide: the trouble is on
// the first screen (Red first, the counts by status as filters), a search finds an indicator, what
// changed since last quarter is on each card, and every state fits and passes axe.

const suite = useStandalonePane();
let dir: string;
let book: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "laa-county-"));
  book = await writeCountyBook(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RANK: Record<string, number> = { Red: 0, Amber: 1, "No data": 2, Green: 3 };

async function shownCards(page: Page): Promise<{ name: string; status: string }[]> {
  return page.$$eval("#partnership-cards > li:not([hidden])", (lis) =>
    lis.map((li) => ({ name: li.querySelector("h3")!.textContent ?? "", status: li.querySelector(".status-line .badge")!.textContent ?? "" })),
  );
}

async function checked(page: Page, state: string, shot = true): Promise<void> {
  expect([state, await horizontalOverflow(page)]).toEqual([state, { scrolls: false, past: [] }]);
  expect([state, await axeViolations(page)]).toEqual([state, []]);
  if (shot) await screenshot(page, `county-${state}`);
}

test("at 320 px, 50 partnerships: Red first, filters by status and change, a search, collapse all", async () => {
  const { page } = await suite.pane();
  await page.setViewportSize({ width: 320, height: 900 });
  await openWorkbook(page, book);
  const model = dashboard(await analyseFile(book));
  expect(model.partnerships).toHaveLength(50);
  await showView(page, "summary");
  await checked(page, "summary");

  // Exceptions first: every Red card before every Amber, then No data, then Green.
  const all = await shownCards(page);
  expect(all).toHaveLength(50);
  const ranks = all.map((c) => RANK[c.status] ?? RANK["No data"]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(all[0].status).toBe("Red");
  // On the first screen: the counts by status, and the first Red card.
  await page.screenshot({ path: path.join(SCREENSHOTS, "county-first-screen.png") });
  const first = await page.locator("#partnership-cards > li .status-line").first().boundingBox();
  expect(first!.y + first!.height).toBeLessThan(900);
  const reds = model.partnerships.filter((p) => p.overall === "Red").length;
  await expect(page.locator("#filter-Red").innerText()).resolves.toBe(`${reds} Red`);

  // The Red chip: only the Red partnerships, and it says so.
  await page.click("#filter-Red");
  expect((await shownCards(page)).map((c) => c.status)).toEqual(Array(reds).fill("Red"));
  await expect(page.locator("#cards-shown").innerText()).resolves.toBe(`Showing ${reds} of 50 partnerships.`);
  await checked(page, "red-only");
  // Red and Amber together.
  await page.click("#filter-Amber");
  const ambers = model.partnerships.filter((p) => p.overall === "Amber").length;
  expect(await shownCards(page)).toHaveLength(reds + ambers);

  // Changed since last period: the cards whose status or indicators moved, each saying what it was.
  await page.click("#clear-filters");
  await page.click("#filter-changed");
  const changed = model.partnerships.filter((p) => p.change.was !== p.overall);
  expect(changed.length).toBeGreaterThan(0);
  expect((await shownCards(page)).map((c) => c.name).sort()).toEqual(changed.map((p) => p.name).sort());
  const moved = model.partnerships.find((p) => p.change.was && p.change.was !== p.overall)!;
  const i = model.partnerships.indexOf(moved);
  await expect(page.locator(`#card-${i} .change`).innerText()).resolves.toBe(`${moved.overall}, was ${moved.change.was} at Q1 2009/10. ${moved.change.movedText}.`);

  // A search by ref finds the indicator inside its card, which opens to it alone, with its sparkline.
  await page.click("#clear-filters");
  // A ref of two digits after the point: "L7.12" is in no other ref, as "L7.1" would be in "L7.12".
  const target = model.partnerships[6].toDiscuss.find((t) => /\.\d\d$/.test(t.ref))!;
  await page.fill("#card-search", target.ref);
  const found = await shownCards(page);
  expect(found.map((c) => c.name)).toEqual([model.partnerships[6].name]);
  await expect(page.locator("#card-6-toggle").getAttribute("aria-expanded")).resolves.toBe("true");
  await expect(page.locator("#card-6-list .indicator .ref").allInnerTexts()).resolves.toEqual([target.ref]);
  await expect(page.locator("#card-6-list svg.spark").getAttribute("aria-label")).resolves.toBe(target.spark.label);
  await checked(page, "search");

  // Every card opened, then Collapse all closes them.
  await page.click("#clear-filters");
  const closed = await page.$$eval(".disclosure[aria-expanded=false]", (bs) => bs.map((b) => b.id));
  for (const id of closed) await page.click(`#${id}`);
  await checked(page, "all-open", false);
  await page.click("#collapse-all");
  await expect(page.locator(".disclosure[aria-expanded=true]").count()).resolves.toBe(0);
});

test("Print summary lays the Summary out on A4 pages, each headed with the book, the period and the date", async () => {
  const { page } = await suite.pane();
  await page.setViewportSize({ width: 320, height: 900 });
  await openWorkbook(page, book);
  await showView(page, "summary");
  // The browser's print dialog is not opened in the test: print() is recorded instead.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.click("#print-summary");
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const heading = await page.locator("#print-heading").textContent();
  expect(heading).toMatch(/^LAA Scorecard: county-50-2000\.xlsx, as at Q2 2009\/10\. Printed \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
  await page.emulateMedia({ media: "print" });
  // On paper: the cards, not the controls.
  await expect(page.locator("#print-heading").isVisible()).resolves.toBe(true);
  for (const control of ["#refresh", "#print-summary", "#card-search", "#filter-Red", ".tabs"]) await expect([control, await page.locator(control).first().isVisible()]).toEqual([control, false]);
  await expect(page.locator("#partnership-cards > li").first().isVisible()).resolves.toBe(true);
  expect([`print`, await axeViolations(page)]).toEqual([`print`, []]);
  await screenshot(page, "county-print");
  const pdf = path.join(dir, "summary.pdf");
  await page.pdf({ path: pdf, format: "A4", preferCSSPageSize: true });
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim() !== "");
  expect(pages.length).toBeGreaterThan(3);
  // Every page is headed with the book, the period and the date, and numbered.
  pages.forEach((text, i) => {
    expect([i, text.includes("LAA Scorecard: county-50-2000.xlsx, as at Q2 2009/10")]).toEqual([i, true]);
    expect([i, text.includes(`Page ${i + 1} of ${pages.length}`)]).toEqual([i, true]);
  });
  // A4 portrait, as the print CSS asks.
  expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
  await page.emulateMedia({ media: "screen" });
});
