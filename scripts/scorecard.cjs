#!/usr/bin/env node
// `npm run scorecard -- ...`: runs the compiled command line, bundled into one file (lib/scorecard.js,
// made by scripts/build-cli.cjs), so a call starts as fast as it can instead of compiling TypeScript
// every time. When src/ changed since the bundle was built (a developer's edit), it is built first, once.
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "lib", "scorecard.js");

// Written plainly (a stack, "/" joins): path.join and recursion cost 5 ms more of every call, run cold.
// A folder's own date counts too: it changes when a file in it is deleted or renamed, which no file's does.
function newestSource(top) {
  let newest = 0;
  const folders = [top];
  while (folders.length > 0) {
    const dir = folders.pop();
    const changed = fs.statSync(dir).mtimeMs;
    if (changed > newest) newest = changed;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = `${dir}/${entry.name}`;
      if (entry.isDirectory()) folders.push(full);
      else if (entry.name.endsWith(".ts")) {
        const modified = fs.statSync(full).mtimeMs;
        if (modified > newest) newest = modified;
      }
    }
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

/** The newest source's date; none without a src/ folder (a copy of the project without its sources). */
function newestSourceIfAny() {
  try {
    return newestSource(path.join(root, "src"));
  } catch {
    return 0;
  }
}

if (newestSourceIfAny() > builtAt()) {
  process.stderr.write("Compiling the command line after changes in src/ ...\n");
  // Loaded only here: the command itself never needs the compiler or the bundler.
  if (!require("./build-cli.cjs").buildCli({ quiet: true })) {
    process.stderr.write("The command line could not be compiled; run npm run build:cli to see why.\n");
    process.exit(2);
  }
}
if (builtAt() === 0) {
  process.stderr.write("The command line is not built and there are no sources to build it from; run npm install in the project folder.\n");
  process.exit(2);
}
// Run with V8's code cache of this command (scripts/code-cache.cjs); LAA_SCORECARD_DEBUG says how it went.
const say = process.env.LAA_SCORECARD_DEBUG ? (line) => process.stderr.write(`${line}\n`) : undefined;
// A call for a command's help runs little of it: its cache would hold only that, and stay.
const [command, ...rest] = process.argv.slice(2);
const cacheName = rest.includes("--help") || rest.includes("-h") ? undefined : command;
require("./code-cache.cjs").loadBundle(compiled, cacheName, say).runFromCommandLine();
