import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { analyse } from "../../src/engine";
import { applyPlan, loadWorkbook, workbookBytes } from "../../src/files";
import { planRefresh } from "../../src/refresh";
import type { BenchModule, BenchRow } from "../bench";
import { buildSampleBook } from "../make-sample";
import { SAMPLE_PARTNERSHIPS, SamplePartnership } from "../sample-indicators";

// The CLI refresh end to end (a child process, as a user runs it) against the floor: exceljs alone
// reading and writing the same book in a child process. Target: refresh within 1.5x the floor at 10,000.

const ROOT = path.join(__dirname, "..", "..");
const CLI = path.join(ROOT, "lib", "src", "cli", "main.js");
/** The compiled engine, as the CLI runs it. */
export const LIB = path.join(ROOT, "lib", "src");
const RUNS = 5;

/** A scorecard of `count` indicators: the sample's rows repeated under local refs, over the six partnerships. */
export function syntheticPartnerships(count: number): SamplePartnership[] {
  const templates = SAMPLE_PARTNERSHIPS.flatMap((p) => p.indicators);
  return SAMPLE_PARTNERSHIPS.map((p, k) => ({
    ...p,
    indicators: Array.from({ length: Math.ceil((count - k) / SAMPLE_PARTNERSHIPS.length) }, (_, n) => {
      const t = templates[(n * 7 + k) % templates.length];
      return { ...t, ref: `L${k + 1}.${n + 1}`, polarity: t.polarity ?? "Higher" };
    }),
  }));
}

export async function writeSyntheticBook(count: number, dir: string): Promise<string> {
  const file = path.join(dir, `scorecard-${count}.xlsx`);
  await buildSampleBook(syntheticPartnerships(count)).xlsx.writeFile(file);
  return file;
}

function timeChild(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${path.basename(args[0])} ended with ${r.status}: ${r.stderr.trim().split("\n")[0]}`);
  return ms;
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const FLOOR_SCRIPT = `
const ExcelJS = require("exceljs");
(async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(require("fs").readFileSync(process.argv[1]));
  require("fs").writeFileSync(process.argv[2], await book.xlsx.writeBuffer());
})();`;

/** The refresh's stages in-process, to see where the time goes. */
async function stages(file: string): Promise<Record<string, number>> {
  const bytes = await fs.readFile(file);
  const t0 = performance.now();
  const loaded = await loadWorkbook(bytes);
  const t1 = performance.now();
  const analysis = analyse(loaded.grids);
  const plan = planRefresh(analysis);
  const t2 = performance.now();
  applyPlan(loaded.book, plan);
  await workbookBytes(loaded.book);
  const t3 = performance.now();
  return { "read + grids": t1 - t0, "analyse + plan": t2 - t1, "apply + write": t3 - t2 };
}

export function ensureBuiltCli(): void {
  // The built CLI is what `npx laa-scorecard` runs; tsx would add its compile time to every run.
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (!existsSync(CLI)) throw new Error(`Could not build the CLI: ${r.stdout.trim().split("\n")[0]}`);
}

/** Runs `measure` on synthetic books of 1,000 and 10,000 indicators in a temporary folder, then removes it. */
export async function eachSyntheticBook(measure: (book: string, count: number, dir: string) => Promise<BenchRow[]>): Promise<BenchRow[]> {
  ensureBuiltCli();
  const dir = mkdtempSync(path.join(tmpdir(), "laa-bench-"));
  const rows: BenchRow[] = [];
  try {
    for (const count of [1_000, 10_000]) rows.push(...(await measure(await writeSyntheticBook(count, dir), count, dir)));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return rows;
}

const bench: BenchModule = {
  title: "Files: CLI refresh (child process, end to end) against exceljs alone reading and writing the same book",
  run() {
    return eachSyntheticBook(async (book, count, dir) => {
      const rows: BenchRow[] = [];
      const n = count.toLocaleString("en-GB");
      const out = path.join(dir, "out.xlsx");
      // Interleaved, so a busy machine slows both sides alike.
      const floors: number[] = [];
      const refreshes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        floors.push(timeChild(["-e", FLOOR_SCRIPT, book, out]));
        refreshes.push(timeChild([CLI, "refresh", book, "--out", out]));
      }
      const floor = median(floors);
      const refresh = median(refreshes);
      const ratio = refresh / floor;
      rows.push({ measure: `exceljs read + write, ${n} indicators (floor)`, value: floor, unit: "ms" });
      rows.push({ measure: `CLI refresh, ${n} indicators`, value: refresh, unit: "ms" });
      rows.push({ measure: `refresh / floor, ${n} indicators`, value: ratio, unit: "x", ...(count === 10_000 ? { target: "<= 1.5x", met: ratio <= 1.5 } : {}) });
      for (const [stage, ms] of Object.entries(await stages(book))) rows.push({ measure: `  in-process ${stage}, ${n}`, value: ms, unit: "ms" });
      return rows;
    });
  },
};

export default bench;
