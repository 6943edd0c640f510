import { spawnSync } from "node:child_process";
import { BuildOptions, buildSync } from "esbuild";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { runCli, SAMPLE, tempDir } from "./run-cli";

// `npm run scorecard` runs one bundle esbuild makes from the TypeScript (scripts/build-cli.cjs), with
// every module in one scope and docx and jszip loaded from node_modules, while every other test runs the
// sources as tsc compiles them. The bundle must write the same papers and say the same.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BUNDLE } = require("../../scripts/build-cli.cjs") as { BUNDLE: BuildOptions };
const ROOT = path.join(__dirname, "..", "..");

/** Every part of a .docx but the dates in its core properties, which say when it was written. */
async function parts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const text = await zip.files[name].async("string");
    out[name] = name === "docProps/core.xml" ? text.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, "<dcterms:$1>DATE<") : text;
  }
  return out;
}

test("the bundle writes the minutes and an annual review as the sources do, and says the same", async () => {
  const dir = tempDir();
  // In lib/, as the real one: the bundle finds the standard templates and node_modules from where it is.
  const bundle = path.join(ROOT, "lib", `bundle-papers-${process.pid}.js`);
  await fs.mkdir(path.dirname(bundle), { recursive: true });
  await fs.writeFile(bundle, buildSync({ ...BUNDLE, write: false }).outputFiles[0].text);
  try {
    const papers: Array<[string, string[]]> = [
      ["minutes.docx", ["minutes", SAMPLE, "--out"]],
      [path.join("reviews", "Safer Essex annual review Q2 2009-10.docx"), ["annual-review", SAMPLE, "--partnership", "Safer Essex", "--out"]],
    ];
    for (const side of ["bundle", "sources"]) await fs.mkdir(path.join(dir, side));
    for (const [paper, args] of papers) {
      const target = paper.includes(path.sep) ? path.dirname(paper) : paper;
      const viaBundle = spawnSync(process.execPath, [bundle, ...args, path.join(dir, "bundle", target)], { encoding: "utf8" });
      const inProcess = await runCli([...args, path.join(dir, "sources", target)]);
      expect(viaBundle.status).toBe(inProcess.code);
      expect(viaBundle.status).toBe(0);
      expect(viaBundle.stdout.split(path.join(dir, "bundle")).join("OUT")).toBe(inProcess.stdout.split(path.join(dir, "sources")).join("OUT"));
      expect(await parts(path.join(dir, "bundle", paper))).toEqual(await parts(path.join(dir, "sources", paper)));
    }
  } finally {
    await fs.rm(bundle, { force: true });
  }
});
