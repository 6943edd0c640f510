import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../src/cli/main";
import { buildAnnualReview, buildMidYearReport, buildProgressUpdate } from "../src/documents";
import { analyse } from "../src/engine";
import { loadWorkbook, refreshedBytes } from "../src/files";
import { planRefresh } from "../src/refresh";
import { plural } from "../src/words";
import { FIXTURE_BOOKS } from "../tests/files/books";
import { Checked, checkPackage, CI_PLATFORM, compareErrors, errorLine, OFFICE_VERSION, validatorMissing } from "./schema-errors";

// npm run check:schemas: every package the product writes, validated with Microsoft's Open XML SDK
// (the validator Office's own developers use: each part against the ECMA-376 transitional schemas with
// Office's extensions, after Markup Compatibility, plus the SDK's semantic rules), for the Office 2019
// file format. Each fixture book refreshed, papers filled from templates other than ours, everything
// `npm run demo` wrote to out/, and our templates and sample. A package made from another (a refreshed
// book, a paper from its template) fails only on an error its input did not already have: a rule the
// user's own file breaks is theirs. A package embedded in one (a chart's data as a workbook inside a
// paper) is validated and counted as a package of its own. Run after `npm run demo`.
// npm run check:schemas -- FILE ...: those files only, every error listed.

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "out");
const TEMPLATES = path.join(ROOT, "templates");
const SAMPLE = path.join(TEMPLATES, "sample-scorecard.xlsx");
const PACKAGE = /\.(xlsx|xlsm|docx)$/i;

interface Job {
  group: string;
  /** Shown in the report. */
  name: string;
  file: string;
  /** The package it was made from; null when made from nothing (its every error is ours). */
  input: string | null;
}

/** Each fixture book and its refresh, and a paper from each fixture template, written to `dir`. */
async function madeHere(dir: string): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const book of FIXTURE_BOOKS) {
    const input = path.join(dir, `input-${book.file}`);
    const output = path.join(dir, `refreshed-${book.file}`);
    const bytes = book.bytes();
    writeFileSync(input, bytes);
    const loaded = await loadWorkbook(bytes);
    writeFileSync(output, await refreshedBytes(loaded, planRefresh(analyse(loaded.grids))));
    jobs.push({ group: "fixture books, refreshed", name: book.file, file: output, input });
  }
  // Templates saved by LibreOffice or restyled by a user (tests/fixtures/templates): a paper from each.
  const sample = await loadWorkbook(new Uint8Array(readFileSync(SAMPLE)));
  const analysis = analyse(sample.grids);
  const builders = { "annual-review": buildAnnualReview, "mid-year-report": buildMidYearReport, "progress-update": buildProgressUpdate };
  const fixtures = path.join(ROOT, "tests", "fixtures", "templates");
  for (const name of readdirSync(fixtures).filter((n) => n.endsWith(".docx"))) {
    const kind = (Object.keys(builders) as (keyof typeof builders)[]).find((k) => name.includes(k));
    if (!kind) continue;
    const template = path.join(fixtures, name);
    const result = await builders[kind](analysis, analysis.partnerships[0].name, new Uint8Array(readFileSync(template)), { generated: new Date(Date.UTC(2009, 9, 12)) });
    if (!result.ok) throw new Error(`${name}: ${result.problems.map((p) => p.message).join("; ")}`);
    const output = path.join(dir, `paper-from-${name}`);
    writeFileSync(output, result.bytes);
    jobs.push({ group: "papers from other templates", name, file: output, input: template });
  }
  // The demo merges its returns into the sample with --refresh. A merge alone writes the book without
  // the refresh; a merge into a book refreshed last quarter rewrites the statuses and summary it has.
  const filled = walk(path.join(OUT, "returns", "filled")).filter((f) => PACKAGE.test(f));
  const refreshed = path.join(OUT, "sample-scorecard-refreshed.xlsx");
  const merges: [string, string, string[]][] = [["into the sample, not refreshed", SAMPLE, []], ["into the refreshed sample, refreshed again", refreshed, ["--refresh"]]];
  for (const [name, book, options] of filled.length && existsSync(refreshed) ? merges : []) {
    const merged = path.join(dir, `merged-${jobs.length}.xlsx`);
    const quiet = { stdout: () => undefined, stderr: () => undefined, stderrIsTTY: false };
    const code = await main(["merge-returns", book, ...filled, "--out", merged, ...options], quiet);
    if (code !== 0) throw new Error(`merge-returns of the demo's filled returns ${name} ended with exit status ${code}.`);
    jobs.push({ group: "demo's returns merged again", name, file: merged, input: book });
  }
  return jobs;
}

/** What `npm run demo` wrote, each with the package it was made from. */
function demoOutput(): Job[] {
  const from: [RegExp, string | null][] = [
    [/^sample-scorecard-(refreshed|merged)\.xlsx$/, SAMPLE],
    [/^annual-reviews\//, path.join(TEMPLATES, "annual-review.docx")],
    [/^mid-year-reports\//, path.join(TEMPLATES, "mid-year-report.docx")],
    [/^progress-updates\//, path.join(TEMPLATES, "progress-update.docx")],
    [/^minutes\.docx$/, path.join(TEMPLATES, "minutes.docx")],
    [/^board-report\.docx$/, path.join(TEMPLATES, "board-report.docx")],
  ];
  // out/books is check:books's copy of the refreshed fixtures, checked above; out/pdf holds no packages.
  return walk(OUT, ["books", "pdf"]).filter((f) => PACKAGE.test(f)).map((file) => {
    const name = path.relative(OUT, file).split(path.sep).join("/");
    // A filled return (typed in by the demo, as a lead would) is compared with the blank return.
    const blank = /^returns\/filled\//.test(name) ? path.join(OUT, "returns", path.basename(file)) : null;
    // Anything else (new returns, chase letters, a package added to the demo later) is made from nothing.
    const input = blank ?? from.find(([re]) => re.test(name))?.[1] ?? null;
    return { group: "demo output (out/)", name, file, input };
  });
}

function walk(dir: string, skip: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((n) => {
    const full = path.join(dir, n);
    if (skip.includes(n)) return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Runs `work` over `items`, a few at a time (each validation is a process of its own). */
async function pool<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Math.max(1, Math.min(4, availableParallelism()));
  await Promise.all(Array.from({ length: lanes }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  }));
  return results;
}

async function checkSchemas(files: string[]): Promise<number> {
  const missing = validatorMissing();
  if (missing && `${process.platform}-${process.arch}` === CI_PLATFORM) {
    // The lockfile installs this one: its absence is a broken install, not a platform without a binary.
    process.stderr.write(`check:schemas: ${missing}; run npm install again.\n`);
    return 2;
  }
  if (missing) {
    process.stdout.write(`check:schemas: not checked: ${missing}; CI on ${CI_PLATFORM} runs it.\n`);
    return 0;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), "laa-schemas-"));
  try {
    let jobs: Job[];
    if (files.length) jobs = files.map((f) => ({ group: "files given", name: f, file: path.resolve(f), input: null }));
    else {
      const demo = demoOutput();
      if (demo.length === 0) {
        process.stderr.write("check:schemas: out/ holds no documents or workbooks: run npm run demo first.\n");
        return 2;
      }
      const templates = readdirSync(TEMPLATES).filter((n) => PACKAGE.test(n)).sort()
        .map((n) => ({ group: "templates and sample", name: n, file: path.join(TEMPLATES, n), input: null }));
      jobs = [...(await madeHere(scratch)), ...demo, ...templates];
    }
    process.stdout.write(`check:schemas: ${plural(jobs.length, "package")}, and any embedded in them, through the Open XML SDK validator (${OFFICE_VERSION}) ...\n`);
    const checked = new Map<string, Promise<Checked>>();
    const check = (file: string) => {
      if (!checked.has(file)) checked.set(file, checkPackage(file, new Uint8Array(readFileSync(file))));
      return checked.get(file)!;
    };
    // An input is validated only when its output has errors to compare: most have none.
    const results = await pool(jobs, async (job) => {
      const output = await check(job.file);
      return { ...compareErrors(job.input && output.errors.length ? await check(job.input) : null, output), embedded: output.embedded };
    });

    const groups = new Map<string, { packages: number; added: number; inherited: number }>();
    jobs.forEach((job, i) => {
      const g = groups.get(job.group) ?? { packages: 0, added: 0, inherited: 0 };
      // A workbook embedded in a paper (a chart's data) is a package of its own.
      g.packages += 1 + results[i].embedded;
      g.added += results[i].added.length;
      g.inherited += results[i].inherited.length;
      groups.set(job.group, g);
      if (results[i].added.length === 0) return;
      const shown = results[i].added.slice(0, 10).map((e) => `\n    ${errorLine(e)}`).join("");
      const more = results[i].added.length > 10 ? `\n    ... and ${results[i].added.length - 10} more` : "";
      process.stdout.write(`FAIL ${job.group}: ${job.name}${shown}${more}\n`);
    });
    const total = [...groups.values()].reduce((t, g) => ({ packages: t.packages + g.packages, added: t.added + g.added, inherited: t.inherited + g.inherited }), { packages: 0, added: 0, inherited: 0 });
    const row = (label: string, g: typeof total) => `${label.padEnd(30)}${String(g.packages).padStart(9)}${String(g.added).padStart(12)}${String(g.inherited).padStart(11)}\n`;
    process.stdout.write(`\n${"".padEnd(30)} packages  new errors  inherited\n`);
    for (const [label, g] of groups) process.stdout.write(row(label, g));
    process.stdout.write(row("total", total));
    process.stdout.write(total.added ? `check:schemas: ${plural(total.added, "new error")}: the packages above fail Office's validator.\n` : "check:schemas: no new errors.\n");
    return total.added ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  // A closed pipe (| head) is not a failure of the check.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
  checkSchemas(process.argv.slice(2)).then((code) => (process.exitCode = code), (e: unknown) => {
    process.stderr.write(`check:schemas stopped: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
