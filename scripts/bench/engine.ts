import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import { performance } from "node:perf_hooks";
import { analyse, reviewPeriod } from "../../src/engine";
import { loadWorkbook } from "../../src/files";
import { WorkbookGrids } from "../../src/grid";
import { planRefresh } from "../../src/refresh";
import type { BenchModule } from "../bench";
import { eachSyntheticBook, LIB } from "./files";

// The engine alone, grids in and refresh plan out, on the grids the file adapter reads from a
// synthetic book (so the cells are as real books give them). Target: under 100 ms at 10,000, for the
// compiled code the CLI and the add-in run; the figure under tsx (which wraps every function) is shown beside it.
// The file adapter reads a sheet's cells on first use: the untimed warm-up run reads every sheet the
// engine looks at, so the timed runs measure the engine over grids already loaded, not file reading
// (that is the "files" bench).

const RUNS = 9;

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function timeEngine(grids: WorkbookGrids): number {
  const start = performance.now();
  planRefresh(analyse(grids));
  return performance.now() - start;
}

/** The progress update's comparison with the period before: on demand, outside analyse. */
function timeReview(grids: WorkbookGrids): number {
  const analysis = analyse(grids);
  const start = performance.now();
  reviewPeriod(analysis);
  return performance.now() - start;
}

/**
 * The same measurement in a child process over the tsc output in lib/: wall time, and CPU time (user +
 * system, the collector's helper threads included), which others using the machine do not inflate.
 */
const COMPILED = `
const { performance } = require("node:perf_hooks");
const [lib, file, runs] = process.argv.slice(1);
const { analyse } = require(lib + "/engine");
const { loadWorkbook } = require(lib + "/files");
const { planRefresh } = require(lib + "/refresh");
(async () => {
  const { grids } = await loadWorkbook(require("node:fs").readFileSync(file));
  planRefresh(analyse(grids));
  const times = [];
  const cpus = [];
  for (let i = 0; i < Number(runs); i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    planRefresh(analyse(grids));
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - start);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
  process.stdout.write(JSON.stringify([median(times), median(cpus)]));
})();`;

function compiledMedians(file: string): { wall: number; cpu: number } {
  const r = spawnSync(process.execPath, ["-e", COMPILED, LIB, file, String(RUNS)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`The compiled engine failed: ${r.stderr.trim().split("\n")[0]}`);
  const [wall, cpu] = JSON.parse(r.stdout) as [number, number];
  return { wall, cpu };
}

const bench: BenchModule = {
  title: "Engine: loaded grids -> analyse -> planRefresh (median of 9, after a warm-up that loads the sheets)",
  run() {
    return eachSyntheticBook(async (file, count) => {
      const { grids } = await loadWorkbook(await fs.readFile(file));
      timeEngine(grids);
      const n = count.toLocaleString("en-GB");
      const compiled = compiledMedians(file);
      const at10k = count === 10_000 ? { target: "< 100 ms", met: compiled.wall < 100 } : {};
      const underTsx = median(Array.from({ length: RUNS }, () => timeEngine(grids)));
      const review = median(Array.from({ length: RUNS }, () => timeReview(grids)));
      return [
        { measure: `engine, ${n} indicators (compiled)`, value: compiled.wall, unit: "ms", ...at10k },
        { measure: `  CPU time of the same, ${n}`, value: compiled.cpu, unit: "ms" },
        { measure: `engine, ${n} indicators (under tsx)`, value: underTsx, unit: "ms" },
        { measure: `  period review on demand, ${n} (under tsx)`, value: review, unit: "ms" },
      ];
    });
  },
};

export default bench;
