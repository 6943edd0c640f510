import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes } from "../../src/files";
import { planRefresh } from "../../src/refresh";
import { manualCalculation } from "./books/features";
import { PARTNERSHIPS, scorecardBook, WORKBOOK } from "./books/scorecard-book";
import { packageProblems } from "./package-check";
import { partsOf, same, text } from "./package-diff";

// A user's formula that counts the statuses (a front sheet's "Reds: 3") keeps the result it was saved
// with: Excel does not recalculate a file its own version saved when it opens it. After a refresh in
// Excel (the add-in) such a formula shows the new count at once; a refreshed file must too, so the
// summary sheet, which the refresh owns whole, asks Excel to recalculate on opening. The workbook part
// and the user's calculation settings stay as they were; a book set to manual calculation is left to F9.

async function refreshed(bytes: Uint8Array): Promise<Uint8Array> {
  const loaded = await loadWorkbook(bytes);
  return refreshedBytes(loaded, planRefresh(analyse(loaded.grids)));
}

function summaryPart(bytes: Uint8Array): string {
  const parts = partsOf(bytes);
  const rels = text(parts, "xl/_rels/workbook.xml.rels");
  const rId = /<sheet [^>]*name="Partnership Summary"[^>]*r:id="(rId\d+)"/.exec(text(parts, WORKBOOK))![1];
  const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return text(parts, `xl/${target}`);
}

test("a refreshed book asks Excel to recalculate on opening, so a user's count of the statuses is not left showing the old figure", async () => {
  const d = scorecardBook();
  // A front-sheet count of the Reds, saved with the result it had before the refresh.
  d.edit(PARTNERSHIPS, (xml) => xml.replace("</sheetData>", `<row r="20"><c r="A20"><f>COUNTIF(Scorecard!J:J,"Red")</f><v>0</v></c></row></sheetData>`));
  const input = d.bytes();
  const out = await refreshed(input);
  const summary = summaryPart(out);
  expect(summary).toMatch(/<\/sheetData><sheetCalcPr fullCalcOnLoad="1"\/>/);
  // The user's calculation settings are not touched: the request lives in the sheet the refresh owns.
  const calcPr = (bytes: Uint8Array) => /<calcPr[^>]*>/.exec(text(partsOf(bytes), WORKBOOK))![0];
  expect(calcPr(out)).toBe(calcPr(input));
  expect(packageProblems(out)).toEqual([]);
  // Refreshing the refreshed book changes nothing more.
  expect(same(await refreshed(out), out)).toBe(true);
});

test("a book the user set to manual calculation is not recalculated on opening: its formulas wait for F9, as after the add-in's refresh", async () => {
  const d = scorecardBook();
  manualCalculation(d);
  const out = await refreshed(d.bytes());
  expect(summaryPart(out)).not.toContain("sheetCalcPr");
  expect(text(partsOf(out), WORKBOOK)).toContain('calcMode="manual"');
});
