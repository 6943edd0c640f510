import { ColumnCells, patchSheet, patchSheetUtf8, SheetCellWrite } from "../../src/files/sheet-patch";
import { readSheet } from "../../src/files/sheet-read";
import { CellWrite } from "../../src/refresh-plan";
import { SCORECARD, scorecardBook } from "./books/scorecard-book";

// A refresh passes over most rows with native searches and appends the new cells after a row's last
// cell without reading its cells: only a row spelt as Excel writes it, whose cells all lie left of the
// written columns. Every other row (another spelling, a format of its own, cells in or right of the
// written columns, a shared formula to move) must still be written cell by cell, in the right place.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const sheet = (data: string) => `<worksheet xmlns="${MAIN}" xmlns:x14ac="urn:x14ac"><sheetData>${data}</sheetData></worksheet>`;
const GREEN: CellWrite = { value: "Green", fill: "C6EFCE" };
// A filled cell's format is 100 + the format it started from, so a test sees which one that was.
const styleFor = (base: number, write: CellWrite) => (write.fill ? 100 + base : base);
/** One column written down from `firstRow`; null leaves a row alone. */
const column = (col: number, firstRow: number, cells: (CellWrite | null)[]): ColumnCells => ({ column: col, firstRow, cells });
const patched = (xml: string, columns: ColumnCells[], singles: SheetCellWrite[] = []) => patchSheet(xml, singles, styleFor, columns);
const ctx = { sharedStrings: () => [], numFmts: [], date1904: false };
const values = (xml: string) => readSheet("S", xml, ctx).values;

describe("a row spelt as Excel writes it", () => {
  test("gets the new cells after its last cell, and its spans widen to take them in; an ordinary formula in it stays", () => {
    const xml = sheet('<row r="5" spans="1:3" x14ac:dyDescent="0.25"><c r="A5" s="1"><v>1</v></c><c r="C5"><f>A5*2</f><v>2</v></c></row>');
    const out = patched(xml, [column(5, 5, [GREEN]), column(6, 5, [{ value: 0.5 }])]);
    expect(out.xml).toContain(
      '<row r="5" spans="1:6" x14ac:dyDescent="0.25"><c r="A5" s="1"><v>1</v></c><c r="C5"><f>A5*2</f><v>2</v></c>' +
        '<c r="E5" s="100" t="inlineStr"><is><t>Green</t></is></c><c r="F5"><v>0.5</v></c></row>',
    );
    expect(out.formulasRemoved).toEqual([]);
  });

  test("with a cell right of the written column: the new cell goes between, in column order", () => {
    const xml = sheet('<row r="5" spans="1:8"><c r="A5"/><c r="H5"><v>9</v></c></row>');
    expect(patched(xml, [column(4, 5, [GREEN])]).xml).toContain('<c r="A5"/><c r="D5" s="100" t="inlineStr"><is><t>Green</t></is></c><c r="H5"><v>9</v></c></row>');
  });

  test("whose written cell holds an ordinary formula: the formula goes, and the cell is named for the calculation chain", () => {
    const xml = sheet('<row r="5" spans="1:4"><c r="A5"><v>1</v></c><c r="D5"><f>A5*2</f><v>2</v></c></row><row r="6" spans="1:4"><c r="A6"><f>1+1</f><v>2</v></c></row>');
    const out = patched(xml, [column(4, 5, [GREEN, GREEN])]);
    expect(out.formulasRemoved).toEqual(["D5"]);
    expect(out.xml).toContain('<c r="D5" s="100" t="inlineStr"><is><t>Green</t></is></c></row>');
    expect(out.xml).toContain('<c r="A6"><f>1+1</f><v>2</v></c><c r="D6" s="100"');
  });
});

describe("a second refresh, where the written columns already have cells", () => {
  test("replaces each cell where it is, past the cells left of it, with or without a cell before it and with space between", () => {
    const xml = sheet(
      '<row r="5" spans="1:4"><c r="A5" s="1"><v>1</v></c><c r="C5" s="2" t="inlineStr"><is><t>Red</t></is></c><c r="D5"><v>0.1</v></c></row>' +
        '<row r="6" spans="1:4"><c r="A6"><v>1</v></c> <c r="C6" s="2"/></row>' +
        '<row r="7" spans="1:4"><c r="A7"/><c r="D7"><v>1</v></c></row>' +
        '<row r="8" spans="3:4"><c r="C8" s="2"/><c r="D8"/></row>',
    );
    const out = patched(xml, [column(3, 5, [GREEN, GREEN, GREEN, GREEN]), column(4, 5, [{ value: 0.5 }, { value: 0.6 }, { value: 0.7 }, { value: 0.8 }])]).xml;
    const green = (ref: string, s: number) => `<c r="${ref}" s="${s}" t="inlineStr"><is><t>Green</t></is></c>`;
    expect(out).toContain(`<c r="A5" s="1"><v>1</v></c>${green("C5", 102)}<c r="D5"><v>0.5</v></c></row>`);
    expect(out).toContain(`<c r="A6"><v>1</v></c> ${green("C6", 102)}<c r="D6"><v>0.6</v></c></row>`);
    expect(out).toContain(`<c r="A7"/>${green("C7", 100)}<c r="D7"><v>0.7</v></c></row>`);
    expect(out).toContain(`<row r="8" spans="3:4">${green("C8", 102)}<c r="D8"><v>0.8</v></c></row>`);
  });
});

describe("rows spelt otherwise are still written cell by cell", () => {
  test("a row with a format of its own, whatever the order of its attributes: the new cells start from the row's format", () => {
    const xml = sheet(
      '<row r="5" spans="1:3" s="7" customFormat="1" x14ac:dyDescent="0.25"><c r="A5"><v>1</v></c></row>' +
        '<row customFormat="1" r="6" s="7"><c r="A6"><v>1</v></c></row>' +
        '<row spans="1:3" r="7"><c r="A7"><v>1</v></c></row>' +
        "<row r='8' spans='1:3'><c r='A8'><v>1</v></c></row>",
    );
    const out = patched(xml, [column(5, 5, [GREEN, GREEN, GREEN, GREEN])]).xml;
    expect(out).toContain('<row r="5" spans="1:5" s="7" customFormat="1" x14ac:dyDescent="0.25"><c r="A5"><v>1</v></c><c r="E5" s="107"');
    expect(out).toContain('<row customFormat="1" r="6" s="7"><c r="A6"><v>1</v></c><c r="E6" s="107"');
    expect(out).toContain('<row spans="1:5" r="7"><c r="A7"><v>1</v></c><c r="E7" s="100"');
    expect(out).toContain("<row r='8' spans=\"1:5\"><c r='A8'><v>1</v></c><c r=\"E8\" s=\"100\"");
  });

  test("elements with a prefix (x:), as some tools write them", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="5" spans="1:2"><x:c r="A5"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const out = patched(xml, [column(3, 5, [GREEN])]).xml;
    expect(out).toContain('<x:row r="5" spans="1:3"><x:c r="A5"><x:v>1</x:v></x:c><x:c r="C5" s="100" t="inlineStr"><x:is><x:t>Green</x:t></x:is></x:c></x:row>');
    expect(values(out)[4]).toEqual([1, null, "Green"]);
  });

  test("a row without r after rows passed over is the one after them; a missing row goes in the gap", () => {
    const xml = sheet('<row r="5" spans="1:1"><c r="A5"><v>1</v></c></row><row><c><v>2</v></c></row><row r="8" spans="1:1"><c r="A8"><v>4</v></c></row>');
    const out = patched(xml, [column(3, 5, [GREEN, GREEN, GREEN, GREEN])]).xml;
    expect(values(out).slice(4)).toEqual([[1, null, "Green"], [2, null, "Green"], [null, null, "Green"], [4, null, "Green"]]);
    expect([...out.matchAll(/<row( r="(\d+)")?/g)].map((m) => m[2] ?? "-")).toEqual(["5", "-", "7", "8"]);
  });

  test("a shared formula whose first cell is written moves to the next cell of its group, in a row otherwise passed over", () => {
    const xml = sheet(
      '<row r="5" spans="1:4"><c r="D5"><f t="shared" ref="D5:D8" si="0">A5*2</f><v>2</v></c></row>' +
        [6, 7, 8].map((r) => `<row r="${r}" spans="1:4"><c r="D${r}"><f t="shared" si="0"/><v>2</v></c></row>`).join(""),
    );
    const out = patched(xml, [column(4, 5, [GREEN, null, GREEN, null]), column(6, 5, [GREEN, GREEN, GREEN, GREEN])]);
    expect(out.xml).toContain('<row r="6" spans="1:6"><c r="D6"><f t="shared" ref="D6:D8" si="0">A6*2</f><v>2</v></c><c r="F6" s="100"');
    expect(out.xml).toContain('<c r="D8"><f t="shared" si="0"/><v>2</v></c><c r="F8" s="100"');
    expect(out.formulasRemoved).toEqual(["D5", "D7"]);
  });
});

describe("the refresh's columns", () => {
  test("patch the scorecard exactly as the same cells listed one by one, a new header beside them taking the format to its left", () => {
    const xml = scorecardBook().text(SCORECARD);
    const statuses: (CellWrite | null)[] = Array.from({ length: 12 }, (_, i) => (i % 4 === 3 ? null : i % 2 ? GREEN : { value: "Red", fill: "FFC7CE" }));
    const columns = [column(16, 4, statuses), column(17, 4, statuses.map((s) => s && { value: 0.25 * (statuses.indexOf(s) + 1), numFmt: "0%" }))];
    const headers: SheetCellWrite[] = [16, 17].map((c) => ({ row: 3, column: c, write: { value: "Status" }, styleFromLeft: true }));
    const listed = [...headers, ...columns.flatMap((c) => c.cells.flatMap((write, i) => (write ? [{ row: c.firstRow + i, column: c.column, write }] : [])))];
    const byColumns = patched(xml, columns, headers);
    expect(byColumns).toEqual(patchSheet(xml, listed, styleFor));
    expect(values(byColumns.xml)[4][15]).toBe("Green");
    expect(byColumns.xml).toContain('<c r="N3" s="2" t="s"><v>18</v></c><c r="P3" s="2" t="inlineStr"><is><t>Status</t></is></c>');
  });

  test("written as UTF-8 as they are made, also text beyond ASCII and far more than the sheet held", () => {
    const xml = sheet('<row r="1" spans="1:1"><c r="A1"><v>1</v></c></row>');
    const columns = [column(2, 1, Array.from({ length: 5000 }, (_, i) => ({ value: i % 2 ? "Amélioré 💷" : "Détérioré" })))];
    const utf8 = patchSheetUtf8(xml, [], styleFor, columns);
    // Without the command line's sink, the browser's: UTF-8 bytes, deflated later with the zip.
    expect(utf8.content).toBeInstanceOf(Uint8Array);
    const text = new TextDecoder().decode(utf8.content as Uint8Array);
    expect(text).toBe(patched(xml, columns).xml);
    expect(values(text)[4998]).toEqual([null, "Détérioré"]);
    expect(values(text)[4999]).toEqual([null, "Amélioré 💷"]);
  });
});
