import { strToU8, unzipSync, zipSync } from "fflate";
import { addSheet } from "../../src/files/add-sheet";
import { REL, WorkbookPackage } from "../../src/files/package";
import { StyleBook } from "../../src/files/style-book";
import { readWorkbookInfo } from "../../src/files/workbook-part";
import "../../src/files"; // registers the codec the page uses (fflate)

// The package plumbing a refresh adds to, on books whose history left gaps: a relationship id or a
// sheet id freed by a deleted sheet, a part saved as UTF-16, custom number formats already numbered.
// A duplicate id or a wrong declaration is a file Excel repairs or refuses.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** A book whose second sheet (sheetId 2, rId2, sheet2.xml) was deleted: what is left has gaps. */
function bookWithDeletedSheet(): Record<string, Uint8Array> {
  const worksheet = `${DECL}<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
  return {
    "[Content_Types].xml": strToU8(
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(`${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Contents" sheetId="1" r:id="rId1"/><sheet name="Scorecard" sheetId="3" r:id="rId3"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL.worksheet}" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${REL.worksheet}" Target="worksheets/sheet3.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(worksheet),
    "xl/worksheets/sheet3.xml": strToU8(worksheet),
  };
}

const open = (files: Record<string, Uint8Array>) => new WorkbookPackage(zipSync(files));
const ids = (xml: string, attribute: string) => [...xml.matchAll(new RegExp(`\\s${attribute}="([^"]+)"`, "g"))].map((m) => m[1]);

describe("after a sheet was deleted", () => {
  test("a new relationship takes an id no other relationship has", () => {
    const pkg = open(bookWithDeletedSheet());
    const id = pkg.addRelationship("xl/workbook.xml", REL.styles, "xl/styles.xml");
    const all = ids(pkg.text("xl/_rels/workbook.xml.rels")!, "Id");
    expect(all).toContain(id);
    expect(new Set(all).size).toBe(all.length);
  });

  test("a new sheet gets a sheet id above every other, its own part and its own relationship id", () => {
    const pkg = open(bookWithDeletedSheet());
    const info = readWorkbookInfo(pkg);
    const { part, sheetId } = addSheet(pkg, info, "Partnership Summary");
    pkg.set(part, `${DECL}<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
    expect(sheetId).toBe(4);
    expect(part).not.toMatch(/sheet[13]\.xml$/);
    const written = unzipSync(pkg.bytes());
    const workbook = new TextDecoder().decode(written["xl/workbook.xml"]);
    expect(ids(workbook, "sheetId")).toEqual(["1", "3", "4"]);
    const rIds = ids(workbook, "r:id");
    expect(new Set(rIds).size).toBe(3);
    expect(new TextDecoder().decode(written["xl/worksheets/sheet3.xml"])).toContain("<sheetData/>");
    // The reopened book names each of its three sheets' parts once.
    const again = readWorkbookInfo(new WorkbookPackage(pkg.bytes()));
    expect(new Set(again.sheets.map((s) => s.part)).size).toBe(3);
  });
});

describe("a part saved as UTF-16", () => {
  test("written back as UTF-8 with a declaration that says so, so Excel reads it in the encoding it is in", () => {
    const files = bookWithDeletedSheet();
    const utf16 = `<?xml version="1.0" encoding="UTF-16" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
    files["xl/worksheets/sheet1.xml"] = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from(utf16, "utf16le"))]);
    const pkg = open(files);
    const xml = pkg.text("xl/worksheets/sheet1.xml")!;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-16"')).toBe(true);
    pkg.set("xl/worksheets/sheet1.xml", xml.replace("<sheetData/>", '<sheetData><row r="1"/></sheetData>'));
    const out = unzipSync(pkg.bytes())["xl/worksheets/sheet1.xml"];
    expect([out[0], out[1]]).toEqual([0x3c, 0x3f]); // "<?", no byte order mark
    expect(new TextDecoder().decode(out)).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"/></sheetData></worksheet>`);
  });
});

describe("the number format of a written cell", () => {
  const styles = (numFmts: string) =>
    `<styleSheet xmlns="${MAIN}">${numFmts}<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`;
  const numFmtOf = (book: StyleBook, index: number) => Number(/<cellXfs[^>]*>(?:<xf[^>]*\/>){0,}/.exec(book.changedXml()!)![0].match(/<xf [^>]*\/>/g)![index].match(/numFmtId="(\d+)"/)![1]);

  test("a built-in format keeps Excel's own id", () => {
    const book = new StyleBook(styles(""));
    expect(numFmtOf(book, book.styleFor(0, { value: 0.5, numFmt: "0%" }))).toBe(9);
  });

  test("the first custom format of a book gets id 164, the first Excel leaves to books", () => {
    const book = new StyleBook(styles(""));
    const index = book.styleFor(0, { value: 1, numFmt: '0.0" pts"' });
    expect(numFmtOf(book, index)).toBe(164);
    expect(book.changedXml()).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot; pts&quot;"/></numFmts>');
  });

  test("a new custom format takes the id after the highest in use, even past a gap", () => {
    const book = new StyleBook(styles('<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="170" formatCode="#,##0.0"/></numFmts>'));
    expect(numFmtOf(book, book.styleFor(0, { value: 1, numFmt: '0.0" pts"' }))).toBe(171);
  });

  test("a custom format the book already has is used, not added again", () => {
    const book = new StyleBook(styles('<numFmts count="2"><numFmt numFmtId="170" formatCode="#,##0.0"/><numFmt numFmtId="164" formatCode="0.000"/></numFmts>'));
    expect(numFmtOf(book, book.styleFor(0, { value: 1, numFmt: "#,##0.0" }))).toBe(170);
    expect(book.changedXml()).toContain('<numFmts count="2">');
  });
});
