import JSZip from "jszip";
import { axeViolations, downloads, message, openWorkbook, said, screenshot, showView, shownFindings } from "./harness/pane";
import { SAMPLE } from "./harness/paths";
import { useScratchDir, useStandalonePane } from "./harness/suite";
import { analyseFile, docxHeadings, sampleWithOwnSummary } from "./harness/workbooks";

// A book whose only error matters to Refresh alone (a "Partnership Summary" sheet of the user's own,
// which a refresh would replace): the banner says what Refresh cannot do and why, Refresh writes
// nothing, and Check, the Summary and the Documents work as for any sound book.

const suite = useStandalonePane();
const scratch = useScratchDir();

test("the user's own summary sheet: a banner on the Summary, Refresh refused, Check, Summary and Documents all working", async () => {
  const book = await sampleWithOwnSummary(SAMPLE, scratch());
  const analysis = await analyseFile(book.file);
  const partnerships = analysis.partnerships.map((p) => p.name);
  const { page } = await suite.pane();
  await openWorkbook(page, book.file);

  // Opens on the Summary, with every partnership's card, under a banner that says why Refresh cannot write.
  await expect(page.locator("#view-summary").isVisible()).resolves.toBe(true);
  const banner = await page.locator("#summary-note").innerText();
  expect(banner).toMatch(/^Refresh cannot write the statuses into this workbook: The sheet "Partnership Summary" was not made by LAA Scorecard/);
  expect(banner).toMatch(/Check and Documents work as usual\.$/);
  await expect(page.locator("#summary-note.stale").count()).resolves.toBe(1);
  await expect(page.locator("#partnership-cards > li h3").allInnerTexts()).resolves.toEqual(expect.arrayContaining(partnerships));
  await expect(page.locator("#partnership-cards > li").count()).resolves.toBe(partnerships.length);
  await screenshot(page, "60-refresh-only-summary");
  expect(await axeViolations(page)).toEqual([]);

  // Refresh writes nothing and says why; the cards stay, and there is nothing new to download.
  await page.click("#refresh");
  const refused = await said(page, "summary-status", /^Nothing was written/);
  expect(refused).toMatch(/Partnership Summary/);
  expect(refused).toMatch(/Rename the sheet "Partnership Summary" to keep it, or delete it/);
  await expect(page.locator("#partnership-cards > li").count()).resolves.toBe(partnerships.length);
  await expect(page.locator("#download-workbook").isEnabled()).resolves.toBe(false);

  // Check lists the one error at the user's sheet, and nothing else stops reading.
  await showView(page, "check");
  await page.click("#validate");
  await page.waitForSelector("#pane[aria-busy=false]");
  const errors = (await shownFindings(page)).filter((f) => f.severity === "error");
  expect(errors.map((f) => [f.sheet, f.cell])).toEqual([[book.sheet, "A1"]]);
  await expect(message(page, "check-status")).resolves.not.toMatch(/could not|cannot go into a document/);
  expect(await axeViolations(page)).toEqual([]);

  // Documents: every partnership's annual review in one .zip, and the minutes, as for a sound book.
  await showView(page, "documents");
  const [zipFile] = await downloads(page, () => page.click("#download-documents"));
  expect(zipFile.fileName).toBe("Annual reviews Q2 2009-10.zip");
  const zip = await JSZip.loadAsync(zipFile.bytes);
  const reviews = Object.keys(zip.files).filter((n) => n.endsWith(".docx"));
  expect(reviews).toHaveLength(partnerships.length);
  const titles = await Promise.all(reviews.map(async (n) => (await docxHeadings(await zip.file(n)!.async("uint8array")))[0]));
  expect(titles.sort()).toEqual([...partnerships].sort());
  await expect(message(page, "documents-status")).resolves.toMatch(/^Asked your browser to save \d+ annual reviews in Annual reviews Q2 2009-10\.zip/);
  await page.check("#document-minutes");
  const [minutes] = await downloads(page, () => page.click("#download-documents"));
  expect(minutes.fileName).toMatch(/minutes.*\.docx$/i);
  expect((await docxHeadings(minutes.bytes)).length).toBeGreaterThan(0);
  await screenshot(page, "61-refresh-only-documents");
  expect(await axeViolations(page)).toEqual([]);
});
