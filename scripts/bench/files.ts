import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, promises as fs, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchModule, BenchRow } from "../bench";
import { buildSampleBook } from "../make-sample";
import { SAMPLE_PARTNERSHIPS, SamplePartnership } from "../sample-indicators";

// The CLI refresh end to end (a child process, as a user runs it) against the floor: exceljs alone
// reading and writing the same book in a child process, in the same run. Targets at 10,000 indicators:
// through `npm run --silent scorecard` (how the README has users run it, npm's own start-up included)
// at most 0.3x the floor's time, and less peak memory than it. Then how fast the command starts.

const ROOT = path.join(__dirname, "..", "..");
const CLI = path.join(ROOT, "lib", "src", "cli", "main.js");
const USAGE = path.join(__dirname, "process-usage.cjs");
/** The compiled engine, as the CLI runs it. */
export const LIB = path.join(ROOT, "lib", "src");
const RUNS = 5;
const TARGET_RATIO = 0.3;
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

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

interface ChildRun {
  ms: number;
  /** Peak resident memory of the measured Node process (the largest, through npm), MB. */
  mb: number;
  /** CPU time, user + system, of every Node process of the run (npm's own too), ms. */
  cpu: number;
}

/**
 * Runs a command; `measured` preloads the usage probe into every Node process it starts; the variables
 * named in `unset` are left out of its environment (and so of every process it starts).
 */
function runChild(command: string, args: string[], dir: string, measured = true, unset: readonly string[] = []): ChildRun {
  const usageFile = path.join(dir, "usage.txt");
  rmSync(usageFile, { force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_USAGE: usageFile, ...(measured ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(USAGE)}` } : {}) };
  for (const name of unset) delete env[name];
  const start = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", env });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${path.basename(args[args.length - 1] ?? command)} ended with ${r.status}: ${r.stderr.trim().split("\n")[0]}`);
  const lines = existsSync(usageFile) ? readFileSync(usageFile, "utf8").trim().split("\n").map((l) => l.split(" ").map(Number)) : [];
  const mb = lines.length ? Math.max(...lines.map(([kb]) => kb)) / 1024 : NaN;
  const cpu = lines.length ? lines.reduce((sum, [, c]) => sum + c, 0) : NaN;
  return { ms, mb, cpu };
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

const STAGES = path.join(__dirname, "refresh-stages.cjs");

/** Where the time of a cold refresh goes: each stage's median over fresh processes (refresh-stages.cjs). */
function stages(book: string, out: string): Record<string, number> {
  const runs = Array.from({ length: RUNS }, () => {
    const r = spawnSync(process.execPath, [STAGES, book, out], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`refresh-stages ended with ${r.status}: ${r.stderr.trim().split("\n")[0]}`);
    return JSON.parse(r.stdout) as Record<string, number>;
  });
  return Object.fromEntries(Object.keys(runs[0]).map((stage) => [stage, median(runs.map((run) => run[stage]))]));
}

export function ensureBuiltCli(): void {
  // The built CLI is what `npx laa-scorecard` runs (tsx would add its compile time to every run), and its
  // one-file bundle what `npm run scorecard` runs: built first, so no timed call builds it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildCli } = require("../build-cli.cjs") as { buildCli(options: { quiet: boolean }): boolean };
  if (!buildCli({ quiet: true }) || !existsSync(CLI)) throw new Error("Could not build the CLI: run npm run build:cli to see why.");
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

/** Median time of `runs` calls of a command, as a user types it. */
function startup(command: string, args: string[], dir: string): number {
  runChild(command, args, dir, false); // the first call warms the disk cache
  return median(Array.from({ length: RUNS }, () => runChild(command, args, dir, false).ms));
}

async function startupRows(): Promise<BenchRow[]> {
  ensureBuiltCli();
  const dir = mkdtempSync(path.join(tmpdir(), "laa-bench-"));
  try {
    const sample = path.join(ROOT, "templates", "sample-scorecard.xlsx");
    const compiled = startup(process.execPath, [CLI, "validate", sample], dir);
    const viaNpm = startup(NPM, ["run", "--silent", "scorecard", "--", "validate", sample], dir);
    // npm's own cost of running any script: `npm run env` is built into npm and starts nothing of ours.
    const npmRun = startup(NPM, ["run", "--silent", "env"], dir);
    const tsx = startup(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(ROOT, "src", "cli", "main.ts"), "validate", sample], dir);
    const slack = 150;
    return [
      { measure: "validate the sample: compiled command (node lib/...)", value: compiled, unit: "ms" },
      { measure: "validate the sample: npm run --silent scorecard", value: viaNpm, unit: "ms", target: `<= compiled + npm run's own + ${slack} ms`, met: viaNpm <= compiled + npmRun + slack },
      { measure: "  npm run's own start (npm run env)", value: npmRun, unit: "ms" },
      { measure: "  the same through tsx, compiling at every call (before)", value: tsx, unit: "ms" },
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const EXTRA_CERTS = "NODE_EXTRA_CA_CERTS";

/**
 * Where the environment sets NODE_EXTRA_CA_CERTS (this project's machines point it at the system's bundle
 * of some 140 certificates), every Node parses them as it starts, before any script runs: npm's Node and
 * ours each pay it, the floor's one Node once, and no npm script can clear a variable in words both `sh`
 * and Windows's `cmd` understand. The same runs again with the variable left out of every process (the
 * floor's too), so the figures show what the environment costs. No target: the target row above is the
 * measure.
 */
function withoutExtraCertificates(book: string, out: string, dir: string, n: string): BenchRow[] {
  const floors: number[] = [];
  const viaNpm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    floors.push(runChild(process.execPath, ["-e", FLOOR_SCRIPT, book, out], dir, true, [EXTRA_CERTS]).ms);
    viaNpm.push(runChild(NPM, ["run", "--silent", "scorecard", "--", "refresh", book, "--out", out], dir, true, [EXTRA_CERTS]).ms);
  }
  const bare = (unset: string[]) => median(Array.from({ length: RUNS }, () => runChild(process.execPath, ["-e", "0"], dir, false, unset).ms));
  const [withCerts, withoutCerts] = [bare([]), bare([EXTRA_CERTS])];
  return [
    { measure: `  Node's own start (node -e 0), with this machine's ${EXTRA_CERTS}`, value: withCerts, unit: "ms" },
    { measure: `  Node's own start (node -e 0), without it`, value: withoutCerts, unit: "ms" },
    { measure: `  exceljs read + write, ${n}, ${EXTRA_CERTS} unset for every process`, value: median(floors), unit: "ms" },
    { measure: `  CLI refresh, ${n} (npm run), ${EXTRA_CERTS} unset for every process`, value: median(viaNpm), unit: "ms" },
    { measure: `  refresh / floor, ${n} (npm run), ${EXTRA_CERTS} unset for every process`, value: median(viaNpm) / median(floors), unit: "x" },
  ];
}

const bench: BenchModule = {
  title: "Files: CLI refresh (child process, end to end) against exceljs alone reading and writing the same book; then start-up",
  async run() {
    const rows = await eachSyntheticBook(async (book, count, dir) => {
      const rows: BenchRow[] = [];
      const n = count.toLocaleString("en-GB");
      const out = path.join(dir, "out.xlsx");
      // Interleaved, so a busy machine slows both sides alike.
      const floors: ChildRun[] = [];
      const refreshes: ChildRun[] = [];
      const viaNpm: ChildRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        floors.push(runChild(process.execPath, ["-e", FLOOR_SCRIPT, book, out], dir));
        refreshes.push(runChild(process.execPath, [CLI, "refresh", book, "--out", out], dir));
        viaNpm.push(runChild(NPM, ["run", "--silent", "scorecard", "--", "refresh", book, "--out", out], dir));
      }
      const floor = median(floors.map((r) => r.ms));
      const refresh = median(refreshes.map((r) => r.ms));
      const npmRefresh = median(viaNpm.map((r) => r.ms));
      const floorMb = median(floors.map((r) => r.mb));
      const refreshMb = median(refreshes.map((r) => r.mb));
      const npmRatio = npmRefresh / floor;
      const at10k = count === 10_000;
      rows.push({ measure: `exceljs read + write, ${n} indicators (floor)`, value: floor, unit: "ms" });
      rows.push({ measure: `CLI refresh, ${n} indicators (node lib/...)`, value: refresh, unit: "ms" });
      rows.push({ measure: `CLI refresh, ${n} indicators (npm run --silent scorecard)`, value: npmRefresh, unit: "ms" });
      rows.push({ measure: `refresh / floor, ${n} indicators (node lib/...)`, value: refresh / floor, unit: "x" });
      rows.push({
        measure: `refresh / floor, ${n} indicators (npm run)`,
        value: npmRatio,
        unit: "x",
        ...(at10k ? { target: `<= ${TARGET_RATIO}x`, met: npmRatio <= TARGET_RATIO } : {}),
      });
      // CPU time (user + system, all threads): far less disturbed than wall time when others use the machine.
      const floorCpu = median(floors.map((r) => r.cpu));
      const npmCpu = median(viaNpm.map((r) => r.cpu));
      rows.push({ measure: `  CPU time: exceljs read + write, ${n}`, value: floorCpu, unit: "ms" });
      rows.push({ measure: `  CPU time: CLI refresh (node lib/...), ${n}`, value: median(refreshes.map((r) => r.cpu)), unit: "ms" });
      rows.push({ measure: `  CPU time: CLI refresh (npm run, npm's own included), ${n}`, value: npmCpu, unit: "ms" });
      rows.push({ measure: `  CPU time refresh / floor, ${n} (npm run)`, value: npmCpu / floorCpu, unit: "x" });
      rows.push({ measure: `exceljs read + write peak memory, ${n}`, value: floorMb, unit: "MB" });
      rows.push({ measure: `CLI refresh peak memory, ${n}`, value: refreshMb, unit: "MB", ...(at10k ? { target: "< exceljs's", met: refreshMb < floorMb } : {}) });
      for (const [stage, ms] of Object.entries(stages(book, out))) rows.push({ measure: `  cold stage: ${stage}, ${n}`, value: ms, unit: "ms" });
      if (at10k && process.env[EXTRA_CERTS]) rows.push(...withoutExtraCertificates(book, out, dir, n));
      return rows;
    });
    return [...rows, ...(await startupRows())];
  },
};

export default bench;
