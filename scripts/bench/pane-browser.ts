import { existsSync, mkdtempSync, promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { chromium, Page } from "playwright-core";
import type { BenchRow } from "../bench";
import { startPreview } from "../preview";

// The pane's benchmarks share one start-up: the built dist/ served on localhost, Chromium as the e2e
// tests run it (nothing fetched from elsewhere), one page at a given width with the bench's watcher
// installed before the pane's own script, and a scratch folder for the books it writes.

const DIST = path.resolve(__dirname, "..", "..", "dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface PaneBench {
  page: Page;
  /** A scratch folder, removed afterwards. */
  dir: string;
}

export interface PaneBenchOptions {
  width: number;
  /** Script run in the page before the pane's own, e.g. a PerformanceObserver for long tasks. */
  watch: string;
  acceptDownloads?: boolean;
}

/** Runs `measure` on the pane in Chromium; no rows (and a note) without a build or a browser. */
export async function inPane(options: PaneBenchOptions, measure: (bench: PaneBench) => Promise<BenchRow[]>): Promise<BenchRow[]> {
  if (!existsSync(path.join(DIST, "taskpane.html")) || !existsSync(CHROMIUM)) {
    process.stdout.write("  (needs `npm run build` and Chromium: bash scripts/install-chromium.sh)\n");
    return [];
  }
  const dir = mkdtempSync(path.join(tmpdir(), "laa-bench-pane-"));
  const preview = await startPreview({ root: DIST });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"] });
  try {
    const page = await browser.newPage({ viewport: { width: options.width, height: 900 }, acceptDownloads: options.acceptDownloads ?? false });
    await page.route("**/*", (r) => (/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(r.request().url()) ? r.continue() : r.abort()));
    await page.addInitScript(options.watch);
    await page.goto(preview.url);
    return await measure({ page, dir });
  } finally {
    await browser.close();
    await preview.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The page's longest task, as Chromium reports long tasks (over 50 ms) to a PerformanceObserver: counted into window[name].longest. */
export function longTaskWatch(name: string): string {
  return `new PerformanceObserver((list) => { for (const e of list.getEntries()) window.${name}.longest = Math.max(window.${name}.longest, e.duration); }).observe({ type: "longtask", buffered: false });`;
}

const WATCH = "__stopwatch";

/** A stopwatch in the page, started by the user's `event` (captured before the pane sees it), recording the page's longest task from then on. */
export function stopwatch(event: "change" | "submit"): string {
  return `
    window.${WATCH} = { start: 0, longest: 0 };
    document.addEventListener("${event}", () => { window.${WATCH} = { start: performance.now(), longest: 0 }; }, true);
    ${longTaskWatch(WATCH)}
  `;
}

export interface Lap {
  /** From the event to the first frame where `condition` held. */
  ms: number;
  /** The page's longest task meanwhile (up to the frame after). */
  longest: number;
}

/** Waits in the page, frame by frame, until `condition` (an expression) holds: the stopwatch's reading then. */
export function lap(page: Page, condition: string): Promise<Lap> {
  // A string, so that tsx adds nothing to it the page does not have.
  return page.evaluate(`new Promise((resolve) => {
    const check = () => {
      if (${condition}) {
        const ms = performance.now() - window.${WATCH}.start;
        requestAnimationFrame(() => resolve({ ms, longest: window.${WATCH}.longest }));
      } else requestAnimationFrame(check);
    };
    check();
  })`) as Promise<Lap>;
}

export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
