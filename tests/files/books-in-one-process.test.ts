import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes } from "../../src/files";
import { planRefresh } from "../../src/refresh";
import { SCORECARD, scorecardBook, WORKBOOK } from "./books/scorecard-book";

// The pane's worker and the command line's tests read many books in one process. The readers keep
// patterns, formats and a row's figures from book to book (for speed): a book read after another
// spelt differently must read as it does alone.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The scorecard sheet with every element prefixed (x:c, x:row ...), as some writers save it, in the 1904 date system. */
function otherBook(): Uint8Array {
  const d = scorecardBook();
  d.edit(SCORECARD, (xml) =>
    xml.replace(/<(\/?)([A-Za-z]+)(?=[\s/>])/g, (_, close: string, name: string) => `<${close}x:${name}`).replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`),
  );
  d.edit(WORKBOOK, (xml) => xml.replace("<workbookPr ", '<workbookPr date1904="1" '));
  return d.bytes();
}

async function readAndRefresh(bytes: Uint8Array): Promise<{ analysis: string; refreshed: Uint8Array }> {
  const loaded = await loadWorkbook(bytes);
  const analysis = analyse(loaded.grids);
  return { analysis: JSON.stringify(analysis), refreshed: await refreshedBytes(loaded, planRefresh(analysis)) };
}

test("a book read after a differently spelt one (prefixed, 1904 dates) reads and refreshes as it did first", async () => {
  const plain = scorecardBook().bytes();
  const other = otherBook();
  const first = await readAndRefresh(plain);
  const between = await readAndRefresh(other);
  const again = await readAndRefresh(plain);
  const otherAgain = await readAndRefresh(other);
  expect(again.analysis).toBe(first.analysis);
  expect(Buffer.from(again.refreshed).equals(Buffer.from(first.refreshed))).toBe(true);
  expect(otherAgain.analysis).toBe(between.analysis);
  expect(Buffer.from(otherAgain.refreshed).equals(Buffer.from(between.refreshed))).toBe(true);
  // The prefixed book is read, not skipped: the same ratings as the plain one.
  const statuses = (read: { analysis: string }) => (JSON.parse(read.analysis) as { indicators: { status: string }[] }).indicators.map((r) => r.status);
  expect(statuses(first).length).toBeGreaterThan(0);
  expect(statuses(between)).toEqual(statuses(first));
});
