import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { orderCards } from "../../addin/taskpane/card-filter";
import { STATUS_FILL } from "../../src/colours";
import { dashboard } from "../../src/dashboard";
import { formatPeriod } from "../../src/periods";
import { downloads, idle, message, openWorkbook, said, screenshot, showView, shownFindings } from "./harness/pane";
import { ROOT, SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";
import { analyse } from "../../src/engine";
import { loadWorkbook } from "../../src/files";
import { writtenState } from "../../src/written";
import { analyseFile, bookOf, cellsOf, sampleAtTolerance } from "./harness/workbooks";
import { partsOf, same } from "../files/package-diff";

// A performance officer without Excel at hand: opens the sample scorecard in the browser, checks it,
// refreshes it and downloads the refreshed copy. The pane must say what the command line's engine
// says about the same file, and the download must change only the refresh's own cells.

const suite = useStandalonePane();

test("opening the sample lists the same findings as the engine, each naming its sheet and cell", async () => {
  const { page, requests } = await suite.pane();
  await screenshot(page, "01-standalone-start");
  await expect(page.locator("#workbook-label").innerText()).resolves.toBe("No workbook open yet.");
  // The file adapter (src/files, about 50 KB) is fetched when a workbook is opened, not with the pane.
  const filesChunk = () => requests.filter((u) => /\/files\.[^/]*\.js$/.test(u));
  expect(filesChunk()).toEqual([]);

  await openWorkbook(page, SAMPLE);
  // Read off the page's thread: in a Web Worker the page started for the file.
  expect(page.workers()).toHaveLength(1);
  expect(filesChunk()).toHaveLength(1);
  await showView(page, "check");
  await screenshot(page, "02-sample-opened-check");
  const expected = (await analyseFile(SAMPLE)).findings;
  const shown = await shownFindings(page);
  expect(shown.map((f) => [f.severity, f.sheet, f.cell])).toEqual(
    expect.arrayContaining(expected.map((f) => [f.severity, f.sheet, f.cell])),
  );
  expect(shown).toHaveLength(expected.length);
  for (const f of expected) {
    const item = shown.find((s) => s.sheet === f.sheet && s.cell === f.cell)!;
    expect(item.place).toMatch(new RegExp(`!${f.cell}$`));
    expect(item.text).toContain(f.message);
  }
  // A file has no cursor to move: choosing a finding tells the user where to look, right under it.
  await page.click("#finding-0");
  await expect(page.locator("#finding-0 + .goto-note").innerText()).resolves.toContain(shown[0].place);
  await expect(page.locator("#workbook-label").innerText()).resolves.toBe("Working on sample-scorecard.xlsx.");
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(false);
  await expect(page.locator(".progress").count()).resolves.toBe(0);
});

test("refresh and download: statuses as the engine rates them, every user cell unchanged, the opened file untouched", async () => {
  const { page } = await suite.pane();
  const before = createHash("sha256").update(await fs.readFile(SAMPLE)).digest("hex");
  const analysis = await analyseFile(SAMPLE);
  const scorecard = analysis.scorecard!;

  await openWorkbook(page, SAMPLE);
  await page.click("#refresh");
  await said(page, "summary-status", /^Scorecard refreshed at \d\d:\d\d/);
  await expect(page.locator(".progress").count()).resolves.toBe(0);
  // One box says it was written, not two.
  await expect(page.locator("#summary-note").isVisible()).resolves.toBe(false);
  await screenshot(page, "03-sample-refreshed");
  // Checked again, the workbook (with its own columns and summary sheet now) holds exactly these statuses.
  await showView(page, "check");
  await page.click("#validate");
  await idle(page);
  await showView(page, "summary");
  await expect(page.locator("#summary-note").innerText()).resolves.toMatch(/^Written into the workbook by the refresh at \d\d:\d\d\.$/);

  // The pane's summary: one card per partnership, its status in words (and colour, never colour alone).
  const cards = await page.$$eval("#partnership-cards > li", (lis) => lis.map((li) => ({ name: li.querySelector("h3")!.textContent, status: li.querySelector(".status-line .badge")!.textContent })));
  expect(cards).toEqual(orderCards(dashboard(analysis).partnerships).map(({ card: p }) => ({ name: p.name, status: p.overall })));

  // Downloading is the next step, and the page says so beside the button.
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(true);
  await expect(message(page, "file-status")).resolves.toBe("The changes are in this page only: download the refreshed workbook to keep them.");
  const [saved] = await downloads(page, () => page.click("#download-workbook"));
  expect(saved.fileName).toBe("sample-scorecard (refreshed).xlsx");
  // The browser saves where it saves (its downloads folder), not beside the file opened.
  await expect(message(page, "file-status")).resolves.toBe("Asked your browser to save sample-scorecard (refreshed).xlsx (usually to Downloads); the file you opened is unchanged.");
  // Focus stays on the control that was used.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("download-workbook");
  const out = await bookOf(saved.bytes);
  const sheet = out.getWorksheet(scorecard.sheet)!;

  // Status columns appended after the last used column, one status per indicator as the engine rates it.
  const header = sheet.getRow(scorecard.headerRow);
  const columnOf = (name: string) => {
    let found = 0;
    header.eachCell((cell, col) => {
      if (cell.value === name) found = col;
    });
    return found;
  };
  const status = columnOf("Status");
  expect(status).toBe(scorecard.lastColumn + 1);
  expect(columnOf("Direction of travel")).toBeGreaterThan(status);
  for (const rating of analysis.indicators) {
    const cell = sheet.getCell(rating.indicator.row, status);
    expect([rating.indicator.ref, cell.value]).toEqual([rating.indicator.ref, rating.status]);
    expect(cell.fill).toMatchObject({ fgColor: { argb: `FF${STATUS_FILL[rating.status]}` } });
    const asAt = sheet.getCell(rating.indicator.row, columnOf("Status as at")).value;
    expect(asAt ?? null).toBe(rating.asAt ? formatPeriod(rating.asAt) : null);
  }
  expect(out.worksheets.map((s) => s.name)).toContain("Partnership Summary");

  // Every cell of the user's, in every sheet, exactly as it was: value, formula, style and note.
  const original = await bookOf(await fs.readFile(SAMPLE));
  const users = (name: string, column: number) => name !== "Partnership Summary" && !(name === scorecard.sheet && column > scorecard.lastColumn);
  expect(cellsOf(out, users)).toEqual(cellsOf(original, users));
  expect(createHash("sha256").update(await fs.readFile(SAMPLE)).digest("hex")).toBe(before);
});

test("a saved reporting period goes into the download's Settings sheet; the download is refreshed first, as at that period", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await showView(page, "settings");
  await page.fill("#reporting-period", "Q1 2009/10");
  await page.click("#save-settings");
  // The file on disk is not changed: the message, beside Save, says the change is in this copy until downloaded.
  await expect(said(page, "settings-status", /Settings saved/)).resolves.toBe(
    "Settings saved on the Settings sheet of this page's copy of sample-scorecard.xlsx: Reporting period Q1 2009/10. Choose Download workbook to keep them.",
  );
  await screenshot(page, "04-settings-saved");
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(true);
  await showView(page, "summary");
  await expect(page.locator("#area-heading").innerText()).resolves.toBe("All partnerships, as at Q1 2009/10");

  // Never refreshed: the download is refreshed first, so a file called refreshed has its statuses.
  const [saved] = await downloads(page, () => page.click("#download-workbook"));
  expect(saved.fileName).toBe("sample-scorecard (refreshed).xlsx");
  await expect(message(page, "file-status")).resolves.toBe(
    "Refreshed first, as it had no statuses yet. Asked your browser to save sample-scorecard (refreshed).xlsx (usually to Downloads); the file you opened is unchanged.",
  );
  const out = await bookOf(saved.bytes);
  const values = new Map<string, unknown>();
  out.getWorksheet("Settings")!.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
  expect(values.get("Reporting period")).toBe("Q1 2009/10");

  // The engine, given the downloaded file as the command line would be, rates each indicator as the download says.
  const file = path.join(os.tmpdir(), `e2e-settings-${process.pid}.xlsx`);
  await fs.writeFile(file, saved.bytes);
  const analysis = await analyseFile(file);
  await fs.rm(file);
  expect(analysis.reportingPeriod).toEqual({ kind: "quarter", year: 2009, quarter: 1 });
  const sheet = out.getWorksheet(analysis.scorecard!.sheet)!;
  const status = analysis.scorecard!.ownColumns.Status!;
  expect(analysis.indicators.map((r) => sheet.getCell(r.indicator.row, status).value)).toEqual(analysis.indicators.map((r) => r.status));
  const quarter2 = analysis.indicators.filter((r) => r.asAt && formatPeriod(r.asAt) === "Q2 2009/10");
  expect(quarter2).toEqual([]);
});

test("closing the page with a refresh not yet downloaded asks first; after the download it does not", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.click("#refresh");
  await said(page, "summary-status", /^Scorecard refreshed/);
  await idle(page);
  await page.close({ runBeforeUnload: true });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(asked).toEqual(["beforeunload"]);
  expect(page.isClosed()).toBe(false);

  await downloads(page, () => page.click("#download-workbook"));
  await page.close({ runBeforeUnload: true });
  await page.waitForEvent("close");
  expect(asked).toEqual(["beforeunload"]);
});

test("opening another file with a refresh not yet downloaded asks first, in the page; Keep leaves the current file and its refresh", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await page.click("#refresh");
  await said(page, "summary-status", /^Scorecard refreshed/);
  await idle(page);
  // office.js forbids window.confirm: the question is asked in the page itself.
  await page.setInputFiles("#open-another", SAMPLE);
  await page.waitForSelector("#confirm-dialog[open]");
  await expect(page.locator("#confirm-text").innerText()).resolves.toBe("sample-scorecard.xlsx has changes not yet downloaded. Open sample-scorecard.xlsx and lose them?");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("confirm-keep");
  await screenshot(page, "05-open-another-asks");
  await page.keyboard.press("Enter");
  await said(page, "file-status", /^Still working on sample-scorecard\.xlsx/);
  await idle(page);
  // Kept: the refresh is still shown and still downloadable.
  await expect(page.locator("#partnership-cards").count()).resolves.toBe(1);
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(true);

  // Saying yes opens the new file, and the old copy's changes are gone.
  await page.setInputFiles("#open-another", SAMPLE);
  await page.waitForSelector("#confirm-dialog[open]");
  await page.click("#confirm-replace");
  await page.waitForFunction(() => /^These statuses come from the figures as they are now; Refresh writes them/.test(document.getElementById("summary-note")?.textContent ?? ""));
  await idle(page);
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(false);

  // Nothing changed in the new copy: opening another file asks nothing.
  await openWorkbook(page, SAMPLE);
  await expect(page.locator("#confirm-dialog[open]").count()).resolves.toBe(0);
});

test("the pane and the command line agree on the same file: findings, statuses and every refreshed cell", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "laa-e2e-cli-"));
  try {
    const cliOut = path.join(dir, "cli.xlsx");
    const tsx = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, "src/cli/main.ts", "refresh", SAMPLE, "--out", cliOut, "--json"], { cwd: ROOT });
    const cli = JSON.parse(stdout) as { findings: unknown[]; indicators: { ref: string; status: string }[] };

    const { page } = await suite.pane();
    await openWorkbook(page, SAMPLE);
    const shown = await shownFindings(page);
    expect(shown.map((f) => [f.severity, f.sheet, f.cell]).sort()).toEqual(
      (cli.findings as { severity: string; sheet: string; cell: string }[]).map((f) => [f.severity, f.sheet, f.cell]).sort(),
    );
    await page.click("#refresh");
    await said(page, "summary-status", /^Scorecard refreshed/);
    const [saved] = await downloads(page, () => page.click("#download-workbook"));

    const paneBook = await bookOf(saved.bytes);
    const cliBook = await bookOf(await fs.readFile(cliOut));
    const analysis = await analyseFile(SAMPLE);
    const sheet = paneBook.getWorksheet(analysis.scorecard!.sheet)!;
    const status = analysis.scorecard!.lastColumn + 1;
    expect(analysis.indicators.map((r) => [r.indicator.ref, sheet.getCell(r.indicator.row, status).value])).toEqual(
      cli.indicators.map((i) => [i.ref, i.status]),
    );
    // The same cells, values and styles, in every sheet: the two faces write exactly alike, part by part
    // (the browser compresses with fflate, the command line with Node's zlib, so only the compressed
    // bytes of the parts the refresh rewrote may differ).
    expect(cellsOf(paneBook)).toEqual(cellsOf(cliBook));
    const pageParts = partsOf(saved.bytes);
    const cliParts = partsOf(await fs.readFile(cliOut));
    expect([...pageParts.content.keys()]).toEqual([...cliParts.content.keys()]);
    for (const [name, content] of pageParts.content) expect(same(content, cliParts.content.get(name))).toBe(true);
    expect(paneBook.worksheets.map((w) => w.name)).toEqual(cliBook.worksheets.map((w) => w.name));

    // The command line's refreshed file, opened in the pane: its statuses are these; after a settings
    // change they are out of date, and a download refreshes them first rather than hand them out.
    await openWorkbook(page, cliOut);
    await expect(page.locator("#summary-note").innerText()).resolves.toMatch(/^The workbook already holds these statuses/);
    await showView(page, "settings");
    await page.fill("#amber-tolerance", "30");
    await page.click("#save-settings");
    await said(page, "settings-status", /The statuses in the workbook are now out of date/);
    await showView(page, "summary");
    await expect(page.locator("#summary-note").innerText()).resolves.toMatch(/^Out of date: \d+ indicators have another status in the workbook's Status column, since the settings changed/);
    const [stale] = await downloads(page, () => page.click("#download-workbook"));
    expect(stale.fileName).toBe("cli (refreshed).xlsx");
    await expect(message(page, "file-status")).resolves.toMatch(/^Refreshed first, as its statuses were out of date\./);
    const file = path.join(dir, "stale.xlsx");
    await fs.writeFile(file, stale.bytes);
    const { grids } = await loadWorkbook(stale.bytes);
    const downloaded = analyse(grids);
    expect(downloaded.scorecard!.settings.amberTolerance).toBe(0.3);
    expect(writtenState(grids, downloaded)).toEqual({ kind: "current" });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test("a tolerance of 2.25% is shown as 2.25%; Save without a change writes nothing, and a typed 0.04 is saved as 4%, said first", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "laa-e2e-tolerance-"));
  try {
    const book = await sampleAtTolerance(SAMPLE, dir);
    const engine = await analyseFile(book.file);
    const rated = engine.indicators.find((r) => r.indicator.ref === book.ref)!;
    expect([engine.scorecard!.settings.amberTolerance, rated.status]).toEqual([0.0225, "Red"]);
    const { page } = await suite.pane();
    await openWorkbook(page, book.file);
    const statusOf = () => page.locator("#partnership-cards .indicator", { hasText: book.ref }).locator(".badge").innerText();
    await page.click("#card-0-toggle");
    await expect(statusOf()).resolves.toBe("Red");

    await showView(page, "settings");
    await expect(page.locator("#amber-tolerance").inputValue()).resolves.toBe("2.25%");
    await page.click("#save-settings");
    await expect(said(page, "settings-status", /^Nothing changed/)).resolves.toBe("Nothing changed, so nothing was written: the amber tolerance is already 2.25%.");
    // Nothing written: the copy has no change to download, and the status stands.
    await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(false);
    await showView(page, "summary");
    await expect(statusOf()).resolves.toBe("Red");

    await showView(page, "settings");
    await page.fill("#amber-tolerance", "0.04");
    await expect(page.locator("#amber-tolerance-reading").innerText()).resolves.toBe("Save writes: Amber tolerance 4%.");
    await screenshot(page, "06-tolerance-said-before-saving");
    await page.click("#save-settings");
    await said(page, "settings-status", /: Amber tolerance 4%\./);
    await expect(page.locator("#amber-tolerance").inputValue()).resolves.toBe("4%");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
