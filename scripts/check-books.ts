import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { analyse } from "../src/engine";
import { loadWorkbook, refreshedBytes } from "../src/files";
import { Analysis } from "../src/model";
import { planRefresh } from "../src/refresh";
import { FIXTURE_BOOKS } from "../tests/files/books";

// npm run check:books: LibreOffice Calc, a second reader besides Excel, opens every refreshed fixture
// book (tests/files/books: each thing offices keep in a scorecard, a .xlsm, a LibreOffice-saved book)
// and the demo's refreshed sample, and exports every sheet to CSV; each Status written must be in the
// scorecard's CSV and each partnership's overall status in the Partnership Summary's. A book Calc
// cannot open, or reads differently, fails the check.
// Needs: apt-get install -y --no-install-recommends libreoffice-calc-nogui

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "out", "books");
// Every sheet to its own CSV file (the last field, -1), in UTF-8 (76).
const CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

interface Written {
  file: string;
  analysis: Analysis;
  sheet: string;
}

async function refreshInto(name: string, bytes: Uint8Array): Promise<Written> {
  const loaded = await loadWorkbook(bytes);
  const analysis = analyse(loaded.grids);
  const plan = planRefresh(analysis);
  const file = path.join(OUT, name);
  writeFileSync(file, await refreshedBytes(loaded, plan));
  return { file, analysis, sheet: plan.sheet };
}

function csvRows(file: string): string[][] {
  // Enough CSV for these books: quoted fields may hold commas; none holds a line break.
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"')));
}

function check(written: Written, csvDir: string): string[] {
  const base = path.basename(written.file).replace(/\.[^.]+$/, "");
  const sheetCsv = (sheet: string) => path.join(csvDir, `${base}-${sheet}.csv`);
  const problems: string[] = [];
  if (!existsSync(sheetCsv(written.sheet))) return [`LibreOffice did not open it (no ${path.basename(sheetCsv(written.sheet))})`];
  const scorecard = csvRows(sheetCsv(written.sheet));
  for (const rating of written.analysis.indicators) {
    if (!scorecard[rating.indicator.row - 1]?.includes(rating.status)) problems.push(`row ${rating.indicator.row} does not show ${rating.status}`);
  }
  if (!existsSync(sheetCsv("Partnership Summary"))) return [...problems, "no Partnership Summary sheet"];
  const summary = csvRows(sheetCsv("Partnership Summary"));
  for (const p of written.analysis.partnerships) {
    const row = summary.find((r) => r[0] === p.name);
    if (!row || !row.includes(p.overall)) problems.push(`the summary does not show ${p.name} as ${p.overall}`);
  }
  return problems;
}

async function main(): Promise<number> {
  if (spawnSync("soffice", ["--version"], { encoding: "utf8" }).status !== 0) {
    process.stderr.write("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui\n");
    return 2;
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const written: Written[] = [];
  for (const book of FIXTURE_BOOKS) written.push(await refreshInto(book.file, book.bytes()));
  const sample = path.join(ROOT, "templates", "sample-scorecard.xlsx");
  written.push(await refreshInto("sample-scorecard.xlsx", new Uint8Array(readFileSync(sample))));

  const csvDir = path.join(OUT, "csv");
  mkdirSync(csvDir);
  // A profile of its own, so a LibreOffice open on the desktop does not swallow the conversion.
  const profile = mkdtempSync(path.join(tmpdir(), "laa-lo-"));
  try {
    spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", CSV, "--outdir", csvDir, ...written.map((w) => w.file)], {
      encoding: "utf8",
      timeout: 600_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  let failed = 0;
  for (const w of written) {
    const problems = check(w, csvDir);
    if (problems.length) {
      failed++;
      process.stderr.write(`FAILED  ${path.relative(ROOT, w.file)}: ${problems.join("; ")}\n`);
    } else process.stdout.write(`ok      ${path.relative(ROOT, w.file)} (${readdirSync(csvDir).filter((f) => f.startsWith(path.basename(w.file).replace(/\.[^.]+$/, "") + "-")).length} sheets)\n`);
  }
  if (failed) {
    process.stderr.write(`${failed} of ${written.length} refreshed books did not read back in LibreOffice.\n`);
    return 1;
  }
  process.stdout.write(`All ${written.length} refreshed books open in LibreOffice with their statuses and summary.\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`The check stopped: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
