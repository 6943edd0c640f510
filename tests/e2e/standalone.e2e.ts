import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { STATUS_FILL } from "../../src/colours";
import { formatPeriod } from "../../src/periods";
import { downloads, idle, message, openWorkbook, screenshot, shownFindings } from "./harness/pane";
import { ROOT, SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";
import { analyseFile, bookOf, cellsOf } from "./harness/workbooks";

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
  expect(filesChunk()).toHaveLength(1);
  await screenshot(page, "02-sample-opened");
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
  // A file has no cursor to move: choosing a finding tells the user where to look instead.
  await page.click("#finding-0");
  await expect(message(page)).resolves.toContain(`${shown[0].sheet}!${shown[0].cell}`);
  await expect(page.locator("#workbook-label").innerText()).resolves.toBe("Working on sample-scorecard.xlsx.");
  await expect(page.locator("#refresh").isEnabled()).resolves.toBe(true);
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(false);
  await expect(page.locator("#progress").isVisible()).resolves.toBe(false);
});

test("refresh and download: statuses as the engine rates them, every user cell unchanged, the opened file untouched", async () => {
  const { page } = await suite.pane();
  const before = createHash("sha256").update(await fs.readFile(SAMPLE)).digest("hex");
  const analysis = await analyseFile(SAMPLE);
  const scorecard = analysis.scorecard!;

  await openWorkbook(page, SAMPLE);
  await page.click("#refresh");
  await page.waitForSelector("#summary-table");
  await expect(message(page)).resolves.toMatch(/^Scorecard refreshed/);
  await expect(page.locator("#progress").isVisible()).resolves.toBe(false);
  await screenshot(page, "03-sample-refreshed");

  // The pane's summary: one row per partnership, its status in words (and colour, never colour alone).
  const rows = await page.$$eval("#summary-table tbody tr", (trs) =>
    trs.map((tr) => ({ name: tr.querySelector("th")!.textContent, status: tr.querySelector("td.status")!.textContent })),
  );
  expect(rows).toEqual(analysis.partnerships.map((p) => ({ name: p.name, status: p.overall })));

  // Downloading is the next step, and the page says so.
  await expect(page.locator("#download-workbook.primary").count()).resolves.toBe(1);
  const [saved] = await downloads(page, () => page.click("#download-workbook"));
  expect(saved.fileName).toBe("sample-scorecard (refreshed).xlsx");
  await expect(page.locator("#download-workbook.primary").count()).resolves.toBe(0);
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

test("a saved reporting period goes into the download's Settings sheet, and the refresh rates as at that period", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await page.fill("#reporting-period", "Q1 2009/10");
  await page.click("#save-settings");
  await page.waitForFunction(() => /Settings saved/.test(document.getElementById("message")?.textContent ?? ""));
  await screenshot(page, "04-settings-saved");
  // The file on disk is not changed: the message says the change is in this copy until downloaded.
  await expect(message(page)).resolves.toBe(
    "Settings saved on the Settings sheet of this page's copy of sample-scorecard.xlsx. Choose Download refreshed workbook to keep them.",
  );
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(true);
  await page.click("#refresh");
  await page.waitForSelector("#summary-table");
  await expect(page.locator("#summary-table caption").innerText()).resolves.toMatch(/as at Q1 2009\/10$/);

  const [saved] = await downloads(page, () => page.click("#download-workbook"));
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
  await page.waitForSelector("#summary-table");
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

test("opening another file with a refresh not yet downloaded asks first; Cancel keeps the current file and its refresh", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  const asked: string[] = [];
  let answer = false;
  page.on("dialog", (dialog) => {
    asked.push(`${dialog.type()}: ${dialog.message()}`);
    void (answer ? dialog.accept() : dialog.dismiss());
  });
  await page.click("#refresh");
  await page.waitForSelector("#summary-table");
  await idle(page);
  await page.setInputFiles("#open-file", SAMPLE);
  await page.waitForFunction(() => /Still working on/.test(document.getElementById("message")?.textContent ?? ""));
  await idle(page);
  expect(asked).toHaveLength(1);
  expect(asked[0]).toMatch(/^confirm: sample-scorecard\.xlsx has changes not yet downloaded\. Open sample-scorecard\.xlsx and lose them\?/);
  // Kept: the refresh is still shown and still downloadable.
  await expect(page.locator("#summary-table").count()).resolves.toBe(1);
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(true);

  // Saying yes opens the new file, and the old copy's changes are gone.
  answer = true;
  await page.setInputFiles("#open-file", SAMPLE);
  await page.waitForSelector("#summary-table", { state: "detached" });
  await idle(page);
  expect(asked).toHaveLength(2);
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(false);

  // Nothing changed in the new copy: opening another file asks nothing.
  await page.$eval("#findings-summary", (p) => p.setAttribute("data-old", ""));
  await page.setInputFiles("#open-file", SAMPLE);
  await page.waitForSelector("#findings-summary:not([data-old])");
  await idle(page);
  expect(asked).toHaveLength(2);
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
    await page.waitForSelector("#summary-table");
    const [saved] = await downloads(page, () => page.click("#download-workbook"));

    const paneBook = await bookOf(saved.bytes);
    const cliBook = await bookOf(await fs.readFile(cliOut));
    const analysis = await analyseFile(SAMPLE);
    const sheet = paneBook.getWorksheet(analysis.scorecard!.sheet)!;
    const status = analysis.scorecard!.lastColumn + 1;
    expect(analysis.indicators.map((r) => [r.indicator.ref, sheet.getCell(r.indicator.row, status).value])).toEqual(
      cli.indicators.map((i) => [i.ref, i.status]),
    );
    // The same cells, values and styles, in every sheet: the two faces write exactly alike, to the byte
    // (the browser compresses with the same code as the command line).
    expect(cellsOf(paneBook)).toEqual(cellsOf(cliBook));
    expect(Buffer.from(saved.bytes).equals(await fs.readFile(cliOut))).toBe(true);
    expect(paneBook.worksheets.map((w) => w.name)).toEqual(cliBook.worksheets.map((w) => w.name));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
