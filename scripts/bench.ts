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

// By name, so one face can be measured alone: `npm run bench -- files pane`.
const MODULES: Record<string, () => Promise<{ default: BenchModule }>> = {
  engine: () => import("./bench/engine"),
  files: () => import("./bench/files"),
  returns: () => import("./bench/returns"),
  "heavy-books": () => import("./bench/heavy-books"),
  documents: () => import("./bench/documents"),
  addin: () => import("./bench/addin"),
  pane: () => import("./bench/pane"),
  "pane-first-sight": () => import("./bench/pane-first-sight"),
  "pane-papers": () => import("./bench/pane-papers"),
};

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

const USAGE = `Usage: npm run bench [-- MODULE ...]\n  Runs every module, or those named: ${Object.keys(MODULES).join(", ")}.\n`;

/** The modules the arguments name (all of them when none is named); undefined after printing help or a problem. */
function chosen(args: string[]): string[] | undefined {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return undefined;
  }
  const unknown = args.filter((a) => !Object.prototype.hasOwnProperty.call(MODULES, a));
  if (unknown.length) {
    process.stderr.write(`No benchmark module named ${unknown.map((a) => `"${a}"`).join(", ")}.\n${USAGE}`);
    process.exitCode = 2;
    return undefined;
  }
  return args.length ? args : Object.keys(MODULES);
}

async function main(): Promise<void> {
  const names = chosen(process.argv.slice(2));
  if (!names) return;
  const missed: string[] = [];
  for (const name of names) {
    const bench = (await MODULES[name]()).default;
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
