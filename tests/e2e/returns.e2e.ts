import JSZip from "jszip";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { analyse } from "../../src/engine";
import { safeFileName } from "../../src/file-name";
import { loadWorkbook } from "../../src/files";
import { planMerge } from "../../src/returns/merge-returns";
import { partnershipsWithPapers } from "../../src/rollup";
import { plural } from "../../src/words";
import { typeIntoReturn } from "../../scripts/fill-returns";
import { axeViolations, downloads, horizontalOverflow, message, openWorkbook, said, screenshot, showView } from "./harness/pane";
import { ROOT, SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";

// Partner returns in the browser, at the pane's narrowest: every lead's return in one .zip; two
// filled in as leads would, brought back, shown before anything is written (the changes, the chase
// list), accepted, and read back from the downloaded workbook.

const suite = useStandalonePane();
const DIR = path.join(ROOT, "out", "e2e-returns");

test("make returns, bring two back, see the changes and the chase list, accept, and download the merged book", async () => {
  const { page } = await suite.pane();
  await page.setViewportSize({ width: 320, height: 900 });
  await openWorkbook(page, SAMPLE);
  await showView(page, "returns");
  const sample = await loadWorkbook(await fs.readFile(SAMPLE));
  const analysis = analyse(sample.grids);
  const partnerships = partnershipsWithPapers(analysis.partnerships).map((p) => p.name);

  // Make returns: one .zip, one return per partnership.
  const [zipFile] = await downloads(page, () => page.click("#make-returns"));
  expect(zipFile.fileName).toBe("Returns Q2 2009-10.zip");
  await expect(message(page, "make-returns-status")).resolves.toBe(`Asked your browser to save ${partnerships.length} returns for Q2 2009/10 in Returns Q2 2009-10.zip (usually to Downloads).`);
  const zip = await JSZip.loadAsync(zipFile.bytes);
  const names = Object.keys(zip.files).filter((n) => n.endsWith(".xlsx"));
  expect(names).toHaveLength(partnerships.length);
  expect(names.sort()).toEqual(partnerships.map((p) => `${safeFileName(`${p} return Q2 2009-10`)}.xlsx`).sort());

  // Two leads fill theirs in, as the demo's do: one with a figure far below its last (a query).
  await fs.mkdir(DIR, { recursive: true });
  const fill = async (partnership: string, typing: Parameters<typeof typeIntoReturn>[1]) => {
    const name = names.find((n) => n.startsWith(`${partnership} return`))!;
    const file = path.join(DIR, name);
    await fs.writeFile(file, typeIntoReturn(await zip.file(name)!.async("uint8array"), typing));
    return file;
  };
  const files = [
    await fill("Safer Essex", { figures: { "NI 30": 18, "NI 16": 12.4, "NI 20": 6.1 } }),
    await fill("Sustainable Essex", { figures: { "NI 186": 9.5, "NI 192": 4.2 }, commentary: { "Achievements and good news": "Recycling rates held up." } }),
  ];
  // What the command line's merge makes of the same files.
  const inputs = await Promise.all(files.map(async (f) => ({ file: path.basename(f), grids: (await loadWorkbook(await fs.readFile(f))).grids })));
  const plan = planMerge(analysis, sample.grids, inputs, { period: analysis.reportingPeriod!, overwrite: false });
  expect(plan.scorecard.writes.length).toBeGreaterThan(0);

  await page.setInputFiles("#returns-files", files);
  await said(page, "returns-status", /Nothing is written until you accept/);
  await screenshot(page, "30-returns-brought-in");
  // The table: one row per figure, with the book's value, the return's and what Accept does.
  const rows = await page.$$eval("table.figures tbody tr:not(.group)", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())));
  expect(rows).toHaveLength(plan.figures.length);
  for (const f of plan.figures) expect(rows).toContainEqual([expect.stringContaining(f.ref), f.oldShown, f.shown, expect.any(String)]);
  const queried = plan.figures.find((f) => f.queried)!;
  expect(rows.find((r) => r[0].startsWith(`${queried.ref} `))![3]).toMatch(/Queried/);
  // The chase list: every partnership with its lead; those with no return say so.
  const chase = await page.$$eval("#returns-chase li", (lis) => lis.map((li) => (li.textContent ?? "").trim()));
  expect(chase).toHaveLength(partnerships.length);
  for (const c of plan.chase) {
    const line = chase.find((l) => l.startsWith(`${c.partnership},`))!;
    expect(line.includes("no return received")).toBe(!c.returned);
  }
  // Nothing written yet: no download offered.
  await expect(page.locator("#download-workbook").isDisabled()).resolves.toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toEqual({ scrolls: false, past: [] });

  await page.click("#accept-returns");
  await said(page, "accept-status", /^Wrote /);
  await screenshot(page, "31-returns-accepted");
  await expect(message(page, "accept-status")).resolves.toMatch(new RegExp(`^Wrote ${plural(plan.scorecard.writes.length, "figure")} and 1 paragraph of commentary into this page's copy of sample-scorecard\\.xlsx\\.`));
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toEqual({ scrolls: false, past: [] });

  // The merged copy, downloaded and read back: every figure in its cell, the words on Commentary.
  const [merged] = await downloads(page, () => page.click("#download-workbook"));
  const book = await loadWorkbook(merged.bytes);
  const sheet = book.grids.sheets.find((s) => s.name === plan.scorecard.sheet)!;
  for (const { address, cell } of plan.scorecard.writes) {
    const at = /^([A-Z]+)(\d+)$/.exec(address)!;
    const column = [...at[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    expect([address, sheet.values[Number(at[2]) - 1][column - 1]]).toEqual([address, cell.value]);
  }
  const merges = analyse(book.grids).papers.commentary.map((c) => c.text);
  expect(merges).toContain("Recycling rates held up.");
});
