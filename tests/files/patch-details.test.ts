import JSZip from "jszip";
import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes, RefreshRefused } from "../../src/files";
import { shiftFormula } from "../../src/files/formula-shift";
import { patchSheet, PatchRefused } from "../../src/files/sheet-patch";
import { withAttrs } from "../../src/files/xml";
import { planRefresh } from "../../src/refresh";
import { SCORECARD, scorecardBook, WORKBOOK } from "./books/scorecard-book";
import { packageProblems } from "./package-check";
import { partsOf, text } from "./package-diff";

// The details of a patched sheet a user would notice in Excel: a status cell keeps its borders and
// alignment, a formula filled down over the status column keeps working in the rows the refresh leaves
// alone, and an array formula is never cut in two.

async function refreshed(bytes: Uint8Array): Promise<Uint8Array> {
  const loaded = await loadWorkbook(bytes);
  return refreshedBytes(loaded, planRefresh(analyse(loaded.grids)));
}

function cellTag(sheet: string, ref: string): string {
  return new RegExp(`<c r="${ref}"[^>]*?(/>|>[\\s\\S]*?</c>)`).exec(sheet)![0];
}

function xfs(styles: string): string[] {
  return /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g)!;
}

function fills(styles: string): string[] {
  return /<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)![1].match(/<fill>[\s\S]*?<\/fill>/g)!;
}

describe("the cells the refresh writes", () => {
  let before: ReturnType<typeof partsOf>;
  let after: ReturnType<typeof partsOf>;
  beforeAll(async () => {
    const bytes = scorecardBook().bytes();
    before = partsOf(bytes);
    after = partsOf(await refreshed(bytes));
  });

  test("a status cell keeps its border and alignment: its format is copied with only the fill changed", () => {
    const sheet = text(after, SCORECARD);
    const styles = text(after, "xl/styles.xml");
    const green = Number(/ s="(\d+)"/.exec(cellTag(sheet, "J5"))![1]); // NI 20: 5.9 against 6.3, lower is better
    const was = xfs(text(before, "xl/styles.xml"))[5];
    const now = xfs(styles)[green];
    expect(now.replace(/fillId="\d+"/, "")).toBe(was.replace(/fillId="\d+"/, ""));
    expect(fills(styles)[Number(/fillId="(\d+)"/.exec(now)![1])]).toContain('rgb="FFC6EFCE"');
    // A Red cell's format was already red: the user's own format is used as it is.
    expect(cellTag(sheet, "J7")).toContain(' s="5"');
  });

  test("text goes in as an inline string; the shared string table is not rewritten", () => {
    expect(cellTag(text(after, SCORECARD), "K6")).toBe('<c r="K6" t="inlineStr"><is><t>Improving</t></is></c>');
    expect(text(after, "xl/sharedStrings.xml")).toBe(text(before, "xl/sharedStrings.xml"));
  });

  test("a shared formula whose first cell the refresh overwrote moves, rewritten for its place, to the next cell of its group", () => {
    const sheet = text(after, SCORECARD);
    expect(cellTag(sheet, "J8")).toContain('<f t="shared" ref="J8:J12" si="1">IF(C8=&quot;&quot;,&quot;&quot;,IF(H8&lt;=F8,&quot;Green&quot;,&quot;Red&quot;))</f>');
    expect(cellTag(sheet, "J12")).toBe(cellTag(text(before, SCORECARD), "J12"));
  });

  test("the calculation chain's first kept entry now names its sheet, which it used to take from a removed one", () => {
    expect(text(after, "xl/calcChain.xml")).toContain('<c r="J8" i="2" l="1"/><c r="J12"/>');
  });
});

describe("moving a formula to another cell (shared formulas)", () => {
  test.each([
    ["H5-F5", 3, 0, "H8-F8"],
    ["$H$5-F$5+$F5", 2, 1, "$H$5-G$5+$F7"],
    ['IF(C5="","",IF(H5<=F5,"Green","Red"))', 1, 0, 'IF(C6="","",IF(H6<=F6,"Green","Red"))'],
    ["SUM(A5:B9)+LOG10(A5)", 1, 1, "SUM(B6:C10)+LOG10(B6)"],
    ["'LAA Scorecard'!A5+Partnerships!B2+SUM(C:C)+SUM(5:5)", 1, 1, "'LAA Scorecard'!B6+Partnerships!C3+SUM(D:D)+SUM(6:6)"],
    ['"A5 stays"&A5', 1, 0, '"A5 stays"&A6'],
    ["Table1[[#This Row],[Target]]*A5", 2, 0, "Table1[[#This Row],[Target]]*A7"],
    ["A2-A1", -1, 0, "A1-#REF!"],
    ["_xlfn.XLOOKUP(A5,B:B,C:C)", 1, 0, "_xlfn.XLOOKUP(A6,B:B,C:C)"],
  ])("%s moved %i rows and %i columns is %s", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});

describe("what a refresh will not write", () => {
  const sheet = (cells: string) =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="5">${cells}</row><row r="6"><c r="J6"/></row></sheetData></worksheet>`;
  const write = (column: number) => ({ row: 5, column, write: { value: "Green" } });

  test("part of an array formula: refused with one sentence, since Excel forbids changing part of one", () => {
    const xml = sheet('<c r="I5"><f t="array" ref="I5:J6">TRANSPOSE(A1:B2)</f><v>1</v></c><c r="J5"><v>2</v></c>');
    expect(() => patchSheet(xml, [write(10)], (s) => s)).toThrow(
      new PatchRefused("The refresh would overwrite part of an array formula in I5:J6, which Excel does not allow; move it out of the refreshed columns and refresh again."),
    );
  });

  test("an array formula wholly inside the written cells is simply replaced", () => {
    const xml = sheet('<c r="J5"><f t="array" ref="J5">SUM(A1:A2*B1:B2)</f><v>2</v></c>');
    expect(patchSheet(xml, [write(10)], (s) => s).xml).toContain('<c r="J5" t="inlineStr"><is><t>Green</t></is></c>');
  });

  test("a protected scorecard sheet: refused as in Excel, nothing written", async () => {
    const d = scorecardBook();
    d.insertInSheet(SCORECARD, "sheetProtection", '<sheetProtection sheet="1" objects="1" scenarios="1"/>');
    const loaded = await loadWorkbook(d.bytes());
    await expect(refreshedBytes(loaded, planRefresh(analyse(loaded.grids)))).rejects.toThrow(
      new RefreshRefused('The sheet "Scorecard" is protected, so the refresh cannot write its status columns; unprotect it (Review > Unprotect Sheet), try again, then protect it again.'),
    );
  });

  test("protection is read from the element, not from a mention of its name elsewhere in the sheet", async () => {
    const plan = async (protection: string) => {
      const d = scorecardBook();
      d.edit(SCORECARD, (xml) => xml.replace(/<sheetData\b/, '<!-- sheetProtection sheet="1" below --><sheetData'));
      if (protection) d.insertInSheet(SCORECARD, "sheetProtection", protection);
      const loaded = await loadWorkbook(d.bytes());
      return refreshedBytes(loaded, planRefresh(analyse(loaded.grids)));
    };
    await expect(plan('<sheetProtection sheet="1" objects="1"/>')).rejects.toThrow(/The sheet "Scorecard" is protected/);
    await expect(plan('<sheetProtection sheet="0" objects="1"/>')).resolves.toBeInstanceOf(Uint8Array);
    await expect(plan("")).resolves.toBeInstanceOf(Uint8Array);
  });

  test("protection as other writers spell it (a prefix, single quotes, sheet after attributes full of 'Pr') is refused too", async () => {
    const plan = async (protection: string) => {
      const d = scorecardBook();
      d.insertInSheet(SCORECARD, "sheetProtection", protection);
      const loaded = await loadWorkbook(d.bytes());
      return refreshedBytes(loaded, planRefresh(analyse(loaded.grids)));
    };
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    await expect(plan(`<x:sheetProtection xmlns:x="${main}" objects="1" sheet="1"/>`)).rejects.toThrow(/The sheet "Scorecard" is protected/);
    await expect(plan("<sheetProtection objects='1' sheet='true'/>")).rejects.toThrow(/The sheet "Scorecard" is protected/);
    await expect(plan('<sheetProtection algorithmName="SHA-512" hashValue="Pr+Pr/Pr==" saltValue="PrPr" spinCount="100000" sheet = "1"/>')).rejects.toThrow(/is protected/);
    await expect(plan('<sheetProtection algorithmName="Pr" hashValue="Pr" sheet="0" objects="1"/>')).resolves.toBeInstanceOf(Uint8Array);
  });

  test("a workbook whose structure is protected gets no new sheet", async () => {
    const d = scorecardBook();
    d.edit(WORKBOOK, (xml) => xml.replace("<bookViews>", '<workbookProtection lockStructure="1"/><bookViews>'));
    const loaded = await loadWorkbook(d.bytes());
    await expect(refreshedBytes(loaded, planRefresh(analyse(loaded.grids)))).rejects.toThrow(/structure is protected, so the Partnership Summary sheet cannot be added/);
  });
});

describe("the Partnership Summary sheet on a second refresh", () => {
  test("is rewritten in its own part, tab and sheet id, wherever the user moved it; what hung off the old one goes", async () => {
    const zip = await JSZip.loadAsync(await refreshed(scorecardBook().bytes()));
    const workbook = await zip.file(WORKBOOK)!.async("string");
    const entry = /<sheet name="Partnership Summary"[^>]*\/>/.exec(workbook)![0];
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const part = `xl/${new RegExp(`Id="${/r:id="([^"]+)"/.exec(entry)![1]}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`;
    // The user moves the summary to the first tab, names a cell on it, and leaves a note on it.
    zip.file(WORKBOOK, workbook.replace(entry, "").replace("<sheets>", `<sheets>${entry}`).replace("</definedNames>", "<definedName name=\"Overall\">'Partnership Summary'!$K$9</definedName></definedNames>"));
    const sheetRels = part.replace("worksheets/", "worksheets/_rels/") + ".rels";
    zip.file(sheetRels, (await zip.file(sheetRels)!.async("string")).replace("</Relationships>", '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments9.xml"/></Relationships>'));
    zip.file("xl/comments9.xml", '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>A</author></authors><commentList><comment ref="A5" authorId="0"><text><t>Why Red?</t></text></comment></commentList></comments>');
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/comments9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>'));

    const second = await refreshed(await zip.generateAsync({ type: "uint8array" }));
    const after = partsOf(second);
    expect(/<sheets>(<sheet [^>]*>)/.exec(text(after, WORKBOOK))![1]).toBe(entry);
    expect(text(after, WORKBOOK)).toContain("'Partnership Summary'!$K$9");
    expect(text(after, part)).toContain("Generated by LAA Scorecard");
    expect(after.content.has("xl/comments9.xml")).toBe(false);
    expect(text(after, "[Content_Types].xml")).not.toContain("comments9");
    expect(packageProblems(second)).toEqual([]);
  });
});

describe("setting attributes on a format", () => {
  test("only the start tag changes, also when the format has children", () => {
    expect(withAttrs('<xf numFmtId="0" fontId="1"><alignment horizontal="center"/></xf>', { fillId: "4", fontId: "2" })).toBe(
      '<xf numFmtId="0" fontId="2" fillId="4"><alignment horizontal="center"/></xf>',
    );
    expect(withAttrs('<xf numFmtId="0"/>', { applyFill: "1" })).toBe('<xf numFmtId="0" applyFill="1"/>');
  });
});

