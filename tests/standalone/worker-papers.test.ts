import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { openWorkbookFile } from "../../addin/standalone/file-source";
import { workerBackend, workerPapers } from "../../addin/standalone/workbook-backend";
import { PapersProgress, writePapers } from "../../addin/taskpane/paper-writer";
import { validateWorkbook } from "../../addin/refresh-run";
import { analyse } from "../../src/engine";
import { loadWorkbook } from "../../src/files";

// The pane's thread only receives: the standalone page's worker checks the opened book, and writes the
// papers (in Excel too, where it holds no book), saying how far it has got; where no worker can start,
// the papers are still written, on the page.

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = new Uint8Array(readFileSync(path.join(ROOT, "templates", "sample-scorecard.xlsx")));
const REVIEW = new Uint8Array(readFileSync(path.join(ROOT, "templates", "annual-review.docx")));

/**
 * A message as the other side receives it: structuredClone, with its dates and bytes made again in
 * this test's own realm (jest runs tests in a realm of their own, where Node's clone would give dates
 * that fail `instanceof Date`; in the browser each side gets its own).
 */
function message<T>(value: T): T {
  const local = (v: unknown): unknown => {
    const tag = Object.prototype.toString.call(v);
    if (tag === "[object Date]") return new Date((v as Date).getTime());
    if (tag === "[object Uint8Array]") return new Uint8Array(v as Uint8Array);
    if (Array.isArray(v)) return v.map(local);
    if (tag === "[object Map]") return new Map([...(v as Map<unknown, unknown>)].map(([k, x]) => [local(k), local(x)]));
    if (tag === "[object Set]") return new Set([...(v as Set<unknown>)].map(local));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, local(x)]));
    return v;
  };
  return local(structuredClone(value)) as T;
}

/** workbook-worker.ts as the browser runs it: `self` receives requests and posts replies, each cloned as a message is. */
function startWorker() {
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const scope = { onmessage: null as ((event: { data: unknown }) => void) | null, postMessage: (reply: unknown) => listeners.forEach((l) => l({ data: message(reply) })) };
  (globalThis as { self?: unknown }).self = scope;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only now, once `self` stands for the worker scope
    require("../../addin/standalone/workbook-worker");
  });
  delete (globalThis as { self?: unknown }).self;
  return {
    postMessage: (request: unknown) => scope.onmessage?.({ data: message(request) }),
    addEventListener: (type: string, listener: (event: { data: unknown }) => void) => (type === "message" ? listeners.push(listener) : undefined),
  } as unknown as Worker;
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
}

test("the worker checks the opened book: the page gets the same analysis as checking it on the page", async () => {
  const source = await openWorkbookFile({ name: "sample.xlsx", size: SAMPLE.length, arrayBuffer: async () => SAMPLE.slice().buffer }, workerBackend(startWorker()));
  const checked = await validateWorkbook(source);
  if (checked.kind !== "checked") throw new Error(checked.sentence);
  const onPage = analyse((await loadWorkbook(SAMPLE)).grids);
  expect(checked.analysis.partnerships.map((p) => [p.name, p.overall])).toEqual(onPage.partnerships.map((p) => [p.name, p.overall]));
  expect(checked.analysis.indicators).toHaveLength(onPage.indicators.length);
  expect(checked.written?.kind).toBe("none");
});

test("the worker writes every partnership's annual review into one .zip, saying each step, as the page would", async () => {
  const analysis = analyse((await loadWorkbook(SAMPLE)).grids);
  const partnerships = analysis.partnerships.map((p) => p.name);
  const said: PapersProgress[] = [];
  const written = await workerBackend(startWorker()).papers.write({ kindId: "annual-review", analysis, partnerships, template: REVIEW, zip: true }, (p) => void said.push(p));
  if (!written.ok) throw new Error(written.problems.join(" "));
  expect(written).toMatchObject({ count: partnerships.length, zipped: true, files: [{ fileName: "Annual reviews Q2 2009-10.zip" }] });
  expect(said).toEqual([...partnerships.map((_, done) => ({ step: "writing", done, total: partnerships.length })), { step: "writing", done: partnerships.length, total: partnerships.length }, { step: "packing" }]);
  const zip = await JSZip.loadAsync(written.files[0].bytes);
  const first = Object.keys(zip.files).find((n) => n.startsWith(partnerships[0]))!;
  expect(first).toBe(`${partnerships[0]} annual review Q2 2009-10.docx`);
  // The same paper the page writes from the same analysis.
  const onPage = await writePapers({ kindId: "annual-review", analysis, partnerships: [partnerships[0]], template: REVIEW, zip: false }, () => undefined);
  if (!onPage.ok) throw new Error(onPage.problems.join(" "));
  // Compared as a whole, not printed: a failure names no more than that they differ.
  expect((await documentXml(await zip.file(first)!.async("uint8array"))) === (await documentXml(onPage.files[0].bytes))).toBe(true);
});

test("where the host refuses a worker, or the worker fails, the papers are written on the page", async () => {
  const analysis = analyse((await loadWorkbook(SAMPLE)).grids);
  const asked = { kindId: "board-report", analysis, partnerships: [], template: new Uint8Array(readFileSync(path.join(ROOT, "templates", "board-report.docx"))), zip: true };
  const refused = workerPapers(() => {
    throw new Error("Refused to create a worker: Content Security Policy");
  });
  await expect(refused.write(asked, () => undefined)).resolves.toMatchObject({ ok: true, count: 1, files: [{ fileName: "LAA performance report Q2 2009-10.docx" }] });
  // A worker whose script never loads: Chromium fires "error" on it.
  const failing = workerPapers(() => {
    let onError: () => void = () => undefined;
    return { postMessage: () => setTimeout(() => onError(), 0), addEventListener: (type: string, l: () => void) => (type === "error" ? (onError = l) : undefined) } as unknown as Worker;
  });
  await expect(failing.write(asked, () => undefined)).resolves.toMatchObject({ ok: true, count: 1 });
});

test("opening the Documents view gets the worker ready: one worker, started then, writes the papers asked for later", async () => {
  const analysis = analyse((await loadWorkbook(SAMPLE)).grids);
  let started = 0;
  const papers = workerPapers(() => {
    started++;
    return startWorker();
  });
  papers.prepare?.();
  expect(started).toBe(1);
  const written = await papers.write({ kindId: "annual-review", analysis, partnerships: [analysis.partnerships[0].name], template: REVIEW, zip: true }, () => undefined);
  expect(written).toMatchObject({ ok: true, count: 1, zipped: false });
  expect(started).toBe(1);
});
