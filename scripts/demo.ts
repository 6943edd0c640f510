import { promises as fs } from "node:fs";
import * as path from "node:path";
import { main, nodeIo } from "../src/cli/main";

// npm run demo: the sample Essex scorecard through the same commands a user runs, so the demo shows
// exactly what the CLI does: findings, the partnership summary, a refreshed copy and every paper in out/.

const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(ROOT, "templates", "sample-scorecard.xlsx");
const OUT_DIR = path.join(ROOT, "out");

async function step(title: string, args: string[]): Promise<void> {
  process.stdout.write(`\n=== ${title}\n$ laa-scorecard ${args.map((a) => path.relative(ROOT, a) || a).join(" ")}\n\n`);
  const code = await main(args, nodeIo());
  if (code !== 0) throw new Error(`"${args[0]}" ended with exit status ${code}.`);
}

async function demo(): Promise<void> {
  await fs.mkdir(OUT_DIR, { recursive: true });
  await step("Refresh the sample scorecard", ["refresh", SAMPLE, "--out", path.join(OUT_DIR, "sample-scorecard-refreshed.xlsx")]);
  await step("Write every partnership's annual review", ["annual-review", SAMPLE, "--out", path.join(OUT_DIR, "annual-reviews")]);
  await step("Write every partnership's mid-year report", ["mid-year-report", SAMPLE, "--out", path.join(OUT_DIR, "mid-year-reports")]);
  await step("Write every partnership's progress update for the next meeting", ["progress-update", SAMPLE, "--out", path.join(OUT_DIR, "progress-updates")]);
  await step("Write the minutes of the meeting", ["minutes", SAMPLE, "--out", path.join(OUT_DIR, "minutes.docx")]);
  await step("Write the covering report for the group", ["board-report", SAMPLE, "--out", path.join(OUT_DIR, "board-report.docx")]);
}

demo().catch((e) => {
  process.stderr.write(`The demo stopped: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
