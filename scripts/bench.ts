// npm run bench: times the parts of LAA Scorecard that users wait for and prints the figures beside
// their targets. Each module in scripts/bench/ measures one face; add yours with one line below.

export interface BenchRow {
  /** What was timed, e.g. "CLI refresh, 10,000 indicators". */
  measure: string;
  value: number;
  unit: "ms" | "x" | "MB" | "KB" | "syncs" | "calls";
  /** The target in words, e.g. "< 100 ms"; omitted for a plain figure. */
  target?: string;
  /** Whether the target was met; omitted for a plain figure. */
  met?: boolean;
}

export interface BenchModule {
  title: string;
  run(): Promise<BenchRow[]>;
}

const MODULES: (() => Promise<{ default: BenchModule }>)[] = [
  () => import("./bench/engine"),
  () => import("./bench/files"),
  () => import("./bench/returns"),
  () => import("./bench/heavy-books"),
  () => import("./bench/documents"),
  () => import("./bench/addin"),
  () => import("./bench/pane"),
  () => import("./bench/pane-first-sight"),
  () => import("./bench/pane-papers"),
];

function table(rows: BenchRow[]): string {
  const cells = rows.map((r) => [
    r.measure,
    `${r.value.toLocaleString("en-GB", { maximumFractionDigits: r.unit === "x" ? 2 : 0 })} ${r.unit === "x" ? "x" : r.unit}`,
    r.target ?? "",
    r.met === undefined ? "" : r.met ? "met" : "MISSED",
  ]);
  const all = [["measure", "figure", "target", ""], ...cells];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...all.map((c) => c[i].length)));
  const line = (c: string[]) => `  ${c[0].padEnd(widths[0])}  ${c[1].padStart(widths[1])}  ${c[2].padEnd(widths[2])}  ${c[3]}`.trimEnd();
  return [line(all[0]), ...cells.map(line)].join("\n");
}

async function main(): Promise<void> {
  const missed: string[] = [];
  for (const load of MODULES) {
    const bench = (await load()).default;
    process.stdout.write(`\n${bench.title}\n`);
    const rows = await bench.run();
    process.stdout.write(`${table(rows)}\n`);
    for (const r of rows) if (r.met === false) missed.push(`${r.measure} (${r.target})`);
  }
  process.stdout.write(missed.length ? `\nTargets missed: ${missed.join("; ")}\n` : "\nEvery target met.\n");
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`The benchmark stopped: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
