import JSZip from "jszip";
import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes, WorkbookFileError } from "../../src/files";
import { cellAt } from "../../src/grid";
import { planRefresh } from "../../src/refresh";
import { CONTENTS, PARTNERSHIPS, SCORECARD, scorecardBook, WORKBOOK } from "./books/scorecard-book";
import { readZip } from "../../src/files/zip";

// Books that broke the old reader or that it read wrongly: a cell in the last column, a damaged
// package, the 1904 date system, a formula saved without its result, folders inside the zip.

async function reason(bytes: Uint8Array): Promise<string> {
  try {
    const loaded = await loadWorkbook(bytes);
    analyse(loaded.grids);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookFileError);
    return (e as WorkbookFileError).sentenceFor("book.xlsx");
  }
  throw new Error("expected the file to be refused");
}

test("a cell in the last column (XFD) reads like any other", async () => {
  const d = scorecardBook();
  d.edit(PARTNERSHIPS, (xml) => xml.replace(/(<row r="2"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="XFD2" t="inlineStr"><is><t>far right</t></is></c></row>').replace('<dimension ref="A1:C4"/>', '<dimension ref="A1:XFD4"/>'));
  const { grids } = await loadWorkbook(d.bytes());
  const sheet = grids.sheets.find((s) => s.name === "Partnerships")!;
  expect(cellAt(sheet, 2, 16_384)).toBe("far right");
  expect(cellAt(sheet, 2, 1)).toBe("Safer Essex");
});

test("a workbook that names a sheet whose part is missing is damaged, in one sentence", async () => {
  const zip = await JSZip.loadAsync(scorecardBook().bytes());
  zip.remove(SCORECARD);
  expect(await reason(await zip.generateAsync({ type: "uint8array" }))).toBe(
    '"book.xlsx" is damaged: the workbook lists a sheet "Scorecard" whose contents are missing from the file.',
  );
});

test("a sheet whose XML is cut short is damaged, in one sentence naming the sheet", async () => {
  const d = scorecardBook();
  d.edit(SCORECARD, (xml) => xml.slice(0, xml.indexOf('<row r="6"') + 12));
  expect(await reason(d.bytes())).toBe('"book.xlsx" is damaged: the sheet "Scorecard" cannot be read.');
});

test("two parts whose names differ only in case are a damaged file, refused in one sentence rather than one dropped", async () => {
  const zip = await JSZip.loadAsync(scorecardBook().bytes());
  zip.file("xl/media/logo.png", new Uint8Array([1, 2, 3]));
  zip.file("xl/Media/Logo.png", new Uint8Array([4, 5, 6]));
  expect(await reason(await zip.generateAsync({ type: "uint8array" }))).toBe(
    '"book.xlsx" is damaged: it holds two parts named xl/media/logo.png and xl/Media/Logo.png (part names ignore case).',
  );
});

test("in the 1904 date system (old Mac books) a date-formatted number is the right date", async () => {
  const d = scorecardBook();
  d.edit(WORKBOOK, (xml) => xml.replace('<workbookPr defaultThemeVersion="166925"/>', '<workbookPr date1904="1" defaultThemeVersion="166925"/>'));
  d.edit("xl/styles.xml", (xml) => xml.replace('<cellXfs count="7">', '<cellXfs count="8">').replace("</cellXfs>", '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'));
  d.edit(CONTENTS, (xml) => xml.replace(/(<row r="3"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="B3" s="7"><v>36526</v></c><c r="C3" s="7"><v>0</v></c></row>'));
  const { grids } = await loadWorkbook(d.bytes());
  const contents = grids.sheets[0];
  // Day 36,526 counted from 1 January 1904 is 2 January 2004 (in the 1900 system it would be 1 January 2000).
  expect(cellAt(contents, 3, 2)).toEqual(new Date(Date.UTC(2004, 0, 2)));
  expect(cellAt(contents, 3, 3)).toEqual(new Date(Date.UTC(1904, 0, 1)));
});

test("a formula saved without its result is unknown, not blank; a cached empty text is blank", async () => {
  const d = scorecardBook();
  d.edit(SCORECARD, (xml) =>
    xml
      .replace('<c r="H7"><v>13000</v></c>', '<c r="H7"><f>12500+500</f></c>')
      // A shared formula's other cells: their text is the group's, moved to their place.
      .replace(/<c r="I6" s="4"><f t="shared" si="0"\/><v>[^<]*<\/v><\/c>/, '<c r="I6" s="4"><f t="shared" si="0"/></c>'),
  );
  const { grids } = await loadWorkbook(d.bytes());
  const scorecard = grids.sheets.find((s) => s.name === "Scorecard")!;
  expect(cellAt(scorecard, 7, 8)).toEqual({ formulaWithoutResult: "12500+500" });
  expect(cellAt(scorecard, 6, 9)).toEqual({ formulaWithoutResult: "H6-F6" });
  expect(cellAt(scorecard, 8, 10)).toBeNull(); // J8: =IF(C8="","",...) saved with its empty result
});

test("folders stored in the zip are not parts: the refreshed file has none", async () => {
  const zip = await JSZip.loadAsync(scorecardBook().bytes());
  zip.folder("xl/worksheets");
  const bytes = await zip.generateAsync({ type: "uint8array" });
  expect(readZip(bytes).some((e) => e.name.endsWith("/"))).toBe(true);
  const loaded = await loadWorkbook(bytes);
  const out = await refreshedBytes(loaded, planRefresh(analyse(loaded.grids)));
  expect(readZip(out).filter((e) => e.name.endsWith("/"))).toEqual([]);
});

test("formatted empty cells and a validation on whole columns hold nothing for the engine", async () => {
  const d = scorecardBook();
  const empties = Array.from({ length: 2_000 }, (_, i) => `<row r="${i + 20}">${"OPQRSTUVWXYZ".split("").map((c) => `<c r="${c}${i + 20}" s="2"/>`).join("")}</row>`).join("");
  d.edit(SCORECARD, (xml) => xml.replace("</sheetData>", `${empties}</sheetData>`));
  d.insertInSheet(SCORECARD, "dataValidations", '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="F1:N1048576"><formula1>"1,2"</formula1></dataValidation></dataValidations>');
  const loaded = await loadWorkbook(d.bytes());
  const scorecard = loaded.grids.sheets.find((s) => s.name === "Scorecard")!;
  expect(scorecard.values.length).toBe(14);
  expect(analyse(loaded.grids).indicators.length).toBe(8);
});
