import { readFile } from "node:fs/promises";
import { orderCards } from "../../addin/taskpane/card-filter";
import { dashboard } from "../../src/dashboard";
import { sheetCellRef } from "../../src/grid";
import { DOCX_TYPE, MAX_HANDOFF_URL, handoffUrl } from "../../addin/standalone/download";
import { idle, screenshot } from "./harness/pane";
import { SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";
import { analyseFile } from "./harness/workbooks";

// The Summary answers "how are we doing, and why" with the engine's own figures: the sample opened
// with "Try the sample scorecard" (served beside the pane), read by the same analyse() the command
// line uses, shown as the area's line and a card per partnership; a card opens to its Red indicators,
// and a click says which cell. And Excel for Mac's way out: the save page builds the file it is handed.

const suite = useStandalonePane();

test("the sample from the first-run panel: the area's line and every card carry the engine's numbers", async () => {
  const { page, requests } = await suite.pane();
  await page.click("#try-sample");
  await page.waitForSelector("#partnership-cards");
  await idle(page);
  expect(requests.some((u) => /\/templates\/sample-scorecard\.xlsx$/.test(u))).toBe(true);
  const model = dashboard(await analyseFile(SAMPLE));

  const area = await page.$$eval("#area-line .counts .badge", (badges) => badges.map((b) => b.textContent));
  const c = model.area.counts;
  expect(area).toEqual([`${c.green} Green`, `${c.amber} Amber`, `${c.red} Red`, `${c.noData} No data`, `${c.noTarget} No target`]);
  expect(c.green + c.amber + c.red + c.noData + c.noTarget).toBe(model.area.indicators);
  const facts = await page.$$eval("#area-line .facts div", (divs) => divs.map((d) => [d.querySelector("dt")!.textContent, d.querySelector("dd")!.textContent]));
  expect(facts).toEqual([
    ["PRG at stake", model.area.prgAtStake],
    ["PRG at risk", model.area.prgAtRisk],
    ["Improving", String(model.area.travel.improving)],
    ["Worsening", String(model.area.travel.worsening)],
  ]);
  await expect(page.locator("#area-line .area-total").innerText()).resolves.toBe(`${model.area.indicators} indicators in ${model.partnerships.length} partnerships`);

  const cards = await page.$$eval("#partnership-cards > li", (lis) =>
    lis.map((li) => ({
      name: li.querySelector("h3")!.textContent,
      status: li.querySelector(".status-line .badge")!.textContent,
      onTarget: li.querySelector(".on-target")!.textContent,
      lead: li.querySelector(".lead")?.textContent ?? null,
      reason: li.querySelector(".reason")!.textContent,
      prg: li.querySelector(".prg")?.textContent ?? null,
      change: li.querySelector(".change")?.textContent ?? null,
    })),
  );
  // Exceptions first: Red, then Amber, No data and Green, each saying what it was last quarter.
  expect(cards).toEqual(
    orderCards(model.partnerships).map(({ card: p }) => ({
      name: p.name,
      status: p.overall,
      onTarget: p.onTarget,
      lead: p.lead ? `Lead: ${p.lead}` : null,
      reason: `Why ${p.overall}: ${p.reason}`,
      prg: p.hasReward ? `PRG at risk ${p.prgAtRisk} of ${p.prgAtStake}` : null,
      change: `${p.change.text}. ${p.change.movedText}.`,
    })),
  );
});

test("a partnership opens to its Red indicators first, each with its figures, and a click says which cell", async () => {
  const { page } = await suite.pane();
  await page.click("#try-sample");
  await page.waitForSelector("#partnership-cards");
  await idle(page);
  const analysis = await analyseFile(SAMPLE);
  const model = dashboard(analysis);
  const i = model.partnerships.findIndex((p) => p.toDiscuss.some((t) => t.status === "Red"));
  const card = model.partnerships[i];
  await expect(page.locator(`#card-${i}-list`).isVisible()).resolves.toBe(false);
  await page.click(`#card-${i}-toggle`);
  await expect(page.locator(`#card-${i}-toggle`).getAttribute("aria-expanded")).resolves.toBe("true");
  const listed = await page.$$eval(`#card-${i}-list .indicator`, (buttons) =>
    buttons.map((b) => ({ ref: b.querySelector(".ref")!.textContent, status: b.querySelector(".badge")!.textContent, figures: b.querySelector(".figures")!.textContent, cell: (b as HTMLElement).dataset.cell })),
  );
  expect(listed).toEqual(card.toDiscuss.map((t) => ({ ref: t.ref, status: t.status, figures: t.figures, cell: t.cell })));
  expect(listed[0].status).toBe("Red");
  // The cell is the actual the status was rated on, in the scorecard sheet.
  const red = analysis.indicators.find((r) => r.indicator.ref === listed[0].ref)!;
  expect(listed[0].cell).toBe(red.latest!.cell);
  await page.click(`#indicator-${i}-0`);
  const note = await page.locator(`#indicator-${i}-0 + .goto-note`).innerText();
  expect(note).toContain(sheetCellRef(analysis.scorecard!.sheet, red.latest!.cell));
  await screenshot(page, "50-partnership-red-indicator");
});

test("Excel for Mac's save page, opened in the browser, builds and saves exactly the file it was handed", async () => {
  const { page } = await suite.pane();
  const bytes = new Uint8Array(3000).map((_, i) => (i * 13) % 256);
  const url = handoffUrl([{ fileName: "Safer Essex annual review.docx", type: DOCX_TYPE, bytes }], page.url());
  const download = page.waitForEvent("download");
  await page.goto(url);
  const saved = await download;
  expect(saved.suggestedFilename()).toBe("Safer Essex annual review.docx");
  expect([...(await readFile(await saved.path()))]).toEqual([...bytes]);
  // The file left the address at once: it is not kept in the browser's history.
  expect(new URL(page.url()).hash).toBe("");
  await expect(page.locator("#save-status").innerText()).resolves.toMatch(/handed to your browser to save/);
  await screenshot(page, "51-mac-save-page");
});

test("the save page reads back a file from an address of the longest length the pane hands over (1,000,000 characters)", async () => {
  const { page } = await suite.pane();
  const file = (n: number) => ({ fileName: "Annual reviews Q2 2009-10.zip", type: "application/zip", bytes: new Uint8Array(n).map((_, i) => (i * 7919 + (i >> 8)) % 256) });
  // As many bytes as fit: base64 carries 3 bytes in 4 characters.
  const room = MAX_HANDOFF_URL - handoffUrl([file(0)], page.url()).length;
  const { bytes } = file(Math.floor((room * 3) / 4));
  const url = handoffUrl([{ ...file(0), bytes }], page.url());
  expect(url.length).toBeLessThanOrEqual(MAX_HANDOFF_URL);
  expect(url.length).toBeGreaterThan(MAX_HANDOFF_URL - 4);
  const download = page.waitForEvent("download");
  await page.goto(url);
  const saved = await download;
  expect(saved.suggestedFilename()).toBe("Annual reviews Q2 2009-10.zip");
  expect(Buffer.compare(await readFile(await saved.path()), Buffer.from(bytes))).toBe(0);
});
