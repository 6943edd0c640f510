import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { downloads, idle, openWorkbook, showView } from "./harness/pane";
import { E2E_DIST, SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";

// What the audit against Microsoft's documentation asked of the built add-in: a Content-Security-Policy
// that lets in only the site's own files and office.js from Office's script host, and holds while the
// pane does everything it does (Web Worker, templates, downloads); no source maps shipped.

const suite = useStandalonePane();
const PAGES = ["taskpane.html", "commands.html", "outcome.html", "save.html", "help.html"];

test("every page carries the policy: its own origin and Office's script host only, nothing inline, no eval", () => {
  for (const page of PAGES) {
    const html = readFileSync(path.join(E2E_DIST, page), "utf8");
    const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
    expect([page, policy]).toEqual([page, expect.stringContaining("default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com;")]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  }
});

test("no source maps in the production build", () => {
  const files = readdirSync(E2E_DIST, { recursive: true }).map(String);
  expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
  for (const js of files.filter((f) => f.endsWith(".js"))) expect([js, readFileSync(path.join(E2E_DIST, js), "utf8").includes("sourceMappingURL")]).toEqual([js, false]);
  expect(existsSync(path.join(E2E_DIST, "too-old.js"))).toBe(true);
});

test("the policy refuses nothing the pane does: open a file in its worker, refresh, write a document, download", async () => {
  const { page } = await suite.pane();
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.reload();
  await page.waitForSelector("#first-run:not([hidden])");
  await idle(page);
  await openWorkbook(page, SAMPLE);
  await showView(page, "summary");
  await page.click("#refresh");
  await idle(page);
  await page.click("#card-0-toggle");
  await showView(page, "documents");
  await page.click("#choose-none");
  await page.locator("#partnership-choices input").first().check();
  await downloads(page, () => page.click("#download-documents"), 1);
  expect(refused).toEqual([]);
  // The check itself works: an inline script is refused.
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__inline = 1";
    document.body.append(s);
  });
  await page.waitForTimeout(100);
  expect(refused.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => "__inline" in window)).toBe(false);
});
