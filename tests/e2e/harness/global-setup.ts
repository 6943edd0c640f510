import { existsSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { buildForProduction } from "../../../scripts/preview";
import { CHROMIUM } from "./browser";
import { E2E_DIST, ROOT } from "./paths";

// Before any e2e test: Chromium must be there, and the e2e build must be newer than every source it is
// built from, or it is rebuilt (a stale bundle would test yesterday's pane). The e2e tests build into
// their own folder, not dist/, so nobody's build or `npm run preview` changes files under a running test.

const SOURCES = ["addin", "src", "templates", "webpack.config.js", "manifest.xml", "package.json"];

function newest(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((m, name) => Math.max(m, newest(path.join(file, name))), stat.mtimeMs);
}

export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}; run: bash scripts/install-chromium.sh`);
  }
  const page = path.join(E2E_DIST, "taskpane.html");
  const built = existsSync(page) ? statSync(page).mtimeMs : 0;
  const source = Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))));
  if (built === 0 || source > built || process.env.E2E_BUILD === "1") {
    console.log(`\nBuilding the task pane for the e2e tests into ${path.relative(ROOT, E2E_DIST)}/ ...`);
    buildForProduction(E2E_DIST, true);
  }
}
