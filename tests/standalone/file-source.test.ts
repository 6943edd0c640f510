import { SUMMARY_MARK_LINE } from "../../src/keys";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { analyse } from "../../src/engine";
import { planRefresh } from "../../src/refresh";
import { runCli, tempDir } from "../cli/run-cli";
import { FIXTURE_BOOKS } from "../files/books";
import { SCORECARD, scorecardBook } from "../files/books/scorecard-book";
import { packageProblems } from "../files/package-check";
import { partsOf, same } from "../files/package-diff";
import { MAX_WORKBOOK_BYTES, OpenRefused, openWorkbookFile, downloadName } from "../../addin/standalone/file-source";
import { inProcessBackend } from "../../addin/standalone/in-process-backend";
import { workerBackend } from "../../addin/standalone/workbook-backend";
import { RefreshPlan } from "../../src/refresh-plan";

// Standalone mode as a user meets it: open a file, refresh, change a setting, download. The file the
// user opened is never changed, and a file that is not a workbook gets one plain sentence.

function picked(name: string, bytes: Uint8Array, size = bytes.length) {
  return { name, size, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
}

async function scorecardBytes(withSettings: boolean): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Scorecard");
  sheet.getRow(1).values = ["Ref", "Indicator", "Partnership", "Target 2009/10", "Actual 2009/10"];
  sheet.getRow(2).values = ["NI 20", "Assault with injury crime rate", "Safer Essex", 6.5, 6.1];
  if (withSettings) {
    const settings = book.addWorksheet("Config");
    settings.getRow(1).values = ["Setting", "Value"];
    settings.getRow(2).values = ["Area", "Essex"];
    settings.getRow(3).values = ["Amber  tolerance:", 0.1];
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function bookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

const plan: RefreshPlan = {
  sheet: "Scorecard",
  columns: [{ name: "Status", column: 6, headerRow: 1, writeHeader: true, firstRow: 2, cells: [{ value: "Green", fill: "C6EFCE" }] }],
  summary: {
    sheet: "Partnership Summary",
    rows: [[{ value: SUMMARY_MARK_LINE }], [{ value: "Partnership" }], [{ value: "Safer Essex" }]],
    headerRow: 2,
    partnershipRows: 1,
    columnWidths: [30],
  },
};

describe("opening a file in standalone mode", () => {
  it("reads the workbook into grids labelled with the file's name", async () => {
    const source = await openWorkbookFile(picked("Essex scorecard.xlsx", await scorecardBytes(false)), inProcessBackend());
    expect(source.kind).toBe("file");
    expect(source.label).toBe("Essex scorecard.xlsx");
    const grids = await source.read();
    expect(grids.sheets[0].name).toBe("Scorecard");
    expect(grids.sheets[0].values[1]).toEqual(["NI 20", "Assault with injury crime rate", "Safer Essex", 6.5, 6.1]);
  });

  it("refuses a text file with one plain sentence naming it", async () => {
    const text = new TextEncoder().encode("Ref,Indicator\nNI 20,Assault\n");
    await expect(openWorkbookFile(picked("scorecard.csv", text), inProcessBackend())).rejects.toThrow(
      new OpenRefused('"scorecard.csv" is not an Excel workbook (.xlsx).'),
    );
  });

  it("refuses a file over the size limit before reading it", async () => {
    let read = false;
    const huge = { name: "big.xlsx", size: MAX_WORKBOOK_BYTES * 1.25, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    await expect(openWorkbookFile(huge, inProcessBackend())).rejects.toThrow(/"big.xlsx" is 12.5 MB, more than the 10 MB this page can open/);
    expect(read).toBe(false);
  });
});

describe("refreshing an opened file", () => {
  it("puts the refresh in the download and leaves the opened bytes as they were", async () => {
    const bytes = await scorecardBytes(false);
    const source = await openWorkbookFile(picked("book.xlsx", bytes), inProcessBackend());
    expect(source.hasChanges).toBe(false);
    expect(await source.applyRefresh(plan)).toEqual([]);
    expect(source.hasChanges).toBe(true);
    expect(Buffer.from(source.originalBytes()).equals(Buffer.from(bytes))).toBe(true);

    expect(source.hasUndownloadedChanges).toBe(true);
    const download = await source.workbookToDownload(true);
    expect(source.hasUndownloadedChanges).toBe(false);
    expect(download.fileName).toBe("book (refreshed).xlsx");
    const out = await bookOf(download.bytes);
    expect(out.getWorksheet("Scorecard")!.getCell("F2").value).toBe("Green");
    expect(out.getWorksheet("Scorecard")!.getCell("E2").value).toBe(6.1);
    expect(out.getWorksheet("Partnership Summary")!.getCell("A3").value).toBe("Safer Essex");
    // The next validation sees the refreshed book.
    const grids = await source.read();
    expect(grids.sheets.map((s) => s.name)).toContain("Partnership Summary");
  });

  it("returns a finding, and changes nothing, when a user's own Partnership Summary sheet is in the way", async () => {
    const book = await bookOf(await scorecardBytes(false));
    book.addWorksheet("Partnership Summary").getCell("A1").value = "My own notes";
    const source = await openWorkbookFile(picked("book.xlsx", new Uint8Array(await book.xlsx.writeBuffer())), inProcessBackend());
    const findings = await source.applyRefresh(plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", sheet: "Partnership Summary", cell: "A1" });
    expect(findings[0].message).toMatch(/not one this tool made/);
    expect(source.hasChanges).toBe(false);
    const out = await bookOf((await source.workbookToDownload(true)).bytes);
    expect(out.getWorksheet("Scorecard")!.getCell("F2").value).toBeNull();
    expect(out.getWorksheet("Partnership Summary")!.getCell("A1").value).toBe("My own notes");
  });

  it("names the protected scorecard sheet, not the summary, when the refresh is refused for it", async () => {
    const d = scorecardBook();
    d.insertInSheet(SCORECARD, "sheetProtection", '<sheetProtection sheet="1" objects="1" scenarios="1"/>');
    const source = await openWorkbookFile(picked("book.xlsx", d.bytes()), inProcessBackend());
    const findings = await source.applyRefresh(planRefresh(analyse(await source.read())));
    expect(findings).toEqual([
      {
        severity: "error",
        sheet: "Scorecard",
        cell: "A1",
        message: 'The sheet "Scorecard" is protected, so the refresh cannot write its status columns; unprotect it (Review > Unprotect Sheet), try again, then protect it again.',
        hint: "Nothing was changed.",
      },
    ]);
    expect(source.hasChanges).toBe(false);
  });
});

describe("writing settings into an opened file", () => {
  it("fills the value beside an existing key and adds a missing key below", async () => {
    const source = await openWorkbookFile(picked("book.xlsx", await scorecardBytes(true)), inProcessBackend());
    await source.writeSettings({ amberTolerance: 0.025, reportingPeriod: { kind: "quarter", year: 2009, quarter: 2 } });
    const bytes = (await source.workbookToDownload(true)).bytes;
    expect(packageProblems(bytes)).toEqual([]);
    const out = await bookOf(bytes);
    const sheet = out.getWorksheet("Config")!;
    expect(sheet.getCell("B3").value).toBe(0.025);
    // 2.5% shows as 2.5%, not rounded to 3% by the format.
    expect(sheet.getCell("B3").numFmt).toBe("0.0%");
    expect(sheet.getCell("A4").value).toBe("Reporting period");
    expect(sheet.getCell("B4").value).toBe("Q2 2009/10");
    expect(sheet.getCell("B2").value).toBe("Essex");
    expect(out.worksheets.map((s) => s.name)).not.toContain("Settings");
  });

  it("creates a Settings sheet when the workbook has none, and blanks the period to mean 'latest'", async () => {
    const source = await openWorkbookFile(picked("book.xlsx", await scorecardBytes(false)), inProcessBackend());
    await source.writeSettings({ reportingPeriod: { kind: "year", year: 2008 } });
    await source.writeSettings({ reportingPeriod: null });
    const bytes = (await source.workbookToDownload(true)).bytes;
    expect(packageProblems(bytes)).toEqual([]);
    const out = await bookOf(bytes);
    const sheet = out.getWorksheet("Settings")!;
    expect([sheet.getCell("A1").value, sheet.getCell("B1").value]).toEqual(["Setting", "Value"]);
    expect(sheet.getCell("A2").value).toBe("Reporting period");
    expect(sheet.getCell("B2").value).toBeNull();
    expect(sheet.getCell("A3").value).toBeNull();
  });
});

describe("the download's name", () => {
  it("sits beside the user's name and is not doubled on a second refresh", () => {
    expect(downloadName("Essex LAA.xlsx", true)).toBe("Essex LAA (refreshed).xlsx");
    expect(downloadName("Essex LAA (refreshed).xlsx", true)).toBe("Essex LAA (refreshed).xlsx");
    expect(downloadName("macros.xlsm", true, ".xlsm")).toBe("macros (refreshed).xlsm");
  });

  it("says when the statuses were not refreshed, and never calls such a file refreshed", () => {
    expect(downloadName("Essex LAA.xlsx", false)).toBe("Essex LAA (not refreshed).xlsx");
    expect(downloadName("Essex LAA (refreshed).xlsx", false)).toBe("Essex LAA (not refreshed).xlsx");
    expect(downloadName("Essex LAA (not refreshed).xlsx", true)).toBe("Essex LAA (refreshed).xlsx");
  });
});

describe("the page and the command line", () => {
  // The page compresses with fflate and the command line with Node's zlib, so the compressed bytes of the
  // parts the refresh writes may differ; the parts themselves may not, nor the stored bytes of the others.
  it("write the same parts for the same book, and a macro-enabled book downloads as .xlsm with its macros", async () => {
    const book = FIXTURE_BOOKS.find((b) => b.file === "macros.xlsm")!;
    const dir = tempDir();
    const input = path.join(dir, book.file);
    await fs.writeFile(input, book.bytes());
    const cli = await runCli(["refresh", input, "--out", path.join(dir, "refreshed.xlsm")]);
    expect(cli.code).toBe(0);

    const source = await openWorkbookFile(picked(book.file, book.bytes()), inProcessBackend());
    expect(await source.applyRefresh(planRefresh(analyse(await source.read())))).toEqual([]);
    const download = await source.workbookToDownload(true);
    expect(download.fileName).toBe("macros (refreshed).xlsm");
    const page = partsOf(download.bytes);
    const cliParts = partsOf(await fs.readFile(path.join(dir, "refreshed.xlsm")));
    expect([...page.stored.keys()]).toEqual([...cliParts.stored.keys()]);
    for (const name of page.content.keys()) expect(same(page.content.get(name), cliParts.content.get(name))).toBe(true);
    const original = partsOf(book.bytes());
    const copied = [...original.stored.keys()].filter((name) => same(original.stored.get(name), cliParts.stored.get(name)));
    expect(copied).toContain("xl/vbaProject.bin");
    for (const name of copied) expect(same(page.stored.get(name), cliParts.stored.get(name))).toBe(true);
    const zip = await JSZip.loadAsync(download.bytes);
    expect(zip.file("xl/vbaProject.bin")).not.toBeNull();
  });
});

describe("the standalone page's Web Worker", () => {
  it("opens, reads, refreshes and hands back the workbook by message, as the page asks it to", async () => {
    // workbook-worker.ts as the browser runs it: `self` receives requests and posts replies.
    const listeners: ((event: { data: unknown }) => void)[] = [];
    const scope = { onmessage: null as ((event: { data: unknown }) => void) | null, postMessage: (reply: unknown) => listeners.forEach((l) => l({ data: structuredClone(reply) })) };
    (globalThis as { self?: unknown }).self = scope;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only now, once `self` stands for the worker scope
    require("../../addin/standalone/workbook-worker");
    const worker = {
      postMessage: (request: unknown) => scope.onmessage?.({ data: structuredClone(request) }),
      addEventListener: (type: string, listener: (event: { data: unknown }) => void) => (type === "message" ? listeners.push(listener) : undefined),
    };
    const backend = workerBackend(worker as unknown as Worker);
    const source = await openWorkbookFile(picked("book.xlsx", await scorecardBytes(false)), backend);
    expect((await source.read()).sheets[0].values[1]).toEqual(["NI 20", "Assault with injury crime rate", "Safer Essex", 6.5, 6.1]);
    expect(await source.applyRefresh(plan)).toEqual([]);
    const out = await bookOf((await source.workbookToDownload(true)).bytes);
    expect(out.getWorksheet("Scorecard")!.getCell("F2").value).toBe("Green");
    // A file that is not a workbook: the worker's reason becomes the page's one sentence.
    const text = new TextEncoder().encode("Ref,Indicator\n");
    await expect(openWorkbookFile(picked("notes.csv", text), backend)).rejects.toThrow(new OpenRefused('"notes.csv" is not an Excel workbook (.xlsx).'));
    delete (globalThis as { self?: unknown }).self;
  });
});
