import { SUMMARY_MARK } from "../../src/keys";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { applyRefresh } from "../../addin/excel/apply-refresh";
import type { Capabilities } from "../../addin/excel/capabilities";
import { readWorkbookGrids } from "../../addin/excel/read-grids";
import { analyse } from "../../src/engine";
import { planRefresh } from "../../src/refresh";
import { MockSheet, mockExcel } from "../../tests/addin/excel-mock";
import { scorecardSheet } from "../../tests/addin/scorecard-fixture";
import type { BenchModule, BenchRow } from "../bench";

// The add-in's figures: round trips to Excel (context.sync calls) for a whole validate + refresh at
// growing sizes, over office-addin-mock; and the size of what the pane loads first and of each lazy
// chunk in dist/ (built by `npm run build`).

const DIST = path.resolve(__dirname, "..", "..", "dist");
const MODERN = { rangeAreas: true, chartSeries: true, workbookProtection: true, mergedAreas: true, hiddenColumns: true };
const KB = 1024;

async function syncRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [10, 1_000, 10_000]) {
    const cases: [string, Capabilities | undefined, Partial<MockSheet>][] = [
      ["ExcelApi 1.4", undefined, {}],
      ["ExcelApi 1.13", MODERN, {}],
      // The columns after the table hidden: the warning is read in the same round trips.
      ["ExcelApi 1.13, columns after the table hidden", MODERN, { hiddenColumns: ["G:XFD"] }],
    ];
    for (const [label, capabilities, extra] of cases) {
      const excel = mockExcel([scorecardSheet(n, extra)]);
      const started = performance.now();
      const analysis = analyse(await readWorkbookGrids(excel.context, capabilities));
      await applyRefresh(excel.context, planRefresh(analysis), capabilities);
      const ms = performance.now() - started;
      const name = `${n.toLocaleString("en-GB")} indicators, ${label}`;
      rows.push({ measure: `context.sync calls, ${name}`, value: excel.syncs(), unit: "syncs", target: "<= 4", met: excel.syncs() <= 4 });
      rows.push({ measure: `range calls queued, ${name}`, value: excel.writes.length, unit: "calls" });
      rows.push({ measure: `time in JS over the mock, ${name}`, value: ms, unit: "ms" });
    }
    // A later refresh: our Partnership Summary sheet is there, and is rewritten in place (one more
    // round trip of constant size asks for its protection and charts).
    const excel = mockExcel([scorecardSheet(n), { name: "Partnership Summary", address: "A1", values: [[`${SUMMARY_MARK}: earlier`]], charts: ["Chart 1"] }]);
    const analysis = analyse(await readWorkbookGrids(excel.context, MODERN));
    await applyRefresh(excel.context, planRefresh(analysis), MODERN);
    const name = `${n.toLocaleString("en-GB")} indicators, summary sheet already there`;
    rows.push({ measure: `context.sync calls, ${name}`, value: excel.syncs(), unit: "syncs", target: "<= 5", met: excel.syncs() <= 5 });
  }
  return rows;
}

function sizeRows(): BenchRow[] {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    process.stdout.write("  (no dist/: run `npm run build` first for the bundle sizes)\n");
    return [];
  }
  const bytes = (f: string) => readFileSync(path.join(DIST, f));
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const first = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const firstJs = first.reduce((t, f) => t + bytes(f).length, 0) / KB;
  const rows: BenchRow[] = [{ measure: "task pane first load, JavaScript", value: firstJs, unit: "KB", target: "< 300 KB", met: firstJs < 300 }];
  for (const f of first) rows.push({ measure: `  ${f}, gzipped`, value: gzipSync(bytes(f)).length / KB, unit: "KB" });
  for (const f of readdirSync(DIST).filter((n) => n.endsWith(".chunk.js")).sort()) {
    rows.push({ measure: `lazy chunk ${f}`, value: bytes(f).length / KB, unit: "KB" });
  }
  return rows;
}

const bench: BenchModule = {
  title: "Add-in: round trips to Excel per validate + refresh, and what the pane loads",
  async run() {
    return [...(await syncRows()), ...sizeRows()];
  },
};

export default bench;
