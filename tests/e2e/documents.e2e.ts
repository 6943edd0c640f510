import JSZip from "jszip";
import { downloads, message, openWorkbook, screenshot, showView } from "./harness/pane";
import { SAMPLE } from "./harness/paths";
import { useStandalonePane } from "./harness/suite";
import { analyseFile, docxHeadings, docxParagraphs } from "./harness/workbooks";

// The papers from the browser: each partnership's annual review, mid-year report and progress update,
// and the meeting's minutes, download as Word documents with their headings, in Word's own heading styles.

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
  // Several go in one .zip unless the user asks for separate files.
  await expect(page.locator("#as-zip").isChecked()).resolves.toBe(true);
  await page.uncheck("#as-zip");

  const files = await downloads(page, () => page.click("#download-documents"), 2);
  await screenshot(page, "06-reviews-downloaded");
  // Said in the Documents view, beside the button; no other view has news. A browser may hold back
  // several downloads until allowed: the pane says it asked, not that they arrived.
  await expect(message(page, "documents-status")).resolves.toBe(
    'Asked your browser to save 2 annual reviews as 2 separate files (usually to Downloads). If it asks whether this page may download multiple files, choose Allow; or tick "Several in one .zip file".',
  );
  await expect(message(page, "check-status")).resolves.toBe("");
  // The summary did not go anywhere.
  await expect(page.locator("#partnership-cards > li").count()).resolves.toBe(partnerships.length);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("download-documents");
  for (const [i, file] of files.entries()) {
    expect(file.fileName).toMatch(/annual review Q2 2009-10\.docx$/);
    const headings = await docxHeadings(file.bytes);
    expect(headings[0]).toBe(partnerships[i]);
    const standard = headings.filter((h) => REVIEW_HEADINGS.includes(h));
    expect(standard).toEqual(REVIEW_HEADINGS);
    // Built in the browser as on the command line: a native chart part per charted indicator, drawn
    // inline, each carrying its workbook (tests/documents/chart-workbooks.test.ts reads one back).
    const zip = await JSZip.loadAsync(file.bytes);
    const charts = Object.keys(zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThan(0);
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body.match(/<c:chart [^>]*r:id=/g)).toHaveLength(charts.length);
    expect(Object.keys(zip.files).filter((n) => /^word\/embeddings\/Microsoft_Excel_Worksheet\d+\.xlsx$/.test(n))).toHaveLength(charts.length);
  }
});

test("all annual reviews in one .zip by default, one document per partnership", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await showView(page, "documents");
  const partnerships = (await analyseFile(SAMPLE)).partnerships.map((p) => p.name);
  const [zipFile] = await downloads(page, () => page.click("#download-documents"));
  expect(zipFile.fileName).toBe("Annual reviews Q2 2009-10.zip");
  // Written and packed in the pane's Web Worker: the page itself never loaded docx or jszip.
  const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  expect(loaded.filter((url) => /\/(docx|jszip|documents)\.[0-9a-f]+\.chunk\.js$/.test(url))).toEqual([]);
  expect(loaded.some((url) => /\/workbook-worker\.[0-9a-f]+\.chunk\.js$/.test(url))).toBe(true);
  await expect(message(page, "documents-status")).resolves.toBe(`Asked your browser to save ${partnerships.length} annual reviews in Annual reviews Q2 2009-10.zip (usually to Downloads).`);
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
  await expect(message(page, "documents-status")).resolves.toBe(`Asked your browser to save the minutes as ${file.fileName} (usually to Downloads).`);
  const headings = await docxHeadings(file.bytes);
  expect(headings[0]).toBe(analysis.papers.meeting!.title);
  for (const h of ["Attendees", "Apologies", "Action log", "Date of next meeting", "Annex A: Forward plan"]) expect(headings).toContain(h);
  for (const p of analysis.partnerships) expect(headings).toContain(p.name);
});

test("a progress update for the next meeting: the forward plan's headings in order, due 7 days before, with its exceptions' charts", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await showView(page, "documents");
  const partnerships = (await analyseFile(SAMPLE)).partnerships.map((p) => p.name);
  await page.check("#document-progress-update");
  await expect(page.locator("#download-documents").textContent()).resolves.toBe("Download progress updates");
  const boxes = page.locator("#partnership-choices input[type=checkbox]");
  for (let i = 0; i < partnerships.length; i++) if (partnerships[i] !== "Safer Essex") await boxes.nth(i).uncheck();
  const [file] = await downloads(page, () => page.click("#download-documents"));
  await screenshot(page, "08-progress-update-downloaded");
  expect(file.fileName).toBe("Safer Essex progress update Q2 2009-10.docx");
  await expect(message(page, "documents-status")).resolves.toBe("Asked your browser to save 1 progress update as Safer Essex progress update Q2 2009-10.docx (usually to Downloads).");
  const headings = await docxHeadings(file.bytes);
  expect(headings).toEqual([
    "Safer Essex",
    "Agreed updates from previous meetings",
    "Other exceptions for attention or discussion",
    "Achievements and good news stories",
    "Barriers to delivery, risks and actions needed",
    "Cross-cutting opportunities",
    "Assurance where data is not available",
    "Resource issues, including use of PRG",
    "Locality and \u201chotspot\u201d issues",
    "Milestones (key actions and new information) due in the next period",
  ]);
  const text = (await docxParagraphs(file.bytes)).map((p) => p.text);
  expect(text).toContain("Due by:Monday 9 November 2009, 7 calendar days before the meeting");
  const zip = await JSZip.loadAsync(file.bytes);
  expect(Object.keys(zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n)).length).toBeGreaterThan(0);
});

test("a mid-year report per partnership: the half year against this year's targets, the change since the year's start", async () => {
  const { page } = await suite.pane();
  await openWorkbook(page, SAMPLE);
  await showView(page, "documents");
  const partnerships = (await analyseFile(SAMPLE)).partnerships.map((p) => p.name);
  await page.check("#document-mid-year-report");
  await page.check("#as-zip");
  const [zipFile] = await downloads(page, () => page.click("#download-documents"));
  expect(zipFile.fileName).toBe("Mid-year reports Q2 2009-10.zip");
  const zip = await JSZip.loadAsync(zipFile.bytes);
  const names = Object.keys(zip.files).filter((n) => n.endsWith(" mid-year report Q2 2009-10.docx"));
  expect(names).toHaveLength(partnerships.length);
  const headings = await docxHeadings(await zip.file(names[0])!.async("uint8array"));
  for (const h of ["Performance against Year 2 targets and profiles at Q2 2009/10", "Change since the start of the year", "Exceptions for attention or discussion", "Milestones for the rest of the year"]) {
    expect(headings).toContain(h);
  }
});
