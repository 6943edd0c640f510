// The end-to-end tests: the built task pane in Debian's Chromium (scripts/install-chromium.sh), served
// by scripts/preview.ts. Run with `npm run test:e2e`; the unit suite (jest.config.js at the root) skips them.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  globalSetup: "<rootDir>/tests/e2e/harness/global-setup.ts",
  // One browser at a time: the tests share a machine with builds and other suites.
  maxWorkers: 1,
  testTimeout: 90_000,
};
