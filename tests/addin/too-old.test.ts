/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parse } from "acorn";

// An Office whose web view cannot run the pane's ES2022 bundle (Internet Explorer 11, the EdgeHTML of
// Office 2016) is told so in plain words, by a script such a view can run, instead of "Starting..." for ever.

const script = readFileSync(path.join(__dirname, "../../addin/taskpane/too-old.js"), "utf8");
const html = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");

function run(): void {
  document.body.innerHTML = html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
  // As a classic <script> runs it: in the page's global scope, the page already parsed.
  new Function(script)();
}

test("it is ES5, which every Office web view parses", () => {
  expect(() => parse(script, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  // The pane loads it before office.js and before its own bundle.
  expect(html.indexOf('src="too-old.js"')).toBeGreaterThan(0);
  expect(html.indexOf('src="too-old.js"')).toBeLessThan(html.indexOf('<script src="https://appsforoffice.microsoft.com'));
});

test("a web view without ES2022 says the add-in cannot run here, and the pane stops saying it is busy", () => {
  const hasOwn = Object.hasOwn;
  try {
    delete (Object as { hasOwn?: unknown }).hasOwn;
    run();
  } finally {
    Object.hasOwn = hasOwn;
  }
  expect(document.getElementById("workbook-label")?.textContent).toMatch(/^This version of Office cannot run the LAA Scorecard add-in: its built-in web browser is too old\./);
  expect(document.getElementById("pane")?.getAttribute("aria-busy")).toBe("false");
});

test("a current web view is left alone", () => {
  run();
  expect(document.getElementById("workbook-label")?.textContent).toBe("Starting…");
  expect(document.getElementById("pane")?.getAttribute("aria-busy")).toBe("true");
});
