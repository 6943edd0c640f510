#!/usr/bin/env node
// `npm run scorecard -- ...`: runs the compiled command line, bundled into one file (lib/scorecard.js,
// made by scripts/bundle-cli.cjs), so a call starts as fast as it can instead of compiling TypeScript
// every time. When a file in src/ is newer than the bundle (a developer's edit), it is built first, once.
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "lib", "scorecard.js");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function builtAt() {
  try {
    return fs.statSync(compiled).mtimeMs;
  } catch {
    return 0;
  }
}

if (newestSource(path.join(root, "src")) > builtAt()) {
  process.stderr.write("Compiling the command line after changes in src/ ...\n");
  const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  // Loaded only here: the command itself never needs it (3 ms of every call).
  const { spawnSync } = require("node:child_process");
  const r = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) {
    process.stderr.write("The command line could not be compiled; run npm run build:cli to see why.\n");
    process.exit(2);
  }
  require("./bundle-cli.cjs").bundleCli();
}
require(compiled).runFromCommandLine();
