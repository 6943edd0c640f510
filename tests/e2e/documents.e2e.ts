import JSZip from "jszip";
import { downloads, message, openWorkbook, screenshot, showView } from "./harness/pane";
import { SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";
import { analyseFile, docxHeadings } from "./harness/workbooks";

// The papers from the browser: each partnership's annual review and the meeting's minutes download as
// Word documents with the standard headings, in Word's own heading styles.

const suite = useStandalonePane();

const REVIEW_HEADINGS = [
  "Performance against Year 2 targets",
  "Underlying trends",
  "Areas of success and good news",
  "Barriers, risks and actions needed",
  "Milestones",
  "Assurance where data is not available",
  "Performance Reward Grant",
];

test("one annual review per ticked partnership, named after it, with the standard headings in order", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await showView(page, "documents");
  const partnerships = (await analyseFile(SAMPLE)).partnerships.map((p) => p.name);
  // Untick all but the first two: only those are written.
  const boxes = page.locator("#partnership-choices input[type=checkbox]");
  await expect(boxes.count()).resolves.toBe(partnerships.length);
  for (let i = 2; i < partnerships.length; i++) await boxes.nth(i).uncheck();

  const files = await downloads(page, () => page.click("#download-documents"), 2);
  await screenshot(page, "06-reviews-downloaded");
  // Said in the Documents view, beside the button; no other view has news.
  await expect(message(page, "documents-status")).resolves.toBe("2 annual reviews downloaded.");
  await expect(message(page, "check-status")).resolves.toBe("");
  // The summary did not go anywhere.
  await expect(page.locator("#partnership-cards > li").count()).resolves.toBe(partnerships.length);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("download-documents");
  for (const [i, file] of files.entries()) {
    expect(file.fileName).toMatch(/annual review\.docx$/);
    const headings = await docxHeadings(file.bytes);
    expect(headings[0]).toBe(partnerships[i]);
    const standard = headings.filter((h) => REVIEW_HEADINGS.includes(h));
    expect(standard).toEqual(REVIEW_HEADINGS);
    // Built in the browser as on the command line: a native chart part per charted indicator, drawn inline.
    const zip = await JSZip.loadAsync(file.bytes);
    const charts = Object.keys(zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThan(0);
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body.match(/<c:chart [^>]*r:id=/g)).toHaveLength(charts.length);
  }
});

test("all annual reviews in one .zip, one document per partnership", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await showView(page, "documents");
  const partnerships = (await analyseFile(SAMPLE)).partnerships.map((p) => p.name);
  await page.check("#as-zip");
  const [zipFile] = await downloads(page, () => page.click("#download-documents"));
  expect(zipFile.fileName).toBe("Annual reviews.zip");
  await expect(message(page, "documents-status")).resolves.toBe(`${partnerships.length} annual reviews downloaded as Annual reviews.zip.`);
  const zip = await JSZip.loadAsync(zipFile.bytes);
  const names = Object.keys(zip.files).filter((n) => n.endsWith(".docx"));
  expect(names).toHaveLength(partnerships.length);
  const titles = await Promise.all(names.map(async (n) => (await docxHeadings(await zip.file(n)!.async("uint8array")))[0]));
  expect(titles.sort()).toEqual([...partnerships].sort());
});

test("the minutes carry the meeting, the partnership updates drafted from the scorecard, the action log and forward plan", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await showView(page, "documents");
  const analysis = await analyseFile(SAMPLE);
  await page.check("#document-minutes");
  await expect(page.locator("#review-partnerships").isVisible()).resolves.toBe(false);
  const [file] = await downloads(page, () => page.click("#download-documents"));
  await screenshot(page, "07-minutes-downloaded");
  expect(file.fileName).toMatch(/\.docx$/);
  await expect(message(page, "documents-status")).resolves.toBe(`Minutes downloaded as ${file.fileName}.`);
  const headings = await docxHeadings(file.bytes);
  expect(headings[0]).toBe(analysis.papers.meeting!.title);
  for (const h of ["Attendees", "Apologies", "Action log", "Date of next meeting", "Annex A: Forward plan"]) expect(headings).toContain(h);
  for (const p of analysis.partnerships) expect(headings).toContain(p.name);
});
