/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  // Speed is measured by npm run bench, not by tests: writing six annual reviews took over jest's
  // default 5 s on a busy two-core machine, so a test fails only when it hangs.
  testTimeout: 30_000,
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  // office-addin-mock reaches ESM-only packages through office-addin-manifest; map to its CJS entry.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
