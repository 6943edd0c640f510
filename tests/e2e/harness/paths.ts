import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
/** The e2e tests' own production build (out/ is ignored by git). */
export const E2E_DIST = path.join(ROOT, "out", "e2e-dist");
export const SCREENSHOTS = path.join(ROOT, "tests", "e2e", "screenshots");
export const SAMPLE = path.join(ROOT, "templates", "sample-scorecard.xlsx");
