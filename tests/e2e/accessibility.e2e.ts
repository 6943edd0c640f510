import { Page } from "playwright-core";
import { STATUS_FILL } from "../../src/colours";
import { axeViolations, idle, openWorkbook, said, showView } from "./harness/pane";
import { SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";

// What a screen reader and a colour-blind reader get, in every state the pane goes through: axe-core
// finds no violation; every control has a name; a status colour always carries its word. Also: the
// network fence really holds.

const suite = useStandalonePane();

const CONTROL_ROLES = new Set(["button", "checkbox", "textbox", "combobox", "link", "radio", "spinbutton", "slider", "switch", "listbox", "menuitem", "tab"]);

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
}

/** Controls in Chromium's accessibility tree (what a screen reader is given) that have no name. */
async function unnamedControls(page: Page): Promise<{ role: string; html: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AXNode[] };
  const unnamed: { role: string; html: string }[] = [];
  let controls = 0;
  for (const node of nodes) {
    if (node.ignored || !node.role || !CONTROL_ROLES.has(node.role.value)) continue;
    controls++;
    if ((node.name?.value ?? "").trim() !== "") continue;
    const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: node.backendDOMNodeId });
    const html = await cdp.send("Runtime.callFunctionOn", { objectId: object.objectId!, functionDeclaration: "function () { return this.outerHTML.slice(0, 120); }", returnByValue: true });
    unnamed.push({ role: node.role.value, html: String(html.result.value) });
  }
  await cdp.detach();
  // A page with no controls at all would pass vacuously (a modal dialog leaves only its own two).
  expect(controls).toBeGreaterThanOrEqual(2);
  return unnamed;
}

/** Every element painted in a status colour, with its text: the colour must never stand alone. */
function statusColoured(page: Page): Promise<{ colour: string; text: string }[]> {
  const fills = Object.entries(STATUS_FILL).map(([status, hex]) => ({
    status,
    rgb: `rgb(${parseInt(hex.slice(0, 2), 16)}, ${parseInt(hex.slice(2, 4), 16)}, ${parseInt(hex.slice(4, 6), 16)})`,
  }));
  return page.evaluate((fills) => {
    const found: { colour: string; text: string }[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const background = getComputedStyle(el).backgroundColor;
      if (fills.some((f) => f.rgb === background)) found.push({ colour: background, text: (el.textContent ?? "").trim() });
    }
    return found;
  }, fills);
}

/** axe-core and the names check, in the state the page is in; `state` names it in a failure. */
async function accessible(page: Page, state: string): Promise<void> {
  await idle(page);
  expect([state, await axeViolations(page)]).toEqual([state, []]);
  expect([state, await unnamedControls(page)]).toEqual([state, []]);
}

test("axe-core finds no violation and every control has a name, in every state and view", async () => {
  const { page } = await suite.pane();
  await accessible(page, "first run");
  await openWorkbook(page, SAMPLE);
  await accessible(page, "opened: summary");
  for (const view of ["check", "documents", "returns", "settings"] as const) {
    await showView(page, view);
    await accessible(page, `opened: ${view}`);
  }
  await showView(page, "check");
  await page.click("#finding-0");
  await accessible(page, "a finding's note");
  await showView(page, "summary");
  await page.click("#refresh");
  await said(page, "summary-status", /^Scorecard refreshed/);
  await accessible(page, "refreshed");
  await page.click("#card-0-toggle");
  await page.click("#indicator-0-0");
  await accessible(page, "a partnership open, an indicator's note");
  await showView(page, "settings");
  await page.fill("#amber-tolerance", "lots");
  await page.click("#save-settings");
  await accessible(page, "a field refused");
  await page.fill("#amber-tolerance", "7.5");
  await page.click("#save-settings");
  await said(page, "settings-status", /Settings saved/);
  await showView(page, "summary");
  await accessible(page, "summary out of date");
  await page.setInputFiles("#open-another", SAMPLE);
  await page.waitForSelector("#confirm-dialog[open]");
  await accessible(page, "asking before another file replaces the changes");
  // The file input is announced by what its button says.
  await page.click("#confirm-keep");
  await expect(page.getByRole("button", { name: "Open another…" }).count()).resolves.toBe(1);
});

test("a status is written in words wherever it is shown in colour", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await page.click("#refresh");
  await said(page, "summary-status", /^Scorecard refreshed/);
  await page.click("#card-0-toggle");
  const coloured = await statusColoured(page);
  expect(coloured.length).toBeGreaterThan(10);
  for (const c of coloured) expect(c.text).toMatch(/^(\d+ )?(Green|Amber|Red|No data|No target)$/);
  // Findings say "error" or "warning" in their group's heading, not only by the stripe's colour.
  await showView(page, "check");
  const labels = await page.$$eval(".finding-list", (lists) => lists.map((l) => document.getElementById(l.getAttribute("aria-labelledby") ?? "")?.textContent ?? ""));
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toMatch(/^\d+ (error|warning)s?$/i);
});

test("the network fence holds: a request off localhost is aborted and recorded", async () => {
  const session = await suite.pane();
  // From a blank page of the same browser: the pane's own Content-Security-Policy would refuse the
  // request before it reached the network, and it is the fence under it that is tested here.
  const blank = await session.context.newPage();
  const outcome = await blank.evaluate(() =>
    fetch("https://example.org/laa-e2e-fence").then(
      () => "reached",
      () => "blocked",
    ),
  );
  expect(outcome).toBe("blocked");
  expect(session.outside).toContain("https://example.org/laa-e2e-fence");
  // Take the deliberate request back out, so the suite's own check after each test judges only the pane.
  session.outside.splice(session.outside.indexOf("https://example.org/laa-e2e-fence"), 1);
});
