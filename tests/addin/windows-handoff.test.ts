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
