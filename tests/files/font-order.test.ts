import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes } from "../../src/files";
import { planRefresh } from "../../src/refresh";

// A font the refresh derives (bold for a header it writes) is written with its children in the order
// Office's own validator requires (b, i, ..., sz, color, name, family, charset, scheme), even when the
// font it copies came from a writer that orders them otherwise (exceljs puts color and family first).

const CT_FONT = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];

function fonts(pkg: Uint8Array): string[][] {
  const styles = strFromU8(unzipSync(pkg)["xl/styles.xml"]);
  const list = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1];
  return [...list.matchAll(/<font\b[^>]*>([\s\S]*?)<\/font>|<font\b[^>]*\/>/g)].map((m) => [...(m[1] ?? "").matchAll(/<(\w+)[\s/>]/g)].map((c) => c[1]));
}

test("the fonts a refresh adds have their children in schema order, and the user's own fonts are left as they were", async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Scorecard");
  sheet.getRow(1).values = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual 2009/10"];
  sheet.getRow(2).values = ["L1", "Local", "Safer Essex", "Higher", 10, 12];
  sheet.getRow(3).values = ["L2", "Other", "Safer Essex", "Lower", 10, 12];
  const input = new Uint8Array(await book.xlsx.writeBuffer());
  const before = fonts(input);
  expect(before[0]).toEqual(["color", "family", "scheme", "sz", "name"]); // exceljs's order, which the SDK rejects

  const loaded = await loadWorkbook(input);
  const after = fonts(await refreshedBytes(loaded, planRefresh(analyse(loaded.grids))));
  expect(after.slice(0, before.length)).toEqual(before);
  const added = after.slice(before.length);
  expect(added.length).toBeGreaterThan(0);
  for (const font of added) {
    expect(font).toEqual([...font].sort((a, b) => CT_FONT.indexOf(a) - CT_FONT.indexOf(b)));
    expect(font).toEqual(expect.arrayContaining(["b", "sz", "name"]));
  }
});
