// Prints how long the reader and the whole engine take on a scorecard of 10,000 indicators
// (the engine's budget is 100 ms). Run: npx tsx scripts/bench/reader.ts [indicators]
import { analyse } from "../../src/engine";
import { CellValue, WorkbookGrids } from "../../src/grid";
import { readScorecard } from "../../src/read/scorecard";

function bigWorkbook(count: number): WorkbookGrids {
  const headers = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Unit", "Baseline", "Target 2008/09", "Actual 2008/09",
    "Target 2009/10", "Q1 2009/10", "Q2 2009/10", "Tolerance", "PRG", "PRG (£)"];
  const rows: CellValue[][] = [["Big LAA scorecard"], headers];
  const partnerships = ["Safer", "Economy", "Health", "Children", "Environment", "Housing"];
  for (let i = 0; i < count; i++) {
    if (i % 50 === 0) rows.push([`Priority ${i / 50 + 1}`]);
    const pct = i % 3 === 0;
    rows.push([
      i < 198 ? `NI ${i + 1}` : `L${i}.1`,
      `Indicator ${i}`,
      partnerships[i % partnerships.length],
      i % 4 ? "Higher" : "Lower",
      pct ? "%" : "number",
      pct ? "45%" : 100 + (i % 17),
      pct ? 47 : "1,120",
      pct ? 46 : 111,
      pct ? "48%" : 115,
      i % 5 ? 12.5 : "tbc",
      i % 7 ? 13 : null,
      "5%",
      i % 9 ? "N" : "Y",
      i % 9 ? null : "£250k",
    ]);
  }
  const partnershipRows: CellValue[][] = [["Partnership", "Lead", "Deputy"], ...partnerships.map((p) => [p, `${p} lead`, null])];
  return { sheets: [{ name: "Scorecard", values: rows }, { name: "Partnerships", values: partnershipRows }] };
}

function time(label: string, runs: number, work: () => void): void {
  work(); // warm up
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${times[Math.floor(runs / 2)].toFixed(1)} ms, best ${times[0].toFixed(1)} ms over ${runs} runs`);
}

const count = Number(process.argv[2] ?? 10000);
const workbook = bigWorkbook(count);
const read = readScorecard(workbook);
console.log(`${count} indicators: ${read.scorecard?.indicators.length} read, ${read.findings.length} findings`);
for (const f of read.findings.slice(0, 3)) console.log(`  e.g. ${f.severity} ${f.cell}: ${f.message}`);
time("readScorecard", 9, () => readScorecard(workbook));
time("analyse (whole engine)", 9, () => analyse(workbook));
