import { readSharedStrings } from "../../src/files/shared-strings";
import { readSheet } from "../../src/files/sheet-read";

// The reader has a common path (one match per cell as Excel writes it, one per string) and a general
// path for anything else; the two must give the same grid. Worked examples of cells that leave the
// common path part-way through a row, then many generated sheets read both ways: a comment at the start
// of every row (or string) sends it down the general path without changing what it holds.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const sheet = (data: string, p = "") =>
  `<${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="${MAIN}"><${p}sheetData>${data}</${p}sheetData></${p}worksheet>`;
const numFmts = [null, "0.0", "d-mmm-yy", "0%"];
const ctx = (strings: string[] = ["Red", "Amber", "Green"]) => ({ sharedStrings: () => strings, numFmts, date1904: false });
const read = (data: string, p = "") => readSheet("S", sheet(data, p), ctx());
const general = (xml: string) => xml.replace(/(<(?:\w+:)?row\b[^>]*[^/]>)/g, "$1<!---->");

describe("cells the common path meets, alone or beside unusual ones", () => {
  test("a row of Excel's cells: texts, numbers, a date-formatted number, a formula's result, formatted empties", () => {
    const grid = read(
      '<row r="2" spans="1:6"><c r="A2" t="s"><v>2</v></c><c r="B2" s="5"/><c r="C2" s="1"><v>6.9</v></c>' +
        '<c r="D2" s="2"><v>40087</v></c><c r="E2" s="3"><f>C2/10</f><v>0.69</v></c><c r="F2" s="3"/></row>',
    );
    expect(grid.values).toEqual([[], ["Green", null, 6.9, new Date(Date.UTC(2009, 9, 1)), 0.69]]);
    expect(grid.numFmts?.[1]).toEqual([null, null, "0.0", "d-mmm-yy", "0%"]);
    expect(grid.formulas).toEqual(["E2"]);
  });

  test("attributes in another order, or in single quotes, read the same", () => {
    const grid = read(`<row r="1"><c r="A1" t="s"><v>0</v></c><c s="3" r="B1"><v>0.5</v></c><c r='C1' t='s'><v>1</v></c></row>`);
    expect(grid.values).toEqual([["Red", 0.5, "Amber"]]);
    expect(grid.numFmts).toEqual([[null, "0%", null]]);
  });

  test("a prefixed sheet (x:c) reads like an unprefixed one", () => {
    const data = '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"/><x:c r="C1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>';
    const grid = read(data, "x:");
    expect(grid.values).toEqual([["Red", null, 2]]);
    expect(grid.formulas).toEqual(["C1"]);
  });

  test("a cell without r after a formatted empty cell takes the column after the empty one", () => {
    expect(read('<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"/><c><v>3</v></c></row>').values).toEqual([[1, null, 3]]);
  });

  test("escaped characters in a value are read as the characters", () => {
    const grid = read('<row r="1"><c r="A1" t="str"><v>Health &amp; Wellbeing</v></c><c r="B1"><v>&#52;2</v></c><c r="C1" t="str"><v>plain</v></c></row>');
    expect(grid.values).toEqual([["Health & Wellbeing", 42, "plain"]]);
  });

  test("<v/> is no value, and a formula's empty result is listed as a formula once", () => {
    const grid = read('<row r="1"><c r="A1"><f>1</f><v>1</v></c><c r="B1" t="str"><f>""</f><v/></c><c r="C1"><v/></c></row>');
    expect(grid.values).toEqual([[1]]);
    expect(grid.formulas).toEqual(["A1", "B1"]);
  });

  test("an inline string and a shared formula's other cell beside common cells", () => {
    const grid = read(
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>4</v></c><c r="B1"><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"/></c><c r="B2" t="inlineStr"><is><t>tbc</t></is></c></row>',
    );
    expect(grid.values).toEqual([[4, 2], [{ formulaWithoutResult: "B2*2" }, "tbc"]]);
    expect(grid.formulas).toEqual(["A1", "A2"]);
  });

  test("a refreshed row: the statuses the refresh wrote as inline strings, spaces kept, beside shared strings", () => {
    const grid = read(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3" t="inlineStr"><is><t>Green</t></is></c>' +
        '<c r="C1" t="inlineStr"><is><t xml:space="preserve"> Q2 </t></is></c><c r="D1" t="inlineStr"><is><t></t></is></c><c r="E1"><v>1</v></c></row>',
    );
    expect(grid.values).toEqual([["Red", "Green", " Q2 ", null, 1]]);
    expect(grid.numFmts).toEqual([[null, "0%", null, null, null]]);
  });

  test("a </sheetData> a comment holds does not end the cells, whichever end the reader looks from first", () => {
    const rows = '<row r="1"><c r="A1" t="str"><v>A &amp; B</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>';
    const xml = sheet(`${rows}<!-- </sheetData> --><row r="3"><c r="A3"><v>3</v></c></row>`);
    expect(readSheet("S", xml, ctx()).values).toEqual([["A & B"], [2], [3]]);
    expect(readSheet("S", `${xml}<!-- </sheetData> -->`, ctx()).values).toEqual([["A & B"], [2], [3]]);
  });

  test("a row left without its end is not read at all, never half read", () => {
    const grid = read('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><f>1</f><v>2</v></c><c r="B2"><v>3</v></c>');
    expect(grid.values).toEqual([[1]]);
    expect(grid.formulas).toBeUndefined();
  });
});

describe("shared strings", () => {
  test("plain, spaced, escaped, rich text and phonetic guides, in order", () => {
    const xml =
      `<sst xmlns="${MAIN}"><si><t>Red</t></si><si><t xml:space="preserve"> Amber </t></si><si><t>A &amp; B_x000D_</t></si>` +
      "<si><r><t>Gr</t></r><r><rPr><b/></rPr><t>een</t></r></si><si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si><si/><si><t>last</t></si></sst>";
    expect(readSharedStrings(xml)).toEqual(["Red", " Amber ", "A & B\r", "Green", "東京", "", "last"]);
  });

  test("a table of plain strings only, as Excel writes it, read in one step: spaces, entities and Excel's escapes", () => {
    const xml =
      `<?xml version="1.0"?><sst xmlns="${MAIN}" count="6" uniqueCount="6"><si><t>Red</t></si><si><t xml:space="preserve"> Amber </t></si>` +
      "<si><t>Children &amp; Young People&apos;s</t></si><si><t></t></si><si><t>line_x000D_</t></si><si><t>a &gt; b</t></si></sst>";
    expect(readSharedStrings(xml)).toEqual(["Red", " Amber ", "Children & Young People's", "", "line\r", "a > b"]);
  });

  test("a plain table whose text decodes to a \"<\" (the marker between strings) still reads each string whole", () => {
    const strings = ["a &lt;/t&gt;&lt;/si&gt;&lt;si&gt;&lt;t&gt; b", "&#60;/t>&#60;/si>&#60;si>&#60;t> c", "_x003C_/t>_x003C_/si>_x003C_si>_x003C_t> d"];
    const xml = `<sst xmlns="${MAIN}">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`;
    expect(readSharedStrings(xml)).toEqual(["a </t></si><si><t> b", "</t></si><si><t> c", "</t></si><si><t> d"]);
  });

  test("a string that is not plain anywhere in the table, even after the last plain one, is read", () => {
    expect(readSharedStrings(`<sst xmlns="${MAIN}"><si><t>Red</t></si><si/></sst>`)).toEqual(["Red", ""]);
    expect(readSharedStrings(`<sst xmlns="${MAIN}"><si/><si><t>Red</t></si></sst>`)).toEqual(["", "Red"]);
    expect(readSharedStrings(`<sst xmlns="${MAIN}"><si><t>Red</t></si>\n<si><t>Green</t></si></sst>`)).toEqual(["Red", "Green"]);
  });

  test("a table with one string under another prefix, or only a string commented out, reads every string and no other", () => {
    // The same namespace declared twice: <x:si> is a string of the table as much as <si>; dropping one would shift every index after it.
    const both = `<sst xmlns="${MAIN}" xmlns:x="${MAIN}">`;
    expect(readSharedStrings(`${both}<si><t>Red</t></si><si><t>Amber</t></si><x:si><x:t>Green</x:t></x:si></sst>`)).toEqual(["Red", "Amber", "Green"]);
    expect(readSharedStrings(`${both}<x:si><x:t>Green</x:t></x:si><si><t>Red</t></si><si><t>Amber</t></si></sst>`)).toEqual(["Green", "Red", "Amber"]);
    expect(readSharedStrings(`<sst xmlns="${MAIN}" count="0"><!-- <si><t>Red</t></si> --></sst>`)).toEqual([]);
  });

  test("a prefixed table reads the same", () => {
    expect(readSharedStrings(`<x:sst xmlns:x="${MAIN}"><x:si><x:t>Red</x:t></x:si><x:si><x:t>Green</x:t></x:si></x:sst>`)).toEqual(["Red", "Green"]);
  });
});

describe("generated sheets read the same by the common and the general path", () => {
  // A small deterministic generator: the same cases every run.
  let seed = 20091001;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const letters = (c: number) => (c > 26 ? String.fromCharCode(64 + Math.floor((c - 1) / 26)) : "") + String.fromCharCode(65 + ((c - 1) % 26));

  const cell = (row: number, column: number, p: string) => {
    const ref = random() < 0.06 ? "" : ` r="${letters(column)}${row}"`;
    const style = random() < 0.5 ? ` s="${Math.floor(random() * 5)}"` : "";
    const v = (text: string) => `<${p}v>${text}</${p}v>`;
    const [type, inner] = pick<[string, string]>([
      [' t="s"', v(pick(["0", "1", "2", "7", ""]))],
      ["", v(pick(["6.9", "0", "40087", " 7 ", "", "abc", "&#52;2"]))],
      ["", ""],
      [' t="str"', v(pick(["text", "a &amp; b", "x_x000D_y", ""]))],
      [' t="b"', v(pick(["1", "0"]))],
      [' t="e"', v("#N/A")],
      [pick([' t="inlineStr"', "", ' t="s"']), `<${p}is><${p}t${pick(["", ' xml:space="preserve"'])}>${pick(["in line", "", "a&lt;b"])}</${p}t></${p}is>`],
      ["", `<${p}f>${pick(["A1+1", "IF(A1=&quot;&quot;,1,2)", ""])}</${p}f>${random() < 0.8 ? v(pick(["3", ""])) : ""}`],
      ["", `<${p}f t="shared" ref="A1:A9" si="0">${random() < 0.5 ? `B${row}*2` : ""}</${p}f>${random() < 0.7 ? v("5") : ""}`],
      [pick(["", ' t="str"']), `<${p}v/>`],
      [pick([' t="n"', ' t=""']), v("2")],
    ]);
    let attrs = ref + style + type;
    if (random() < 0.05) attrs = style + ref + type;
    return inner ? `<${p}c${attrs}>${inner}</${p}c>` : `<${p}c${attrs}/>`;
  };

  const sheetData = (p: string) => {
    let data = "";
    let row = 0;
    for (let i = 0, rows = 1 + Math.floor(random() * 10); i < rows; i++) {
      row += pick([0, 1, 1, 1, 3]);
      const r = random() < 0.06 ? "" : ` r="${row}"${random() < 0.5 ? ' spans="1:5"' : ""}`;
      if (random() < 0.05) {
        data += `<${p}row${r}/>`;
        continue;
      }
      let cells = "";
      for (let k = 0, column = 0, n = Math.floor(random() * 7); k < n; k++) cells += cell(row, (column += pick([1, 1, 2])), p);
      data += `<${p}row${r}>${cells}${random() < 0.02 ? "" : `</${p}row>`}${random() < 0.01 ? `<!-- </${p}sheetData> -->` : ""}`;
    }
    return data;
  };

  test("300 sheets of common and unusual cells", () => {
    for (let i = 0; i < 300; i++) {
      const p = random() < 0.15 ? "x:" : "";
      const xml = sheet(sheetData(p), p);
      const common = readSheet("S", xml, ctx());
      expect({ xml, grid: readSheet("S", general(xml), ctx()) }).toEqual({ xml, grid: common });
    }
  });

  test("300 string tables", () => {
    for (let i = 0; i < 300; i++) {
      let xml = `<sst xmlns="${MAIN}">`;
      for (let k = 0, n = Math.floor(random() * 8); k < n; k++) {
        const text = pick(["plain", "a &amp; b", "_x000D_line", "", "  sp  ", "&#233;"]);
        xml += pick([
          `<si><t>${text}</t></si>`,
          `<si><t xml:space="preserve">${text}</t></si>`,
          `<si><r><t>${text}</t></r><r><t>2</t></r></si>`,
          `<si><t>${text}</t><rPh sb="0" eb="1"><t>ph</t></rPh></si>`,
          "<si/>",
          "<si><t/></si>",
          `\n  <si><t>${text}</t></si>`,
        ]);
      }
      xml += "</sst>";
      const viaGeneral = readSharedStrings(xml.replace(/<si>/g, "<si><!---->"));
      expect({ xml, strings: readSharedStrings(xml) }).toEqual({ xml, strings: viaGeneral });
    }
  });

  test("300 tables of plain strings only (read in one step) read as string by string", () => {
    for (let i = 0; i < 300; i++) {
      const p = random() < 0.15 ? "x:" : "";
      let xml = `<${p}sst xmlns${p ? ":x" : ""}="${MAIN}">`;
      for (let k = 0, n = 1 + Math.floor(random() * 8); k < n; k++) {
        const text = pick(["plain", "a &amp; b", "_x000D_line", "", "  sp  ", "&#233;", "x &lt; y", "_x003C_", "&quot;q&quot; &gt;", "_x005F_x0041_"]);
        xml += `<${p}si><${p}t${pick(["", ' xml:space="preserve"'])}>${text}</${p}t></${p}si>`;
      }
      xml += `</${p}sst>`;
      const viaGeneral = readSharedStrings(xml.replace(new RegExp(`<${p}si>`, "g"), `<${p}si><!---->`));
      expect({ xml, strings: readSharedStrings(xml) }).toEqual({ xml, strings: viaGeneral });
    }
  });
});
