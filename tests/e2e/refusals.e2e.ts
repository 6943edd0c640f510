import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { downloads, message, openWorkbook, said, screenshot, showView, shownFindings } from "./harness/pane";
import { SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";
import { analyseFile, brokenSample } from "./harness/workbooks";

// What goes wrong in real life: a scorecard with mistakes in it, a file that is not a workbook, a
// workbook far too big for a browser tab. Each gets findings with their cells or one plain sentence,
// and nothing is written.

const suite = useStandalonePane();
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "laa-e2e-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("a broken scorecard opens on Check with its errors at their cells; Refresh writes nothing; no statuses are shown", async () => {
  const broken = await brokenSample(SAMPLE, dir);
  const expected = (await analyseFile(broken.file)).findings;
  const { page } = await suite.pane();
  await openWorkbook(page, broken.file);
  await expect(page.locator("#view-check").isVisible()).resolves.toBe(true);
  await screenshot(page, "08-broken-opened");

  const shown = await shownFindings(page);
  expect(shown.map((f) => [f.severity, f.sheet, f.cell]).sort()).toEqual(expected.map((f) => [f.severity, f.sheet, f.cell]).sort());
  const errors = shown.filter((f) => f.severity === "error").map((f) => f.cell);
  expect(errors).toEqual(expect.arrayContaining([broken.wordsCell, broken.duplicateCell]));
  await expect(page.locator("#findings-summary").innerText()).resolves.toMatch(/^\d+ errors? to fix before the scorecard can be refreshed/);

  await showView(page, "summary");
  await expect(page.locator("#summary-note").innerText()).resolves.toMatch(/^The workbook has \d+ errors, so no statuses are shown/);
  await expect(page.locator("#partnership-cards").count()).resolves.toBe(0);
  await page.click("#refresh");
  await said(page, "summary-status", /nothing was written/);
  await screenshot(page, "09-broken-refresh-refused");
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(false);

  // Documents are refused too: the figures would be wrong.
  await showView(page, "documents");
  await page.check("#document-minutes");
  await page.click("#download-documents");
  await said(page, "documents-status", /cannot go into a document/);
});

test("a text file gets one plain sentence beside the Open button, and nothing else happens", async () => {
  const text = path.join(dir, "scorecard.csv");
  await fs.writeFile(text, "Ref,Indicator,Partnership\nNI 20,Assault with injury crime rate,Safer Essex\n");
  const { page } = await suite.pane();
  await openWorkbook(page, text);
  await screenshot(page, "10-text-file-refused");
  await expect(message(page, "first-run-status")).resolves.toBe('"scorecard.csv" is not an Excel workbook (.xlsx).');
  await expect(page.locator("#findings button").count()).resolves.toBe(0);
  await expect(page.locator("#workbook-label").innerText()).resolves.toBe("No workbook open yet.");
  // Before a workbook is open the views are not offered at all (nothing to check, refresh or write).
  await expect(page.locator("#views").isVisible()).resolves.toBe(false);
  await expect(page.locator("#first-run").isVisible()).resolves.toBe(true);
});

test("a workbook too big for the browser is refused by size before it is read", async () => {
  const big = path.join(dir, "huge.xlsx");
  await fs.writeFile(big, Buffer.alloc(11 * 1024 * 1024, 0x50));
  const { page } = await suite.pane();
  await openWorkbook(page, big);
  await screenshot(page, "11-oversized-file-refused");
  await expect(message(page, "first-run-status")).resolves.toMatch(/^"huge\.xlsx" is 11 MB, more than the 10 MB this page can open; use the command line/);
  await expect(page.locator("#views").isVisible()).resolves.toBe(false);
});

test("a refused file after a good one leaves the good one open and its download intact", async () => {
  const text = path.join(dir, "notes.txt");
  await fs.writeFile(text, "not a workbook");
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await page.click("#refresh");
  await said(page, "summary-status", /^Scorecard refreshed/);
  await openWorkbook(page, text);
  await expect(message(page, "file-status")).resolves.toBe('"notes.txt" is not an Excel workbook (.xlsx).');
  await expect(page.locator("#workbook-label").innerText()).resolves.toBe("Working on sample-scorecard.xlsx.");
  await showView(page, "summary");
  const [saved] = await downloads(page, () => page.click("#download-workbook"));
  expect(saved.fileName).toBe("sample-scorecard (refreshed).xlsx");
});
