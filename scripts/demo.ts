import { promises as fs } from "node:fs";
import * as path from "node:path";
import { main, nodeIo } from "../src/cli/main";
import { saveWithLibreOffice, typeIntoReturn } from "./fill-returns";

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
  await returns();
}

/** Partner returns: made for every lead, four filled in as leads would (two never come back), merged, chased. */
async function returns(): Promise<void> {
  const dir = path.join(OUT_DIR, "returns");
  await fs.rm(dir, { recursive: true, force: true });
  await step("Write each partnership's return for its lead to fill in", ["returns", SAMPLE, "--out", dir]);
  const filled = path.join(dir, "filled");
  await fs.mkdir(filled, { recursive: true });
  const fill = async (prefix: string, typing: Parameters<typeof typeIntoReturn>[1]): Promise<string> => {
    const name = (await fs.readdir(dir)).find((f) => f.startsWith(prefix))!;
    const file = path.join(filled, name);
    await fs.writeFile(file, typeIntoReturn(new Uint8Array(await fs.readFile(path.join(dir, name))), typing));
    return file;
  };
  process.stdout.write("\n=== Leads fill in their returns (CWOP's and the 2012 Games' are late, not back yet)\n");
  await fill("Safer Essex", {
    figures: { "NI 30": 18, "NI 16": 12.4, "NI 20": 6.1 },
    notes: { "NI 30": "Police recorded data for April to September; provisional until the PPO audit." },
    commentary: { "Agreed updates": "The case-handling review with the CPS has reported; its recommendations go to the December meeting." },
  });
  // A slip of the scale: 4.2 typed for 42%, far below the last figure, so it is queried with the lead.
  await fill("Sustainable Essex", { figures: { "NI 186": 9.5, "NI 192": 4.2 } });
  await fill("Children", { figures: { "NI 56": 21.4 }, notes: { "NI 56": "Child measurement programme, 2008/09 school year." } });
  const gepf = await fill("Greater Essex", { figures: { "NI 171": 58.4 }, commentary: { "Achievements and good news": "Business start-ups held up through the downturn." } });
  process.stdout.write(saveWithLibreOffice(gepf)
    ? `${path.relative(ROOT, gepf)} was saved again by LibreOffice Calc, as its lead uses it.\n`
    : "LibreOffice is not installed here, so no return is saved by it; the others are merged all the same.\n");
  const names = (await fs.readdir(filled)).map((f) => path.join(filled, f));
  await step("Merge the returns into a copy of the scorecard, refresh it, and write the chase letters",
    ["merge-returns", SAMPLE, ...names, "--out", path.join(OUT_DIR, "sample-scorecard-merged.xlsx"), "--refresh", "--chase", path.join(dir, "chase-letters")]);
}

demo().catch((e) => {
  process.stderr.write(`The demo stopped: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
