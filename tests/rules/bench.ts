// Benchmark, not a test: `npx tsx tests/rules/bench.ts` prints how long the engine takes at 10,000
// indicators (budget: under 100 ms for the whole engine), split into the reader and the rules.
import { analyse } from "../../src/engine";
import { CellValue, WorkbookGrids } from "../../src/grid";
import { readScorecard } from "../../src/read/scorecard";
import { planRefresh } from "../../src/refresh";
import { resolveReportingPeriod } from "../../src/reporting-period";
import { ratePartnerships } from "../../src/rollup";
import { rateIndicator } from "../../src/status";

const INDICATORS = 10_000;
const RUNS = 9;

function workbook(): WorkbookGrids {
  const header = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Baseline", "Target 2008/09", "Target 2009/10"];
  const periods = ["Actual 2007/08", "Actual 2008/09", "Q1 2009/10", "Q2 2009/10", "Q3 2009/10"];
  const rows: CellValue[][] = [[...header, ...periods, "Reward", "Reward value"]];
  for (let i = 0; i < INDICATORS; i++) {
    const actuals = periods.map((_, k) => 40 + ((i * 7 + k * 3) % 15));
    const reward = i % 10 === 0;
    rows.push([`L${i}.1`, `Indicator ${i}`, `Partnership ${i % 12}`, i % 2 ? "Higher" : "Lower", 40, 45, 50, ...actuals, reward ? "Y" : "N", reward ? 100_000 : null]);
  }
  return { sheets: [{ name: "Scorecard", values: rows }, { name: "Settings", values: [["Setting", "Value"], ["Reporting period", "Q2 2009/10"]] }] };
}

function median(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms`;
}

const book = workbook();
const times = { analyse: [] as number[], read: [] as number[], rate: [] as number[], rollup: [] as number[], plan: [] as number[] };
for (let run = 0; run < RUNS; run++) {
  let t = performance.now();
  const analysis = analyse(book);
  times.analyse.push(performance.now() - t);

  t = performance.now();
  const scorecard = readScorecard(book).scorecard!;
  times.read.push(performance.now() - t);
  const period = resolveReportingPeriod(scorecard);
  t = performance.now();
  const ratings = scorecard.indicators.map((i) => rateIndicator(i, scorecard.settings, period));
  times.rate.push(performance.now() - t);
  t = performance.now();
  ratePartnerships(ratings, scorecard);
  times.rollup.push(performance.now() - t);
  t = performance.now();
  planRefresh(analysis);
  times.plan.push(performance.now() - t);
}
console.log(`${INDICATORS.toLocaleString("en-GB")} indicators, median of ${RUNS} runs (the first runs include warm-up):`);
console.log(`  analyse (whole engine) ${median(times.analyse)}`);
console.log(`    of which reading     ${median(times.read)}`);
console.log(`    of which rating      ${median(times.rate)}`);
console.log(`    of which roll-up     ${median(times.rollup)}`);
console.log(`  refresh plan           ${median(times.plan)}`);
