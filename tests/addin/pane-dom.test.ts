/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { OfficeMockObject } from "office-addin-mock";
import { Pane } from "../../addin/taskpane/pane";
import { Delivery, FileToSave, browserHandoff } from "../../addin/standalone/download";
import { orderCards } from "../../addin/taskpane/card-filter";
import { dashboard } from "../../src/dashboard";
import { planRefresh } from "../../src/refresh";
import { analyse } from "../../src/engine";
import { CellValue } from "../../src/grid";
import { FakeSource, inExcel } from "./fake-source";
import { scorecardGrids, scorecardValues } from "./scorecard-fixture";

// The pane's page as shipped (taskpane.html), driven through its controls with a fake workbook.

const html = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");

function openPane(delivery?: Delivery): { pane: Pane; saved: FileToSave[] } {
  document.body.innerHTML = html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
  const saved: FileToSave[] = [];
  const pane = new Pane(document, {
    delivery: delivery ?? { deliver: async (files) => (saved.push(...files), { kind: "download-started" }) },
    template: async () => new Uint8Array(),
  });
  return { pane, saved };
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const text = (id: string) => (byId(id).textContent ?? "").replace(/\s+/g, " ").trim();
/** Waits until the pane has finished the work a click or a submit started (it paints progress first). */
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (let i = 0; i < 400 && byId("pane").getAttribute("aria-busy") === "true"; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
async function click(id: string): Promise<void> {
  byId(id).click();
  await settle();
}
async function submit(id: string): Promise<void> {
  byId(id).dispatchEvent(new Event("submit", { cancelable: true }));
  await settle();
}

describe("the task pane page", () => {
  test("every control has a stable id and a label; the views stay hidden until there is a workbook", () => {
    openPane();
    for (const id of ["validate", "refresh", "download-documents", "save-settings", "download-workbook", "try-sample"]) {
      expect(byId(id).tagName).toBe("BUTTON");
      expect(byId(id).textContent?.trim()).not.toBe("");
    }
    for (const id of ["reporting-period", "amber-tolerance", "open-file", "open-another", "as-zip"]) {
      expect(document.querySelector(`label[for="${id}"]`)?.textContent?.trim()).toBeTruthy();
    }
    expect(byId("views").hidden).toBe(true);
    expect(document.querySelectorAll(".primary:not(label)").length).toBeGreaterThan(0);
    // One primary action per view.
    for (const view of ["check", "summary", "documents", "returns", "settings"]) expect(byId(`view-${view}`).querySelectorAll(".primary")).toHaveLength(1);
  });

  test("the views are a tab list: arrow keys, Home and End move between them and show each", async () => {
    const { pane } = openPane();
    await pane.setSource(new FakeSource(scorecardGrids(4)));
    expect(byId("tab-summary").getAttribute("aria-selected")).toBe("true");
    byId("tab-summary").dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(byId("view-documents").hidden).toBe(false);
    expect(document.activeElement?.id).toBe("tab-documents");
    byId("tab-documents").dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    expect(document.activeElement?.id).toBe("tab-settings");
    byId("tab-settings").dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true }));
    expect([document.activeElement?.id, byId("view-check").hidden, byId("view-summary").hidden]).toEqual(["tab-check", false, true]);
  });

  test("a workbook with errors opens on Check; each finding goes to its cell in Excel, or says where it is in a file", async () => {
    const { pane } = openPane();
    const values: CellValue[][] = scorecardValues(4);
    values[3][4] = "fifty";
    const excel = inExcel(new FakeSource({ sheets: [{ name: "LAA Scorecard", values }] }));
    await pane.setSource(excel);
    expect(byId("view-check").hidden).toBe(false);
    expect(text("findings-summary")).toMatch(/^1 error to fix before the scorecard can be refreshed/);
    // No statuses while there are errors: a wrong Green is worse than none.
    expect(byId("summary").children).toHaveLength(0);
    expect(text("summary-note")).toMatch(/^The workbook has an error, so no statuses are shown/);
    const item = byId("finding-0") as HTMLButtonElement;
    expect(item.querySelector(".place")?.textContent).toBe("'LAA Scorecard'!E4");
    item.click();
    expect(excel.selected).toEqual([["LAA Scorecard", "E4"]]);

    const file = new FakeSource({ sheets: [{ name: "LAA Scorecard", values }] });
    await pane.setSource(file);
    byId("finding-0").click();
    // Said right under the finding that was chosen.
    expect(byId("finding-0").nextElementSibling?.textContent).toBe("In test.xlsx: 'LAA Scorecard'!E4. Open the file in Excel to go there; this page cannot select cells in a file.");
  });

  test("the summary's numbers are the engine's: the area's counts add up, each card its status, rule and indicators", async () => {
    const { pane } = openPane();
    const source = inExcel(new FakeSource(scorecardGrids(10)));
    await pane.setSource(source);
    const model = dashboard(analyse(scorecardGrids(10)));
    expect(text("area-line")).toContain(`${model.area.indicators} indicators`);
    const chips = [...byId("area-line").querySelectorAll(".counts .badge")].map((b) => b.textContent);
    expect(chips).toEqual(["4 Green", "3 Amber", "3 Red"]);
    const cards = [...document.querySelectorAll("#partnership-cards > li")];
    // Exceptions first: in the order the engine's cards sort to, Red before Amber before Green.
    expect(cards.map((c) => c.querySelector("h3")?.textContent)).toEqual(orderCards(model.partnerships).map(({ card }) => card.name));
    const first = model.partnerships[0];
    expect(byId("card-0").querySelector(".status-line .badge")?.textContent).toBe(first.overall);
    expect(byId("card-0").querySelector(".reason")?.textContent).toBe(`Why ${first.overall}: ${first.reason}`);
    // A card opens to its Red indicators first; a click selects the cell.
    await click("card-0-toggle");
    expect(byId("card-0-list").hidden).toBe(false);
    const red = byId("indicator-0-0");
    expect(red.querySelector(".badge")?.textContent).toBe("Red");
    red.click();
    expect(source.selected).toEqual([["Scorecard", model.partnerships[0].toDiscuss[0].cell]]);
  });

  test("Refresh with errors writes nothing and says so beside it; without errors the summary says it was written", async () => {
    const { pane } = openPane();
    const values: CellValue[][] = scorecardValues(4);
    values[2][5] = { error: "#DIV/0!" };
    const broken = new FakeSource({ sheets: [{ name: "Scorecard", values }] });
    await pane.setSource(broken);
    await click("refresh");
    expect(broken.plans).toEqual([]);
    expect(text("summary-status")).toMatch(/errors, so nothing was written/);

    const clean = new FakeSource(scorecardGrids(10));
    await pane.setSource(clean);
    (byId("refresh") as HTMLButtonElement).focus();
    await click("refresh");
    expect(clean.plans).toHaveLength(1);
    expect(text("summary-status")).toMatch(/^Scorecard refreshed at \d\d:\d\d: statuses written and the Partnership Summary sheet rebuilt\.$/);
    // One box says it, not two: the note saying the same is left out while the message stands.
    expect(byId("summary-note").hidden).toBe(true);
    // The control used keeps the focus: it was never disabled under the keyboard.
    expect(document.activeElement?.id).toBe("refresh");
    // Checked again, the workbook (own columns and summary sheet now there) holds exactly these statuses.
    await click("validate");
    expect(byId("summary-note").hidden).toBe(false);
    expect(text("summary-note")).toMatch(/^Written into the workbook by the refresh at \d\d:\d\d\.$/);
    expect(byId("summary-note").className).toBe("note");
  });

  test("progress is on screen before the work starts", async () => {
    const { pane } = openPane();
    const source = new FakeSource(scorecardGrids(3));
    let shownWhenRead = "";
    source.read = async () => {
      shownWhenRead = text("check-status");
      return scorecardGrids(3);
    };
    await pane.setSource(source);
    expect(shownWhenRead).toBe("Reading the workbook…");
    expect(byId("pane").getAttribute("aria-busy")).toBe("false");
  });

  test("the summary stays through a document download, not out of date; after a settings change it is", async () => {
    const { pane } = openPane();
    await pane.setSource(new FakeSource(scorecardGrids(10)));
    await click("refresh");
    const card = byId("card-0");
    await submit("documents-form");
    // The same card, not a rebuilt one: nothing changed, so nothing moved; and nothing is out of date.
    expect(byId("card-0")).toBe(card);
    expect(text("summary-note")).toMatch(/^Written into the workbook by the refresh at \d\d:\d\d\.$/);
    (byId("amber-tolerance") as HTMLInputElement).value = "50";
    await submit("settings-form");
    expect(text("settings-status")).toMatch(/Amber tolerance 50%\. The statuses in the workbook are now out of date: Refresh under Summary writes the new ones\./);
    expect(text("summary-note")).toBe("Out of date: 3 indicators have another status in the workbook's Status column, since the settings changed (L1.3 is Red there, Amber now). Refresh to write these.");
    expect(byId("summary-note").className).toBe("note stale");
    expect(byId("summary").children.length).toBeGreaterThan(0);
  });

  test("a workbook refreshed before (by the command line, say) is seen as such, and a settings change marks it out of date", async () => {
    const { pane } = openPane();
    const earlier = new FakeSource(scorecardGrids(10));
    await earlier.applyRefresh(planRefresh(analyse(earlier.grids)));
    const source = inExcel(new FakeSource(earlier.grids));
    await pane.setSource(source);
    expect(text("summary-note")).toBe("The workbook already holds these statuses: its Status column and Partnership Summary sheet match the figures as they are now.");
    (byId("amber-tolerance") as HTMLInputElement).value = "50";
    await submit("settings-form");
    expect(text("settings-status")).toBe("Settings saved on the Settings sheet: Amber tolerance 50%. The statuses in the workbook are now out of date: Refresh under Summary writes the new ones.");
    expect(text("summary-note")).toMatch(/^Out of date: 3 indicators have another status in the workbook's Status column, since the settings changed \(L1\.3 is Red there, Amber now\)/);
    await click("refresh");
    await click("validate");
    expect(text("summary-note")).toMatch(/^Written into the workbook by the refresh at/);
  });

  test("Settings saved as shown write nothing; a 2.25% tolerance is shown as 2.25%, and saved back untouched", async () => {
    const { pane } = openPane();
    const grids = scorecardGrids(3);
    grids.sheets.push({ name: "Settings", values: [["Setting", "Value"], ["Amber tolerance", 0.0225]] });
    const source = new FakeSource(grids);
    await pane.setSource(source);
    expect((byId("amber-tolerance") as HTMLInputElement).value).toBe("2.25%");
    await submit("settings-form");
    expect(source.settings).toEqual([]);
    expect(text("settings-status")).toBe("Nothing changed, so nothing was written: the amber tolerance is already 2.25%.");
    expect(grids.sheets[1].values[1][1]).toBe(0.0225);
    // Typed as a fraction, it is read as the Settings sheet reads it, and said back before saving.
    const field = byId("amber-tolerance") as HTMLInputElement;
    field.value = "0.04";
    field.dispatchEvent(new Event("input", { bubbles: true }));
    // The outcome of the last save no longer stands beside a changed form.
    expect(text("settings-status")).toBe("");
    expect(byId("amber-tolerance-reading").hidden).toBe(false);
    expect(text("amber-tolerance-reading")).toBe("Save writes: Amber tolerance 4%.");
    await submit("settings-form");
    expect(source.settings).toEqual([{ amberTolerance: 0.04 }]);
    expect(field.value).toBe("4%");
    expect(text("settings-status")).toMatch(/: Amber tolerance 4%\./);
  });

  test("Settings: a tolerance that is not a number is refused on its field; a good one is saved", async () => {
    const { pane } = openPane();
    const source = new FakeSource(scorecardGrids(3));
    await pane.setSource(source);
    expect((byId("amber-tolerance") as HTMLInputElement).value).toBe("5%");
    (byId("amber-tolerance") as HTMLInputElement).value = "lots";
    await submit("settings-form");
    expect(byId("amber-tolerance-error").hidden).toBe(false);
    expect(byId("amber-tolerance").getAttribute("aria-invalid")).toBe("true");
    expect(source.settings).toEqual([]);
    (byId("amber-tolerance") as HTMLInputElement).value = "10";
    (byId("reporting-period") as HTMLInputElement).value = "2008/09";
    await submit("settings-form");
    expect(source.settings).toEqual([{ reportingPeriod: { kind: "year", year: 2008 }, amberTolerance: 0.1 }]);
    expect(text("settings-status")).toBe(
      "Settings saved on the Settings sheet of this page's copy of test.xlsx: Reporting period 2008/09 and Amber tolerance 10%. Choose Download refreshed workbook to keep them.",
    );
  });

  test("Documents: one list of kinds; the partnerships and the .zip only for a kind written per partnership", async () => {
    const { pane } = openPane();
    await pane.setSource(new FakeSource(scorecardGrids(5)));
    const kinds = [...document.querySelectorAll<HTMLInputElement>('input[name="document-kind"]')].map((r) => r.value);
    expect(kinds).toEqual(["annual-review", "mid-year-report", "progress-update", "minutes", "board-report"]);
    expect(text("download-documents")).toBe("Download annual reviews");
    for (const box of document.querySelectorAll<HTMLInputElement>("#partnership-choices input")) box.checked = false;
    await submit("documents-form");
    expect(text("documents-status")).toBe("Tick at least one partnership to write its annual review.");
    (byId("document-progress-update") as HTMLInputElement).click();
    expect(byId("review-partnerships").hidden).toBe(false);
    expect(text("download-documents")).toBe("Download progress updates");
    await submit("documents-form");
    expect(text("documents-status")).toBe("Tick at least one partnership to write its progress update.");
    (byId("document-minutes") as HTMLInputElement).click();
    expect(byId("review-partnerships").hidden).toBe(true);
    expect(text("download-documents")).toBe("Download minutes");
  });

  test("several documents go in one .zip unless unticked; then the pane says it asked the browser, never that they downloaded", async () => {
    const { pane, saved } = openPane();
    const { DOCUMENT_KINDS } = await import("../../addin/taskpane/document-kinds");
    const kind = DOCUMENT_KINDS[0] as { build: unknown };
    const build = kind.build;
    const names = ["Safer Essex", "Healthier Essex", "Greener Essex"];
    kind.build = async () => ({ ok: true, files: names.map((n) => ({ fileName: `${n} annual review.docx`, bytes: new Uint8Array([1, 2, 3]) })) });
    try {
      await pane.setSource(new FakeSource(scorecardGrids(5)));
      expect((byId("as-zip") as HTMLInputElement).checked).toBe(true);
      await submit("documents-form");
      expect(saved.map((f) => f.fileName)).toEqual(["Annual reviews 2008-09.zip"]);
      expect(text("documents-status")).toBe("Asked your browser to save 3 annual reviews in Annual reviews 2008-09.zip (usually to Downloads).");
      saved.length = 0;
      (byId("as-zip") as HTMLInputElement).checked = false;
      await submit("documents-form");
      expect(saved).toHaveLength(3);
      expect(text("documents-status")).toBe(
        'Asked your browser to save 3 annual reviews as 3 separate files (usually to Downloads). If it asks whether this page may download multiple files, choose Allow; or tick "Several in one .zip file".',
      );
    } finally {
      kind.build = build;
    }
  });

  test("in Excel on Mac a document is handed to the browser, and the pane never says it was downloaded", async () => {
    const opened: string[] = [];
    const office = new OfficeMockObject({
      context: { ui: { openBrowserWindow: (url: string) => opened.push(url) }, requirements: { isSetSupported: () => true } },
    }) as unknown as Parameters<typeof browserHandoff>[0];
    const { pane } = openPane(browserHandoff(office, "https://localhost:3000/taskpane.html"));
    const source = inExcel(new FakeSource(scorecardGrids(5)));
    // The documents' own building is tested elsewhere: here a finished file arrives from the kind.
    const { DOCUMENT_KINDS } = await import("../../addin/taskpane/document-kinds");
    const kind = DOCUMENT_KINDS[0] as { build: unknown };
    const build = kind.build;
    kind.build = async () => ({ ok: true, files: [{ fileName: "Safer Essex annual review.docx", bytes: new Uint8Array([1, 2, 3]) }] });
    try {
      await pane.setSource(source);
      await submit("documents-form");
    } finally {
      kind.build = build;
    }
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^https:\/\/localhost:3000\/save\.html#name=Safer\+Essex\+annual\+review\.docx/);
    expect(text("documents-status")).toMatch(/opened in your web browser as Safer Essex annual review\.docx, to save from there: Excel for Mac cannot save files from an add-in\.$/);
    expect(text("documents-status")).not.toMatch(/downloaded/);
  });
});
