import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { downloads, message, openWorkbook, screenshot, shownFindings } from "./harness/pane";
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

test("a broken scorecard lists its errors at their cells, and Refresh writes nothing", async () => {
  const broken = await brokenSample(SAMPLE, dir);
  const expected = (await analyseFile(broken.file)).findings;
  const { page } = await suite.pane();
  await openWorkbook(page, broken.file);
  await screenshot(page, "07-broken-opened");

  const shown = await shownFindings(page);
  expect(shown.map((f) => [f.severity, f.sheet, f.cell]).sort()).toEqual(expected.map((f) => [f.severity, f.sheet, f.cell]).sort());
  const errors = shown.filter((f) => f.severity === "error").map((f) => f.cell);
  expect(errors).toEqual(expect.arrayContaining([broken.wordsCell, broken.duplicateCell]));
  await expect(page.locator("#findings-summary").innerText()).resolves.toMatch(/^\d+ errors? to fix before the scorecard can be refreshed/);

  await page.click("#refresh");
  await page.waitForFunction(() => /nothing was written/.test(document.getElementById("message")?.textContent ?? ""));
  await screenshot(page, "08-broken-refresh-refused");
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(false);
  await expect(page.locator("#summary-table").count()).resolves.toBe(0);

  // Documents are refused too: the figures would be wrong.
  await page.click("#download-minutes");
  await page.waitForFunction(() => /cannot go into a document/.test(document.getElementById("documents-message")?.textContent ?? ""));
});

test("a text file gets one plain sentence and nothing else happens", async () => {
  const text = path.join(dir, "scorecard.csv");
  await fs.writeFile(text, "Ref,Indicator,Partnership\nNI 20,Assault with injury crime rate,Safer Essex\n");
  const { page } = await suite.pane();
  await openWorkbook(page, text);
  await screenshot(page, "09-text-file-refused");
  await expect(message(page)).resolves.toBe('"scorecard.csv" is not an Excel workbook (.xlsx).');
  await expect(page.locator("#findings button").count()).resolves.toBe(0);
  await expect(page.locator("#workbook-label").innerText()).resolves.toBe("No workbook open yet.");
  for (const id of ["validate", "refresh", "download-workbook", "download-minutes", "save-settings"]) {
    await expect(page.locator(`#${id}`).isDisabled()).resolves.toBe(true);
  }
});

test("a workbook too big for the browser is refused by size before it is read", async () => {
  const big = path.join(dir, "huge.xlsx");
  await fs.writeFile(big, Buffer.alloc(11 * 1024 * 1024, 0x50));
  const { page } = await suite.pane();
  await openWorkbook(page, big);
  await screenshot(page, "13-oversized-file-refused");
  await expect(message(page)).resolves.toMatch(/^"huge\.xlsx" is 11 MB, more than the 10 MB this page can open; use the command line/);
  await expect(page.locator("#refresh").isDisabled()).resolves.toBe(true);
});

test("a refused file after a good one leaves the good one open and its download intact", async () => {
  const text = path.join(dir, "notes.txt");
  await fs.writeFile(text, "not a workbook");
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await page.click("#refresh");
  await page.waitForSelector("#summary-table");
  await openWorkbook(page, text);
  await expect(message(page)).resolves.toBe('"notes.txt" is not an Excel workbook (.xlsx).');
  await expect(page.locator("#workbook-label").innerText()).resolves.toBe("Working on sample-scorecard.xlsx.");
  const [saved] = await downloads(page, () => page.click("#download-workbook"));
  expect(saved.fileName).toBe("sample-scorecard (refreshed).xlsx");
});
