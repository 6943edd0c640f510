import { shiftFormula } from "../../src/files/formula-shift";
import { readSharedStrings } from "../../src/files/shared-strings";
import { readSheet } from "../../src/files/sheet-read";
import { patchSheet, SheetCellWrite } from "../../src/files/sheet-patch";

// Sheet XML as other tools write it, and the corners of a patch a user would see in Excel: a row
// landing in a gap between rows, rows and cells written without their address, spans and the
// dimension widened, a quote inside a formula's text, a carriage return in a shared string.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const sheet = (data: string, before = "") => `<worksheet xmlns="${MAIN}">${before}<sheetData>${data}</sheetData></worksheet>`;
const write = (row: number, column: number, value: string | number): SheetCellWrite => ({ row, column, write: { value } });
const patched = (xml: string, writes: SheetCellWrite[]) => patchSheet(xml, writes, (s) => s).xml;
const rowNumbers = (xml: string) => [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
const ctx = (strings: string[] = []) => ({ sharedStrings: () => strings, numFmts: [], date1904: false });

describe("writing a row the sheet does not have yet", () => {
  test("a row that falls in a gap goes between its neighbours, so rows stay in order as Excel requires", () => {
    const xml = sheet('<row r="2"><c r="A2"><v>1</v></c></row><row r="7"><c r="A7"><v>2</v></c></row><row r="9"><c r="A9"><v>3</v></c></row>');
    const out = patched(xml, [write(8, 2, "Green"), write(4, 2, "Red")]);
    expect(rowNumbers(out)).toEqual([2, 4, 7, 8, 9]);
  });

  test("two new rows in the same gap, or both after the last, keep their own order whatever order they were asked in", () => {
    const xml = sheet('<row r="2"><c r="A2"><v>1</v></c></row><row r="9"><c r="A9"><v>3</v></c></row>');
    const out = patched(xml, [write(12, 1, "c"), write(6, 2, "b"), write(11, 1, "c"), write(4, 2, "a")]);
    expect(rowNumbers(out)).toEqual([2, 4, 6, 9, 11, 12]);
  });

  test("a row after the last goes at the end of the cell data", () => {
    const out = patched(sheet('<row r="2"><c r="A2"><v>1</v></c></row>'), [write(5, 1, 9)]);
    expect(out).toContain('<row r="2"><c r="A2"><v>1</v></c></row><row r="5"><c r="A5"><v>9</v></c></row></sheetData>');
  });
});

describe("rows and cells saved without their address (r), as some tools write them", () => {
  const unaddressed = sheet("<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c/><c><v>5</v></c></row>");

  test("are read by counting: the next row, the next column", () => {
    const grid = readSheet("S", unaddressed, ctx());
    expect(grid.values).toEqual([[1, 2], [3, undefined, 5]].map((r) => r.map((v) => v ?? null)));
  });

  test("an addressed cell after unaddressed ones sets the count from its own column", () => {
    const grid = readSheet("S", sheet('<row r="3"><c r="C3"><v>7</v></c><c><v>8</v></c></row><row><c><v>9</v></c></row>'), ctx());
    expect(grid.values[2]).toEqual([null, null, 7, 8]);
    expect(grid.values[3]).toEqual([9]);
  });

  test("a patch writes into the counted row and column, before the cells to its right", () => {
    const out = patched(unaddressed, [write(2, 2, "Amber")]);
    expect(out.match(/<row/g)).toHaveLength(2);
    expect(out).toContain('<row><c><v>3</v></c><c r="B2" t="inlineStr"><is><t>Amber</t></is></c><c><v>5</v></c></row>');
    const grid = readSheet("S", out, ctx());
    expect(grid.values[1]).toEqual([3, "Amber", 5]);
    expect(grid.values[0]).toEqual([1, 2]);
  });

  test("a new row after unaddressed rows is numbered after the rows counted", () => {
    const out = patched(unaddressed, [write(4, 1, "New")]);
    expect(readSheet("S", out, ctx()).values[3]).toEqual(["New"]);
  });
});

describe("the extent Excel is told about", () => {
  test("a row's spans widen to take in a cell written outside them", () => {
    const xml = sheet('<row r="5" spans="1:3"><c r="A5"><v>1</v></c><c r="C5"><v>2</v></c></row>');
    expect(patched(xml, [write(5, 6, "Green")])).toContain('<row r="5" spans="1:6">');
  });

  test("spans that already take in the cell are left as they were", () => {
    const xml = sheet('<row r="5" spans="1:8"><c r="A5"><v>1</v></c></row>');
    expect(patched(xml, [write(5, 6, "Green")])).toContain('<row r="5" spans="1:8">');
  });

  test("the dimension widens to the new column and row, and stays a range", () => {
    const xml = sheet('<row r="2"><c r="A2"><v>1</v></c></row><row r="4"><c r="C4"><v>2</v></c></row>', '<dimension ref="A2:C4"/>');
    const out = patched(xml, [write(6, 5, "Green")]);
    expect(out).toContain('<dimension ref="A2:E6"/>');
  });

  test("a one-cell dimension becomes the range from it to the written cell", () => {
    const out = patched(sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<dimension ref="A1"/>'), [write(3, 2, "x")]);
    expect(out).toContain('<dimension ref="A1:B3"/>');
    expect(patched(sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<dimension ref="A1"/>'), [write(1, 3, "x")])).toContain('<dimension ref="A1:C1"/>');
  });
});

describe("quotes inside a formula's text, moved with a shared formula", () => {
  test.each([
    ['IF(A5="say ""B5""",B5,0)', 1, 0, 'IF(A6="say ""B5""",B6,0)'],
    ['"""A5"""&A5', 2, 0, '"""A5"""&A7'],
    ["'Bob''s sheet'!A5+A5", 1, 1, "'Bob''s sheet'!B6+B6"],
  ])("%s moved %i rows and %i columns is %s", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});

describe("shared strings Excel escaped", () => {
  test("a carriage return saved as _x000D_ reads as the character; a literal _x000D_ (saved as _x005F_x000D_) stays text", () => {
    const xml = `<sst xmlns="${MAIN}"><si><t>Line one_x000D_\nLine two</t></si><si><t>code _x005F_x000D_ here</t></si><si><r><t>tab_x0009_</t></r><r><t>end</t></r></si></sst>`;
    expect(readSharedStrings(xml)).toEqual(["Line one\r\nLine two", "code _x000D_ here", "tab\tend"]);
  });
});
