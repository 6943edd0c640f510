import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes } from "../../src/files";
import { patchSheet } from "../../src/files/sheet-patch";
import { readSheet } from "../../src/files/sheet-read";
import { hasErrors } from "../../src/model";
import { planRefresh } from "../../src/refresh";
import { CellWrite } from "../../src/refresh-plan";
import { packageProblems } from "./package-check";

// Spellings XML 1.0 allows that Excel never writes: white space before the ">" of an end tag
// (</row >, </c >, </sheetData >), character references in attribute values, comments and CDATA
// sections inside the cell data. The reader's and the patcher's fast paths look for Excel's own
// spelling; whatever else they meet must give the same cells, written into the same rows.

const SAMPLE = path.join(__dirname, "..", "..", "templates", "sample-scorecard.xlsx");
const SCORECARD = "xl/worksheets/sheet1.xml";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const sheet = (data: string, prefix = "") =>
  prefix ? `<${prefix}worksheet xmlns:${prefix.slice(0, -1)}="${MAIN}"><${prefix}sheetData>${data}</${prefix}sheetData></${prefix}worksheet>` : `<worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData></worksheet>`;
const ctx = { sharedStrings: () => [], numFmts: [], date1904: false };
const values = (xml: string) => readSheet("S", xml, ctx).values;
const GREEN: CellWrite = { value: "Green" };
const statusColumn = (firstRow: number, cells: (CellWrite | null)[]) => [{ column: 5, firstRow, cells }];
const patched = (xml: string, firstRow: number, cells: (CellWrite | null)[]) => patchSheet(xml, [], (s) => s, statusColumn(firstRow, cells)).xml;
const green = (row: number) => `<c r="E${row}" t="inlineStr"><is><t>Green</t></is></c>`;

/** The sample book with its scorecard sheet's XML respelt. */
async function respelt(change: (xml: string) => string): Promise<Uint8Array> {
  const files = unzipSync(await fs.readFile(SAMPLE));
  files[SCORECARD] = strToU8(change(strFromU8(files[SCORECARD])));
  return zipSync(files);
}

async function refreshed(bytes: Uint8Array): Promise<{ sheet: string; bytes: Uint8Array; problems: string[] }> {
  const loaded = await loadWorkbook(bytes);
  const analysis = analyse(loaded.grids);
  expect(hasErrors(analysis.findings)).toBe(false);
  const out = await refreshedBytes(loaded, planRefresh(analysis));
  return { sheet: strFromU8(unzipSync(out)[SCORECARD]), bytes: out, problems: packageProblems(out) };
}

/** Every third row end tag spelt with white space (a mix is what swallowed rows: a search found the next row's end). */
const someRowEnds = (xml: string) => {
  let n = 0;
  return xml.replace(/<\/row>/g, (tag) => (n++ % 3 === 0 ? "</row\n>" : tag));
};

describe("a row end tag with white space before its '>'", () => {
  test("the reader finds the rows, with or without a prefix", () => {
    expect(values(sheet('<row r="1"><c r="A1"><v>1</v></c></row ><row r="2"><c r="A2"><v>2</v></c></row\t>'))).toEqual([[1], [2]]);
    expect(values(sheet('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row ><x:row r="2"><x:c r="A2"><x:v>2</x:v></x:c></x:row>', "x:"))).toEqual([[1], [2]]);
  });

  test("the patcher writes each row's cells in that row, whatever spelling its neighbours' end tags have", () => {
    const xml = sheet('<row r="5" spans="1:3"><c r="A5"><v>1</v></c></row\n><row r="6" spans="1:3"><c r="A6"><v>2</v></c></row><row r="7" spans="1:3"><c r="A7"><v>3</v></c></row >');
    expect(patched(xml, 5, [GREEN, GREEN, GREEN])).toBe(
      sheet(
        `<row r="5" spans="1:5"><c r="A5"><v>1</v></c>${green(5)}</row\n><row r="6" spans="1:5"><c r="A6"><v>2</v></c>${green(6)}</row>` +
          `<row r="7" spans="1:5"><c r="A7"><v>3</v></c>${green(7)}</row >`,
      ),
    );
  });

  test("... and under a prefix (</x:row >), with the cells' and the cell data's end tags spelt so too", () => {
    const row = (r: number, end: string) => `<x:row r="${r}" spans="1:3"><x:c r="A${r}"><x:v>${r}</x:v></x:c >${end}`;
    const xml = sheet(`${row(5, "</x:row\n>")}${row(6, "</x:row>")}${row(7, "</x:row >")}`, "x:").replace("</x:sheetData>", "</x:sheetData >");
    const out = patchSheet(xml, [], (s) => s, statusColumn(5, [GREEN, GREEN, GREEN])).xml;
    const xGreen = (r: number) => `<x:c r="E${r}" t="inlineStr"><x:is><x:t>Green</x:t></x:is></x:c>`;
    expect(out).toBe(xml.replace(/<\/x:c >/g, (tag, at: number) => `${tag}${xGreen(Number(/r="(\d+)"/.exec(xml.slice(0, at).split("<x:row").pop()!)![1]))}`).replace(/spans="1:3"/g, 'spans="1:5"'));
    expect(values(out)).toEqual([[], [], [], [], [5, null, null, null, "Green"], [6, null, null, null, "Green"], [7, null, null, null, "Green"]]);
  });

  test("a refresh of a book so spelt writes what it writes for Excel's spelling, every other character as it was", async () => {
    const plain = await refreshed(new Uint8Array(await fs.readFile(SAMPLE)));
    const all = await refreshed(await respelt((xml) => xml.replace(/<\/row>/g, "</row >")));
    expect(all.sheet).toBe(plain.sheet.replace(/<\/row>/g, "</row >"));
    const some = await refreshed(await respelt(someRowEnds));
    expect(some.sheet).toBe(someRowEnds(plain.sheet));
    expect(some.problems).toEqual([]);
  });
});

describe("other spellings Excel does not write", () => {
  test("a cell end tag with white space: read, and the new cell goes after it in its own row, not after the next row's cell", () => {
    const xml = sheet('<row r="5" spans="1:3"><c r="A5"><v>1</v></c ></row><row r="6" spans="1:3"><c r="A6"><v>2</v></c></row>');
    expect(values(xml)).toEqual([[], [], [], [], [1], [2]]);
    const out = patched(xml, 5, [GREEN, GREEN]);
    expect(out).toBe(sheet(`<row r="5" spans="1:5"><c r="A5"><v>1</v></c >${green(5)}</row><row r="6" spans="1:5"><c r="A6"><v>2</v></c>${green(6)}</row>`));
    expect(values(out)).toEqual([[], [], [], [], [1, null, null, null, "Green"], [2, null, null, null, "Green"]]);
  });

  test("a cell written over on a second refresh, its old end tag spelt with white space", () => {
    const xml = sheet('<row r="5"><c r="A5"><v>1</v></c><c r="E5" t="inlineStr"><is><t>Red</t></is></c\n><c r="F5"><v>7</v></c></row><row r="6"><c r="E6"><v>0</v></c></row>');
    expect(patched(xml, 5, [GREEN, GREEN])).toBe(sheet(`<row r="5"><c r="A5"><v>1</v></c>${green(5)}<c r="F5"><v>7</v></c></row><row r="6">${green(6)}</row>`));
  });

  test("</sheetData > ends the cells", () => {
    expect(values(sheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace("</sheetData>", "</sheetData >"))).toEqual([[1]]);
  });

  test("character references in a row's and a cell's address are read as the characters they stand for", () => {
    expect(values(sheet('<row r="&#50;"><c r="&#66;2" s="0"><v>1</v></c></row>'))).toEqual([[], [null, 1]]);
  });

  test("a commented-out cell at a row's end: the new cell goes after the last real cell, not inside the comment", () => {
    const xml = sheet('<row r="5" spans="1:3"><c r="A5"><v>1</v></c><!-- <c r="B5"><v>2</v></c> --></row>');
    expect(patched(xml, 5, [GREEN])).toBe(sheet(`<row r="5" spans="1:5"><c r="A5"><v>1</v></c>${green(5)}<!-- <c r="B5"><v>2</v></c> --></row>`));
  });

  test("a CDATA section holding '</c>' in a cell before the written one is stepped over whole", () => {
    const xml = sheet('<row r="5"><c r="A5" t="inlineStr"><is><t><![CDATA[a</c>b]]></t></is></c><c r="E5"><v>0</v></c></row>');
    expect(values(xml)).toEqual([[], [], [], [], ["a</c>b", null, null, null, 0]]);
    expect(patched(xml, 5, [GREEN])).toBe(sheet(`<row r="5"><c r="A5" t="inlineStr"><is><t><![CDATA[a</c>b]]></t></is></c>${green(5)}</row>`));
  });

  test("a comment between rows holding a row is not read as one", () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row><!-- <row r="2"><c r="A2"><v>2</v></c></row> --><row r="3"><c r="A3" t="x"><v>3</v></c></row>');
    expect(values(xml)).toEqual([[1], [], [3]]);
  });
});

describe("attribute values XML allows to hold '>' or the other quote", () => {
  test("a '>' in a value neither ends the tag nor drops the cells after it", () => {
    const strings = { ...ctx, sharedStrings: () => ["Red", "Green"] };
    const xml = sheet('<row r="5" y:a="x>y"><c r="A5" y:a="x>y" t="s"><v>1</v></c><c r="B5" y:a="/>"><v>3</v></c></row><row r="6"><c r="A6"><v>2</v></c></row>').replace("<worksheet", '<worksheet xmlns:y="urn:y"');
    expect(readSheet("S", xml, strings).values).toEqual([[], [], [], [], ["Green", 3], [2]]);
  });

  test("an address inside another attribute's value is not the cell's", () => {
    const xml = sheet(`<row r="5"><c r="A5" y:a=' r="C9"'><v>1</v></c></row>`).replace("<worksheet", '<worksheet xmlns:y="urn:y"');
    expect(values(xml)).toEqual([[], [], [], [], [1]]);
  });
});

test("a '/>' inside a value of a row's last cell: the new cell goes after the cell, not inside its tag", () => {
  const xml = sheet('<row r="5" spans="1:2"><c r="A5"><v>1</v></c><c r="B5" y:a="/>"><v>3</v></c></row>').replace("<worksheet", '<worksheet xmlns:y="urn:y"');
  expect(patched(xml, 5, [GREEN])).toBe(xml.replace("spans=\"1:2\"", 'spans="1:5"').replace("<v>3</v></c>", `<v>3</v></c>${green(5)}`));
});

test("a comment holding '</sheetData>' before the cells' end spelt '</sheetData >': the book is read, not called damaged", async () => {
  const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row><!-- </sheetData> -->').replace("</sheetData>", "</sheetData >");
  expect(values(xml)).toEqual([[1]]);
  const plain = await refreshed(new Uint8Array(await fs.readFile(SAMPLE)));
  const commented = await refreshed(await respelt((x) => x.replace("</sheetData>", "<!-- </sheetData> --></sheetData >")));
  expect(commented.sheet).toBe(plain.sheet.replace("</sheetData>", "<!-- </sheetData> --></sheetData >"));
  expect(commented.problems).toEqual([]);
});

test("a sheet whose cell data is never closed (</worksheet> where </sheetData> should be) is called damaged, as before, not refreshed into a file Excel cannot open", async () => {
  expect(() => values(sheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace("</sheetData>", ""))).toThrow("not closed");
  const loaded = await loadWorkbook(await respelt((x) => x.replace("</sheetData>", "")));
  // The sheets are read when first looked at, as the refresh's check does before anything is written.
  expect(() => analyse(loaded.grids)).toThrow('is damaged: the sheet "LAA Scorecard" cannot be read');
});
