import js from "@eslint/js";
import tseslint from "typescript-eslint";

const ENGINE_FORBIDDEN = [
  { group: ["node:*"], message: "The engine touches no Node API: do I/O in src/files or src/cli." },
  {
    group: ["fs", "fs/*", "path", "os", "child_process", "crypto", "stream", "buffer", "util", "url", "zlib", "http", "https", "net"],
    message: "The engine touches no Node API: do I/O in src/files or src/cli.",
  },
  { group: ["exceljs", "exceljs/*", "fflate", "saxes"], message: "Workbook files are read and written in src/files only." },
  { group: ["**/files", "**/files/*", "**/cli", "**/cli/*"], message: "The engine does not depend on its adapters." },
  { group: ["office-js", "@microsoft/office-js", "office-addin-*", "**/addin/**"], message: "The engine never calls Office.js: that is addin/excel's work." },
];
const DEV_ONLY = [{ group: ["exceljs", "exceljs/*", "saxes"], message: "exceljs and saxes are development dependencies: tests and scripts only." }];
// src/files runs in the browser's Web Worker too (the standalone page): no Node there; the disk and
// Node's zlib are src/node's.
const NODE_MODULES = [
  { group: ["node:*"], message: "src/files runs in the browser too: Node's helpers live in src/node." },
  {
    group: ["fs", "fs/*", "path", "os", "child_process", "crypto", "stream", "buffer", "util", "url", "zlib", "http", "https", "net", "worker_threads"],
    message: "src/files runs in the browser too: Node's helpers live in src/node.",
  },
];
const FILES_FORBIDDEN = [
  ...NODE_MODULES,
  { group: ["**/node", "**/node/*", "**/cli", "**/cli/*"], message: "src/files runs in the browser too: it does not depend on the command line or src/node." },
];
const NODE_GLOBALS = ["process", "Buffer", "require", "__dirname", "__filename"].map((name) => ({ name, message: "src/files runs in the browser too: no Node globals." }));
// Shared helpers live in neutral engine modules (src/format.ts, src/keys.ts, src/words.ts, src/file-name.ts):
// outside src/read only the readers' entry points are imported, outside src/documents nothing of it.
const READ_INTERNALS = {
  group: ["**/read/*", "!**/read/scorecard", "!**/read/papers", "!**/read/sheets", "!**/read/period-words"],
  message: "Outside src/read, import a reader's entry point (scorecard, papers, sheets); shared helpers belong in a neutral module (src/keys.ts, src/format.ts).",
};
const DOCUMENTS = { group: ["**/documents", "**/documents/*"], message: "The engine does not depend on the documents; shared helpers belong in a neutral module (src/format.ts, src/words.ts)." };
const DOCUMENT_LIBRARIES = [{ group: ["docx", "jszip"], message: "Word and zip libraries belong to src/documents (and the adapters)." }];
const ENGINE_GLOBALS = ["window", "document", "navigator", "localStorage", "fetch", "process", "Buffer", "require", "__dirname", "Excel", "Office", "OfficeExtension"].map(
  (name) => ({ name, message: "The engine runs anywhere, on plain data: no browser, Node or Office.js globals in src/ outside src/files and src/cli." }),
);

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "out/", "coverage/", "tests/e2e/screenshots/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { globals: { module: "writable", require: "readonly", __dirname: "readonly", process: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // The pane's one plain-ES5 script (an old Office web view runs it before anything else).
  { files: ["addin/**/*.js"], languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { window: "writable", document: "readonly" } } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  // What users run (the adapters, the CLI, the documents, the add-in) never loads a development dependency.
  {
    files: ["src/files/**/*.ts", "src/node/**/*.ts", "src/cli/**/*.ts", "src/documents/**/*.ts", "addin/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: DEV_ONLY }] },
  },
  {
    files: ["src/files/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...DEV_ONLY, ...FILES_FORBIDDEN, READ_INTERNALS, DOCUMENTS] }],
      "no-restricted-globals": ["error", ...NODE_GLOBALS],
    },
  },
  // The engine stays pure (docs/architecture.md): outside its adapters (src/files over the workbook
  // package and the disk, src/cli over Node) src/ reads no file, loads no workbook library and never calls Office.js.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/files/**", "src/node/**", "src/cli/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...ENGINE_FORBIDDEN, READ_INTERNALS] }],
      "no-restricted-globals": ["error", ...ENGINE_GLOBALS],
    },
  },
  // Only the document builders may use the in-memory Word and zip libraries.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/files/**", "src/node/**", "src/cli/**", "src/documents/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...ENGINE_FORBIDDEN, ...DOCUMENT_LIBRARIES, DOCUMENTS, READ_INTERNALS] }],
    },
  },
  // A chart in a Word paper carries its data as a workbook (docs/documents.md): the documents may use
  // the module of the file adapter that writes it. The papers are packages too: written through the
  // zip container (parts not changed copied as stored), with its browser codec where the platform
  // gives none, and its reading of [Content_Types].xml. Nothing else of the adapter.
  {
    files: ["src/documents/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...ENGINE_FORBIDDEN.map((p) => (p.group.includes("**/files/*") ? { ...p, group: p.group.filter((g) => !g.includes("files")) } : p)),
            { regex: "(^|/)files(/(?!(chart-workbook|zip|fflate-codec|content-types)$).*)?$", message: "The engine does not depend on its adapters (the documents use src/files/chart-workbook, zip, fflate-codec and content-types only)." },
            READ_INTERNALS,
          ],
        },
      ],
    },
  },
  // The readers import one another freely.
  {
    files: ["src/read/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...ENGINE_FORBIDDEN, ...DOCUMENT_LIBRARIES, DOCUMENTS] }],
    },
  },
);
