#!/usr/bin/env node
// Builds the command line: TypeScript compiled into lib/ (what `npx laa-scorecard` runs), then bundled
// into one file, lib/scorecard.js (from the TypeScript: see BUNDLE), which `npm run scorecard` runs:
// Node then reads and compiles one file instead of each of the ~90 modules in turn (about 15 ms a call).
// Packages in node_modules (docx, jszip, fflate) stay outside, loaded only by the commands that use them.
// `npm run build:cli` runs it; so do scripts/scorecard.cjs after an edit in src/, and the bench.
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.join(__dirname, "..");

/**
 * How the command is bundled (also by tests/cli/bundle-ascii.test.ts). From the TypeScript itself rather
 * than tsc's CommonJS in lib/: esbuild then puts every module in one scope, so a call to another module's
 * function is a plain call, not a property read off that module's exports as `(0, module.f)(...)` at every
 * call. Code not yet optimised pays for each such read: a refresh of 10,000 indicators took about 25 ms
 * less (docs/file-refresh.md), and the bundle is 650 KB instead of 790. tsc still checks the types first.
 */
const BUNDLE = { entryPoints: [path.join(root, "src", "cli", "main.ts")], bundle: true, platform: "node", target: "node20", packages: "external", logLevel: "warning" };

/** Compiles and bundles; false when the TypeScript does not compile (its errors shown unless `quiet`). */
function buildCli({ quiet = false } = {}) {
  let tsc;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  } catch {
    // Installed without its development packages (npm install --omit=dev): nothing to build with.
    if (!quiet) process.stderr.write("TypeScript is not installed here; run npm install in the project folder.\n");
    return false;
  }
  const compiled = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { cwd: root, stdio: quiet ? "ignore" : "inherit" });
  if (compiled.status !== 0) return false;
  try {
    // esbuild prints its own errors (logLevel) before it throws: the throw itself adds only a stack trace.
    require("esbuild").buildSync({ ...BUNDLE, outfile: path.join(root, "lib", "scorecard.js") });
    asciiOnly(path.join(root, "lib", "scorecard.js"));
  } catch (e) {
    if (!quiet && !e.errors) process.stderr.write(`${e.message}\n`);
    return false;
  }
  // Caches made from the old bundle would only be refused (scripts/code-cache.cjs): clear them away.
  require("node:fs").rmSync(require("./code-cache.cjs").cacheFolder(path.join(root, "lib", "scorecard.js")), { recursive: true, force: true });
  return true;
}

/**
 * esbuild escapes other characters in strings but leaves them in regular expressions (the £ and arrows
 * of src/keys.ts, the dashes of periods.ts): one such character makes Node hold the whole 800 KB source
 * as two bytes a character and decode it the slow way, about 3 ms of every call. Each UTF-16 unit written
 * as \uXXXX means the same in a regular expression (with or without the u flag), a string or a comment.
 */
function asciiOnly(file) {
  const fs = require("node:fs");
  const source = fs.readFileSync(file, "utf8");
  const ascii = asciiSource(source, file);
  if (ascii !== source) fs.writeFileSync(file, ascii);
}

/** The bundle's text with each non-ASCII UTF-16 unit written as \uXXXX (tests/cli/bundle-ascii.test.ts runs both). */
function asciiSource(source, file = "the bundle") {
  // After a backslash the character is escaped already, and \uXXXX would read as a backslash and "uXXXX".
  if (/\\[\u0080-\uffff]/.test(source)) throw new Error(`${file}: a character after a backslash cannot be written as \\uXXXX; write it as \\uXXXX in src/.`);
  return source.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

module.exports = { buildCli, asciiSource, BUNDLE };
if (require.main === module && !buildCli()) process.exit(1);
