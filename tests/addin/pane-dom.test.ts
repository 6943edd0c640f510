/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { Pane } from "../../addin/taskpane/pane";
import { CellValue } from "../../src/grid";
import { FakeSource } from "./fake-source";
import { scorecardGrids, scorecardValues } from "./scorecard-fixture";

// The pane's page as shipped (taskpane.html), driven through its buttons with a fake workbook.

const html = readFileSync(path.join(__dirname, "../../addin/taskpane/taskpane.html"), "utf8");

function openPane(): { pane: Pane; downloads: string[] } {
  document.body.innerHTML = html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
  const downloads: string[] = [];
  const pane = new Pane(document, {
    download: (_bytes, fileName) => downloads.push(fileName),
    template: async () => new Uint8Array(),
  });
  return { pane, downloads };
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function click(id: string): Promise<void> {
  byId(id).click();
  for (let i = 0; i < 20; i++) await settle();
}

describe("the task pane page", () => {
  test("every control has a stable id and a label a screen reader can read", () => {
    openPane();
    for (const id of ["validate", "refresh", "download-reviews", "download-reviews-zip", "download-minutes", "save-settings", "download-workbook"]) {
      expect(byId(id).tagName).toBe("BUTTON");
      expect(byId(id).textContent?.trim()).not.toBe("");
    }
    for (const id of ["reporting-period", "amber-tolerance", "open-file"]) {
      expect(document.querySelector(`label[for="${id}"]`)?.textContent?.trim()).toBeTruthy();
    }
  });

  test("buttons stay off until there is a workbook, then Check lists findings as buttons that go to their cell", async () => {
    const { pane } = openPane();
    expect((byId("validate") as HTMLButtonElement).disabled).toBe(true);
    const values: CellValue[][] = scorecardValues(4);
    values[3][4] = "fifty";
    const source = new FakeSource({ sheets: [{ name: "LAA Scorecard", values }] });
    await pane.setSource(source);
    expect((byId("validate") as HTMLButtonElement).disabled).toBe(false);
    expect(byId("findings-summary").textContent).toMatch(/^1 error to fix before the scorecard can be refreshed/);
    const item = byId("finding-0") as HTMLButtonElement;
    expect(item.tagName).toBe("BUTTON");
    expect(item.querySelector(".place")?.textContent).toBe("'LAA Scorecard'!E4");
    item.click();
    expect(source.selected).toEqual([["LAA Scorecard", "E4"]]);
  });

  test("Refresh with errors writes nothing and says so; without errors it shows each partnership's status in words and colour", async () => {
    const { pane } = openPane();
    const values: CellValue[][] = scorecardValues(4);
    values[2][5] = { error: "#DIV/0!" };
    const broken = new FakeSource({ sheets: [{ name: "Scorecard", values }] });
    await pane.setSource(broken);
    await click("refresh");
    expect(broken.plans).toEqual([]);
    expect(byId("message").textContent).toMatch(/errors, so nothing was written/);

    const clean = new FakeSource(scorecardGrids(10));
    await pane.setSource(clean);
    await click("refresh");
    expect(clean.plans).toHaveLength(1);
    const rows = [...document.querySelectorAll("#summary-table tbody tr")];
    expect(rows).toHaveLength(5);
    const status = rows[0].querySelector("td.status") as HTMLElement;
    expect(rows[0].querySelector("th")?.textContent).toBe("Safer Essex");
    expect(status.textContent).toBe("Red");
    expect(status.style.background).toMatch(/rgb\(255, 199, 206\)|#ffc7ce/i);
  });

  test("Settings: a tolerance that is not a number is refused on its field; a good one is saved", async () => {
    const { pane } = openPane();
    const source = new FakeSource(scorecardGrids(3));
    await pane.setSource(source);
    expect((byId("amber-tolerance") as HTMLInputElement).value).toBe("5");
    (byId("amber-tolerance") as HTMLInputElement).value = "lots";
    await click("save-settings");
    expect(byId("amber-tolerance-error").hidden).toBe(false);
    expect(byId("amber-tolerance").getAttribute("aria-invalid")).toBe("true");
    expect(source.settings).toEqual([]);
    (byId("amber-tolerance") as HTMLInputElement).value = "10";
    (byId("reporting-period") as HTMLInputElement).value = "2008/09";
    await click("save-settings");
    expect(source.settings).toEqual([{ reportingPeriod: { kind: "year", year: 2008 }, amberTolerance: 0.1 }]);
  });

  test("annual reviews need at least one partnership ticked", async () => {
    const { pane, downloads } = openPane();
    await pane.setSource(new FakeSource(scorecardGrids(5)));
    for (const box of document.querySelectorAll<HTMLInputElement>("#partnership-choices input")) box.checked = false;
    await click("download-reviews");
    expect(downloads).toEqual([]);
    // Shown in the Documents card beside its buttons, in a region a screen reader announces.
    expect(byId("documents-message").textContent).toBe("Tick at least one partnership to write its annual review.");
    expect(byId("documents-message").hidden).toBe(false);
    expect(byId("documents-message").closest("section")?.getAttribute("aria-labelledby")).toBe("documents-heading");
    expect(byId("documents-message").getAttribute("aria-live")).toBe("polite");
    expect(byId("message").hidden).toBe(true);
    // The next piece of work clears it, so old news does not linger beside the buttons.
    await click("validate");
    expect(byId("documents-message").hidden).toBe(true);
  });

  test("Settings saved: in standalone mode it says the change is only in this copy until downloaded", async () => {
    const { pane } = openPane();
    await pane.setSource(new FakeSource(scorecardGrids(3)));
    await click("save-settings");
    expect(byId("message").textContent).toBe(
      "Settings saved on the Settings sheet of this page's copy of test.xlsx. Choose Download refreshed workbook to keep them.",
    );
    // In Excel the sheet itself is changed, so there is nothing to download.
    await pane.setSource(Object.assign(new FakeSource(scorecardGrids(3)), { kind: "excel" as const }));
    await click("save-settings");
    expect(byId("message").textContent).toBe("Settings saved on the Settings sheet.");
  });
});
