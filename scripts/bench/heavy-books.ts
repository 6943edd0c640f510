import { spawnSync } from "node:child_process";
import { mkdtempSync, promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { analyse } from "../../src/engine";
// The command line reads with Node's zlib (node-files registers it); measured the same way here.
import "../../src/node/node-files";
import { loadWorkbook } from "../../src/files";
import type { BenchModule, BenchRow } from "../bench";
import { ensureBuiltCli, writeSyntheticBook } from "./files";

// What made exceljs take 37 s or never finish: a data validation on whole columns (what Excel writes
// when a user selects F:N), and a block of a million formatted empty cells on the scorecard sheet. The
// reader must not notice them: reading and checking such a 10,000-indicator book costs what the plain
// book costs, and so does a refresh from the command line.

const ROOT = path.join(__dirname, "..", "..");
const CLI = path.join(ROOT, "lib", "src", "cli", "main.js");
const RUNS = 5;

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** The book with `change` applied to its first sheet's XML (the scorecard). */
async function variant(book: string, name: string, change: (xml: string) => string): Promise<string> {
  const files = unzipSync(new Uint8Array(await fs.readFile(book)));
  files["xl/worksheets/sheet1.xml"] = strToU8(change(strFromU8(files["xl/worksheets/sheet1.xml"])));
  const file = path.join(path.dirname(book), name);
  await fs.writeFile(file, zipSync(files, { level: 6 }));
  return file;
}

const WHOLE_COLUMNS = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="F1:N1048576"><formula1>"Yes,No"</formula1></dataValidation></dataValidations>';

function withValidation(xml: string): string {
  const at = ["<hyperlinks", "<printOptions", "<pageMargins"].map((t) => xml.indexOf(t)).filter((i) => i >= 0);
  const i = at.length ? Math.min(...at) : xml.lastIndexOf("</worksheet>");
  return xml.slice(0, i) + WHOLE_COLUMNS + xml.slice(i);
}

/** 40,000 rows of 25 formatted empty cells below the indicators: a block the user filled with a colour. */
function withEmptyCells(xml: string): string {
  const last = Number([...xml.matchAll(/<row r="(\d+)"/g)].pop()![1]);
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXY".split("");
  const rows: string[] = [];
  for (let r = last + 1; r <= last + 40_000; r++) rows.push(`<row r="${r}">${letters.map((c) => `<c r="${c}${r}" s="1"/>`).join("")}</row>`);
  return xml.replace("</sheetData>", `${rows.join("")}</sheetData>`);
}

async function readAndCheck(file: string): Promise<number> {
  const bytes = await fs.readFile(file);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    analyse((await loadWorkbook(bytes)).grids);
    times.push(performance.now() - start);
  }
  return median(times);
}

function cliRefresh(file: string, out: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [CLI, "refresh", file, "--out", out], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`the refresh of ${path.basename(file)} ended with ${r.status}: ${r.stderr.trim().split("\n")[0]}`);
    times.push(performance.now() - start);
  }
  return median(times);
}

const bench: BenchModule = {
  title: "Files: books that stalled exceljs (10,000 indicators; whole-column validation; a million formatted empty cells)",
  async run() {
    ensureBuiltCli();
    const dir = mkdtempSync(path.join(tmpdir(), "laa-bench-"));
    try {
      const plain = await writeSyntheticBook(10_000, dir);
      const validation = await variant(plain, "validation.xlsx", withValidation);
      const empties = await variant(plain, "empty-cells.xlsx", withEmptyCells);
      const base = await readAndCheck(plain);
      const rows: BenchRow[] = [{ measure: "read + check, plain book", value: base, unit: "ms" }];
      for (const [label, file] of [["with a validation on columns F:N", validation], ["with a million formatted empty cells", empties]] as const) {
        const ms = await readAndCheck(file);
        // The million cells are 22 MB of XML that must still be inflated and passed over: not free, but no longer 37 s.
        rows.push({ measure: `read + check, ${label}`, value: ms, unit: "ms", target: "< 2x plain", met: ms < 2 * base });
      }
      const out = path.join(dir, "out.xlsx");
      const plainCli = cliRefresh(plain, out);
      const emptiesCli = cliRefresh(empties, out);
      rows.push({ measure: "CLI refresh, plain book", value: plainCli, unit: "ms" });
      rows.push({ measure: "CLI refresh, with a million formatted empty cells", value: emptiesCli, unit: "ms", target: "< 2x plain", met: emptiesCli < 2 * plainCli });
      return rows;
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
