#!/usr/bin/env node
// Builds the command line: TypeScript compiled into lib/ (what `npx laa-scorecard` runs), then bundled
// into one file, lib/scorecard.js, which `npm run scorecard` runs: Node then resolves, reads and
// compiles one file instead of each of the ~90 modules in turn (measured: about 15 ms of every call).
// Packages in node_modules (docx, jszip, fflate) stay outside, loaded only by the commands that use them.
// `npm run build:cli` runs it; so do scripts/scorecard.cjs after an edit in src/, and the bench.
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.join(__dirname, "..");

/** Compiles and bundles; false when the TypeScript does not compile (its errors shown unless `quiet`). */
function buildCli({ quiet = false } = {}) {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  const compiled = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { cwd: root, stdio: quiet ? "ignore" : "inherit" });
  if (compiled.status !== 0) return false;
  require("esbuild").buildSync({
    entryPoints: [path.join(root, "lib", "src", "cli", "main.js")],
    outfile: path.join(root, "lib", "scorecard.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return true;
}

module.exports = { buildCli };
if (require.main === module && !buildCli()) process.exit(1);
