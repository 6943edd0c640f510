import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview, buildBoardReport } from "../../src/documents";
import { Analysis } from "../../src/model";
import { exceptionsAnalysis } from "./exception-fixture";
import { ReadDocx, part, readDocx } from "./read-docx";
import { Q, Q2_0910, Y, ratedAnalysis } from "./rated-fixture";

// Every chart of a paper carries its data as Word saves a chart: an embedded workbook related to the
// chart part, named by its c:externalData, whose one sheet holds the chart's categories, series names
// and values, and every series' formulas point at those cells. Read back as Word's Edit Data would:
// the package's relationships and content types, then the workbook itself, opened with exceljs.

const ROOT = path.join(__dirname, "../..");
const PACKAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const BOOK = (): Analysis =>
  ratedAnalysis([
    { ref: "NI 117", title: "Young people not in education, employment or training (NEET)", polarity: "lower", unit: "percent", baseline: 0.062, targets: [[Y(2008), 0.06], [Y(2009), 0.055]], actuals: [[Y(2008), 0.058], [Q(2009, 1), 0.061], [Q2_0910, 0.052]] },
    // A cumulative count with the annual target profiled over the quarters: computed targets in the cache and the cells.
    { ref: "NI 30", title: "Re-offending rate of prolific & priority offenders <PPOs>", frequency: "quarterly", targets: [[Y(2009), 0.7]], actuals: [[Q(2009, 1), 0.1], [Q2_0910, 0.3]] },
    { ref: "L3", title: "Visits to \"Essex Works\" events", unit: "money", targets: [[Y(2008), 1200], [Y(2009), 1500]], actuals: [[Y(2008), 1150.5]] },
  ]);

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

interface Reference {
  formula: string;
  /** The cached points by index. */
  points: Map<number, string>;
  count: number;
  formatCode?: string;
}

function reference(xml: string, kind: "tx" | "cat" | "val"): Reference {
  const element = new RegExp(`<c:${kind}>([\\s\\S]*?)</c:${kind}>`).exec(xml)![1];
  const formula = /<c:f>([^<]*)<\/c:f>/.exec(element)?.[1];
  if (formula === undefined) throw new Error(`c:${kind} names no cells: ${element}`);
  const points = new Map([...element.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [Number(m[1]), decode(m[2])]));
  return { formula: decode(formula), points, count: Number(/<c:ptCount val="(\d+)"\/>/.exec(element)![1]), formatCode: /<c:formatCode>([^<]*)<\/c:formatCode>/.exec(element)?.[1] };
}

/** Sheet1!$B$2:$B$6 as its sheet and the addresses of its cells, top to bottom. */
function cellsOf(formula: string): { sheet: string; cells: string[] } {
  const m = /^(.+)!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula);
  if (!m) throw new Error(`not a reference to a column of cells: ${formula}`);
  const [, sheet, column, first, lastColumn = column, last = first] = m;
  if (lastColumn !== column) throw new Error(`spans columns: ${formula}`);
  const cells: string[] = [];
  for (let row = Number(first); row <= Number(last); row++) cells.push(`${column}${row}`);
  return { sheet: sheet.replace(/^'(.*)'$/, "$1"), cells };
}

/** Every chart part of the paper with its workbook and the checks a person opening Edit Data would make. */
async function chartsWithWorkbooks(doc: ReadDocx) {
  const types = await part(doc, "[Content_Types].xml");
  const names = Object.keys(doc.zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
  const charts = [];
  for (const name of names) {
    const xml = await part(doc, name);
    const relsName = name.replace(/charts\/(chart\d+\.xml)$/, "charts/_rels/$1.rels");
    const rels = await part(doc, relsName);
    const rId = /<c:externalData r:id="([^"]+)"><c:autoUpdate val="0"\/><\/c:externalData><\/c:chartSpace>$/.exec(xml)?.[1];
    const relationship = rId ? new RegExp(`<Relationship Id="${rId}" Type="([^"]+)" Target="([^"]+)"/>`).exec(rels) : null;
    const target = relationship ? path.posix.join("word/charts", relationship[2]) : "";
    const bytes = target ? await doc.zip.file(target)?.async("nodebuffer") : undefined;
    charts.push({ name, xml, rId, relationshipType: relationship?.[1], target, bytes, types });
  }
  return charts;
}

async function expectEditableCharts(doc: ReadDocx, expectedCharts: number): Promise<void> {
  const charts = await chartsWithWorkbooks(doc);
  expect(charts).toHaveLength(expectedCharts);
  const types = await part(doc, "[Content_Types].xml");
  expect(types).toContain(`<Default Extension="xlsx" ContentType="${XLSX}"/>`);
  const workbooks = new Set<string>();
  for (const chart of charts) {
    // The chart names its workbook, last in the part as the schema orders it, by a relationship of type package.
    expect(chart.rId).toBeDefined();
    expect(chart.relationshipType).toBe(PACKAGE);
    expect(chart.target).toMatch(/^word\/embeddings\/Microsoft_Excel_Worksheet\d+\.xlsx$/);
    expect(chart.bytes).toBeDefined();
    workbooks.add(chart.target);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(chart.bytes! as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Sheet1"]);
    const sheet = book.getWorksheet("Sheet1")!;
    const referenced = new Set<string>();
    const series = chart.xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? [];
    expect(series.length).toBeGreaterThan(0);
    for (const [i, ser] of series.entries()) {
      const tx = reference(ser, "tx");
      const cat = reference(ser, "cat");
      const val = reference(ser, "val");
      // Word's layout: categories down column A from A2, this series in its own column, its name in row 1.
      const column = String.fromCharCode(66 + i);
      expect(tx.formula).toBe(`Sheet1!$${column}$1`);
      expect(cat.formula).toBe(`Sheet1!$A$2:$A$${cat.count + 1}`);
      expect(val.formula).toBe(`Sheet1!$${column}$2:$${column}$${val.count + 1}`);
      for (const ref of [tx, cat, val]) {
        const { sheet: named, cells } = cellsOf(ref.formula);
        expect(named).toBe("Sheet1");
        expect(cells).toHaveLength(ref.count);
        cells.forEach((address, idx) => {
          referenced.add(address);
          const value = sheet.getCell(address).value;
          const cached = ref.points.get(idx);
          if (ref === val) {
            // A gap in the chart is an empty cell; a point is the same number, in the chart's format.
            expect(cached === undefined ? value : [value, sheet.getCell(address).numFmt]).toEqual(cached === undefined ? null : [Number(cached), val.formatCode]);
          } else {
            expect(value).toBe(cached);
          }
        });
      }
    }
    // Exactly the chart's data: no cell holds anything the chart does not draw.
    sheet.eachRow((row) => row.eachCell((cell) => expect(referenced.has(cell.address) ? cell.address : `${cell.address} = ${String(cell.value)}`).toBe(cell.address)));
  }
  // One workbook a chart.
  expect(workbooks.size).toBe(charts.length);
}

describe("every chart of a paper carries its data as an embedded workbook, as Word saves a chart", () => {
  it("in the annual review: each line chart's workbook holds its periods, series and figures, the formulas naming those cells", async () => {
    const result = await buildAnnualReview(BOOK(), "Safer Essex", readFileSync(path.join(ROOT, "templates/annual-review.docx")));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
    const doc = await readDocx(result.bytes);
    await expectEditableCharts(doc, 3);
    // The workbook's figures are the scorecard's, in its format: 6.1% is 0.061 shown as 0.0%.
    const charts = await chartsWithWorkbooks(doc);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(charts.find((c) => c.xml.includes("NI 117"))!.bytes! as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Sheet1")!;
    expect([1, 2, 3, 4, 5, 6].map((r) => sheet.getCell(`A${r}`).value)).toEqual([null, "2008/09 year end", "Q1 2009/10", "Q2 2009/10", "Q3 2009/10", "2009/10 year end"]);
    expect(["B1", "C1", "D1", "E1"].map((a) => sheet.getCell(a).value)).toEqual(["Actual", "Actual (year)", "Target (year)", "Baseline"]);
    expect(["B3", "B4"].map((a) => sheet.getCell(a).value)).toEqual([0.061, 0.052]);
    expect(sheet.getCell("B3").numFmt).toBe("0.0%");
  });

  it("in the covering report: the status chart's workbook holds each partnership's Green, Amber and Red counts", async () => {
    const result = await buildBoardReport(exceptionsAnalysis(), readFileSync(path.join(ROOT, "templates/board-report.docx")), { generated: new Date(Date.UTC(2009, 10, 2)) });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
    const doc = await readDocx(result.bytes);
    await expectEditableCharts(doc, 1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await chartsWithWorkbooks(doc))[0].bytes! as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Sheet1")!;
    expect(["B1", "C1", "D1"].map((a) => sheet.getCell(a).value)).toEqual(["Green", "Amber", "Red"]);
    expect(["A2", "B2", "C2", "D2"].map((a) => sheet.getCell(a).value)).toEqual(["Safer Essex", 5, 2, 2]);
  });
});
