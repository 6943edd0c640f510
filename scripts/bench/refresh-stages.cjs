// A refresh's stages in a fresh process, as the command line runs them once (cold: mostly before the
// JavaScript engine has optimised our code, which is what a user waits for). Run by the files bench:
//   node scripts/bench/refresh-stages.cjs BOOK OUT
// prints one JSON object: wall time (ms) of each stage. The compiled modules in lib/ are used.
const { performance } = require("node:perf_hooks");
const started = performance.now();
const path = require("node:path");
const fs = require("node:fs");
const lib = path.join(__dirname, "..", "..", "lib", "src");
require(path.join(lib, "node", "node-files"));
const { loadWorkbook } = require(path.join(lib, "files", "load"));
const { analyse } = require(path.join(lib, "engine"));
const { planRefresh } = require(path.join(lib, "refresh"));
const { refreshPackage } = require(path.join(lib, "files", "refresh-package"));

(async () => {
  const stages = { "Node's start, before our code": started, "loading our modules": performance.now() - started };
  let last = performance.now();
  const stage = (name) => {
    const now = performance.now();
    stages[name] = now - last;
    last = now;
  };
  const [book, out] = process.argv.slice(2);
  const loaded = await loadWorkbook(fs.readFileSync(book));
  stage("open: the zip's directory, the workbook part, styles");
  // The largest sheet is the scorecard in the bench's book: reading it is the grid's whole cost.
  loaded.grids.sheets.find((sheet) => sheet.values.length > 100);
  stage("the scorecard sheet's grid, and the shared strings");
  const analysis = analyse(loaded.grids);
  stage("the engine: the other sheets, read, check, rate");
  const plan = planRefresh(analysis);
  stage("the plan");
  const bytes = refreshPackage(loaded, plan);
  stage("patching, encoding and compressing");
  fs.writeFileSync(out, bytes);
  stage("writing the file");
  process.stdout.write(JSON.stringify(stages));
})();
