/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { OfficeMockObject } from "office-addin-mock";
import { deliveryFor } from "../../addin/standalone/download";
import { DOCUMENT_KINDS } from "../../addin/taskpane/document-kinds";
import { Pane } from "../../addin/taskpane/pane";
import { FakeSource, inExcel } from "./fake-source";
import { scorecardGrids } from "./scorecard-fixture";

// Excel on Windows downloads from the pane, but nothing documents that the file arrives: after the
// download the pane offers "Didn't get the file?", which hands the same file to the user's browser,
// as Excel on Mac does.

const html = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");
const byId = (id: string) => document.getElementById(id) as HTMLElement;
const settle = async () => {
  for (let i = 0; i < 200 && byId("pane").getAttribute("aria-busy") !== "false"; i++) await new Promise((r) => setTimeout(r, 10));
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

test("after the download, Didn't get the file? opens the same file in the browser and says so", async () => {
  const clicked: string[] = [];
  URL.createObjectURL = () => "blob:test";
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  };
  const opened: string[] = [];
  const office = new OfficeMockObject({
    context: { ui: { openBrowserWindow: (url: string) => opened.push(url) }, requirements: { isSetSupported: () => true } },
  }) as unknown as Parameters<typeof deliveryFor>[1];
  document.body.innerHTML = html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
  const pane = new Pane(document, { delivery: deliveryFor("PC", office, "https://localhost:3000/taskpane.html"), template: async () => new Uint8Array() });
  const kind = DOCUMENT_KINDS[0] as { build: unknown };
  const build = kind.build;
  kind.build = async () => ({ ok: true, files: [{ fileName: "Safer Essex annual review.docx", bytes: new Uint8Array([1, 2, 3]) }] });
  try {
    await pane.setSource(inExcel(new FakeSource(scorecardGrids(5))));
    byId("documents-form").dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
  } finally {
    kind.build = build;
  }
  expect(clicked).toEqual(["Safer Essex annual review.docx"]);
  expect(byId("documents-status").querySelector(".message")?.textContent).toBe("Asked your browser to save 1 annual review as Safer Essex annual review.docx (usually to Downloads).");
  const offer = byId("hand-off");
  expect(offer.textContent).toBe("Didn't get the file? Open in your web browser instead");
  expect(opened).toEqual([]);
  offer.click();
  await settle();
  expect(opened).toHaveLength(1);
  expect(opened[0]).toMatch(/^https:\/\/localhost:3000\/save\.html#name=Safer\+Essex\+annual\+review\.docx/);
  expect(byId("documents-status").textContent).toBe("1 annual review opened in your web browser as Safer Essex annual review.docx, to save from there.");
});

test("on a Mac, papers whose .zip is too long for one address open one per window, and the pane says so", async () => {
  const opened: string[] = [];
  const office = new OfficeMockObject({
    context: { ui: { openBrowserWindow: (url: string) => opened.push(url) }, requirements: { isSetSupported: () => true } },
  }) as unknown as Parameters<typeof deliveryFor>[1];
  document.body.innerHTML = html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
  // Bytes a .zip cannot shrink (a linear congruential generator's high bits).
  let seed = 7;
  const noise = (n: number) => new Uint8Array(n).map(() => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24);
  // The papers as written; packed, they are past what one address takes.
  const kind = DOCUMENT_KINDS[0] as { build: unknown };
  const build = kind.build;
  kind.build = async (_a: unknown, names: string[]) => ({ ok: true, files: names.map((n) => ({ fileName: `${n} annual review.docx`, bytes: noise(160_000) })) });
  const pane = new Pane(document, { delivery: deliveryFor("Mac", office, "https://localhost:3000/taskpane.html"), template: async () => new Uint8Array() });
  try {
    await pane.setSource(inExcel(new FakeSource(scorecardGrids(5))));
    const ticked = document.querySelectorAll("#partnership-choices input:checked").length;
    expect(ticked).toBeGreaterThan(1);
    byId("documents-form").dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(byId("documents-status").textContent).toBe(`${ticked} annual reviews opened in your web browser one per window, to save from there: the .zip was too large to hand over in one go, and Excel for Mac cannot save files from an add-in.`);
    expect(opened).toHaveLength(ticked);
    expect(opened.every((u) => /\.docx&type=/.test(decodeURIComponent(u)))).toBe(true);
  } finally {
    kind.build = build;
  }
});
