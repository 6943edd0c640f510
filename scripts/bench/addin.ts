import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { applyRefresh } from "../../addin/excel/apply-refresh";
import { readWorkbookGrids } from "../../addin/excel/read-grids";
import { analyse } from "../../src/engine";
import { planRefresh } from "../../src/refresh";
import { mockExcel } from "../../tests/addin/excel-mock";
import { scorecardSheet } from "../../tests/addin/scorecard-fixture";

// The add-in's figures: round trips to Excel (context.sync calls) for a whole validate + refresh at
// growing sizes, measured over office-addin-mock; and the size of what the pane loads first and of
// each lazy chunk in dist/ (run `npm run build` first). Run: npx tsx scripts/bench/addin.ts

const DIST = path.resolve(__dirname, "..", "..", "dist");
const MODERN = { rangeAreas: true, chartSeries: true, workbookProtection: true };

async function syncCounts(): Promise<void> {
  console.log("Round trips to Excel for validate + refresh (context.sync calls):");
  for (const n of [10, 1_000, 10_000]) {
    for (const [label, capabilities] of [["ExcelApi 1.4", undefined], ["ExcelApi 1.9", MODERN]] as const) {
      const excel = mockExcel([scorecardSheet(n)]);
      const started = performance.now();
      const analysis = analyse(await readWorkbookGrids(excel.context));
      const readSyncs = excel.syncs();
      const findings = await applyRefresh(excel.context, planRefresh(analysis), capabilities);
      const ms = performance.now() - started;
      const calls = excel.writes.length;
      console.log(
        `  ${String(n).padStart(6)} indicators, ${label}: ${excel.syncs()} syncs (read ${readSyncs}, refresh ${excel.syncs() - readSyncs}), ` +
          `${calls} range calls queued, ${ms.toFixed(0)} ms in JS${findings.length ? `, findings: ${findings.length}` : ""}`,
      );
    }
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function sizes(file: string): string {
  const data = readFileSync(path.join(DIST, file));
  return `${kb(data.length)} (${kb(gzipSync(data).length)} gzipped)`;
}

function bundleSizes(): void {
  if (!existsSync(DIST)) {
    console.log("\nNo dist/: run `npm run build` first for the bundle sizes.");
    return;
  }
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const first = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const css = [...html.matchAll(/<link[^>]+href="?([^"\s>]+\.css)/g)].map((m) => m[1]);
  const firstBytes = [...first, ...css].reduce((t, f) => t + statSync(path.join(DIST, f)).size, 0);
  const firstJs = first.reduce((t, f) => t + statSync(path.join(DIST, f)).size, 0);
  console.log(`\nTask pane first load: ${kb(firstJs)} of JavaScript (budget 300 KB), ${kb(firstBytes)} with CSS`);
  if (firstJs > 300 * 1024) {
    console.log("  OVER BUDGET: something that should load on demand (docx, exceljs, jszip) is in the first load.");
    process.exitCode = 1;
  }
  for (const f of [...first, ...css]) console.log(`  ${f}: ${sizes(f)}`);
  console.log("Loaded only when asked for:");
  for (const f of readdirSync(DIST).filter((n) => n.endsWith(".chunk.js")).sort()) console.log(`  ${f}: ${sizes(f)}`);
  console.log("Other entries:");
  for (const f of readdirSync(DIST).filter((n) => /^(commands|outcome)\.[^.]+\.js$/.test(n))) console.log(`  ${f}: ${sizes(f)}`);
}

void (async () => {
  await syncCounts();
  bundleSizes();
})();
