import { spawnSync } from "node:child_process";
import { BuildOptions, buildSync } from "esbuild";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { editedSample, tempDir } from "./run-cli";

// `npm run scorecard` runs the bundle with every non-ASCII character written as \uXXXX (scripts/build-cli.cjs),
// £, arrows and dashes inside regular expressions included. The bundle as esbuild writes it and the same
// bundle rewritten must read a book whose polarities, headers, figures and commentary hold those
// characters to the same findings, ratings and refreshed file.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { asciiSource, BUNDLE } = require("../../scripts/build-cli.cjs") as { asciiSource: (source: string) => string; BUNDLE: BuildOptions };
const ROOT = path.join(__dirname, "..", "..");

function run(bundle: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bundle, ...args], { encoding: "utf8", env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("the bundle written in ASCII reads and refreshes a book of £, arrows, dashes and curly quotes as the bundle esbuild wrote", async () => {
  const dir = tempDir();
  const written = buildSync({ ...BUNDLE, write: false }).outputFiles[0].text;
  const ascii = asciiSource(written);
  // There is something to rewrite (the arrows of the polarity words are in a pattern), and nothing is left.
  expect(written).toMatch(/\[[^\]\n]*↑/);
  expect(ascii).not.toMatch(/[\u0080-\uffff]/);
  const bundles = { written: path.join(dir, "written.js"), ascii: path.join(dir, "ascii.js") };
  await fs.writeFile(bundles.written, written);
  await fs.writeFile(bundles.ascii, ascii);

  const book = await editedSample(dir, "unicode.xlsx", (b) => {
    const s = b.getWorksheet("LAA Scorecard")!;
    s.getCell("I3").value = "Target 2009–10"; // an en dash in a period header
    s.getCell("D5").value = "↓ is good"; // NI 20, lower is better
    s.getCell("D6").value = "Lower ▼"; // NI 17
    s.getCell("K10").value = "−12.6"; // NI 16's Q1 with a minus sign
    s.getCell("O16").value = "£250k"; // L18.1's reward value
    b.getWorksheet("Commentary")!.addRow(["Safer Essex", "Summary", "“NI 20” is on track – and L17.1 has met its target…"]);
  });

  const outputs: Record<string, unknown> = {};
  for (const [name, bundle] of Object.entries(bundles)) {
    const out = path.join(dir, `${name}.xlsx`);
    const validate = run(bundle, ["validate", book, "--json"]);
    const text = run(bundle, ["validate", book]);
    const refresh = run(bundle, ["refresh", book, "--out", out, "--json"]);
    outputs[name] = { validate, text, refresh: { ...refresh, stdout: refresh.stdout.split(out).join("OUT") }, bytes: await fs.readFile(out) };
  }
  expect(outputs.ascii).toEqual(outputs.written);

  // The characters were read, not passed over: NI 20 rated by its arrow (Green as lower is better), no finding on the cells changed, the 2009–10 targets found.
  const json = JSON.parse((outputs.ascii as { refresh: { stdout: string } }).refresh.stdout);
  const status = (ref: string) => json.indicators.find((i: { ref: string }) => i.ref === ref).status;
  expect([status("NI 20"), status("NI 17")]).toEqual(["Green", "No target"]);
  expect(json.findings.filter((f: { cell: string }) => /^'LAA Scorecard'!(D5|D6|I3|O16)$/.test(f.cell ?? ""))).toEqual([]);
});
