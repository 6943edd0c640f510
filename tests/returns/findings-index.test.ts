import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { RETURN_FINDINGS, ReturnFindingCode } from "../../src/findings";
import { fillReturn, Filling } from "./fill-return";
import { analyse } from "../../src/engine";
import { loadWorkbook } from "../../src/files";
import { merge, MadeReturn, returnOf, SAMPLE_BYTES, sampleReturns } from "./sample-returns";

// Every return finding in the index (src/findings.ts, RETURN_FINDINGS) is produced by a return here,
// with the index's severity, and docs/rules.md lists exactly the same codes.

async function edited(made: MadeReturn, change: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(made.bytes) as unknown as ArrayBuffer);
  change(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const rowsOf = (sheet: ExcelJS.Worksheet) => (r: number) => sheet.getRow(r).values as ExcelJS.CellValue[];

/** The returns that show each finding, merged into the sample for Q2 2009/10. */
async function example(code: ReturnFindingCode): Promise<{ file: string; bytes: Uint8Array }[]> {
  const returns = await sampleReturns();
  const safer = returnOf(returns, "Safer Essex");
  const fill = async (f: Filling) => [{ file: safer.file, bytes: await fillReturn(safer.bytes, f) }];
  switch (code) {
    case "return-not-recognised": return [{ file: "notes.xlsx", bytes: await edited(safer, (b) => b.removeWorksheet(b.getWorksheet("Figures")!.id)) }];
    case "return-no-identity": return [{ file: safer.file, bytes: await edited(safer, (b) => b.removeWorksheet(b.getWorksheet("Return identity")!.id)) }];
    case "return-other-partnership": return [{ file: safer.file, bytes: await edited(safer, (b) => (b.getWorksheet("Return identity")!.getCell("B5").value = "Safer Kent")) }];
    case "return-other-period": return [{ file: safer.file, bytes: returnOf(await sampleReturns(undefined, { kind: "quarter", year: 2009, quarter: 1 }), "Safer Essex").bytes }];
    case "return-duplicate": return [safer, { file: "copy.xlsx", bytes: safer.bytes }];
    case "return-older-scorecard": return [{ file: safer.file, bytes: await edited(safer, (b) => (b.getWorksheet("Return identity")!.getCell("B7").value = "00000000")) }];
    case "return-row-added": return fill({ rows: (s) => (s.getRow(20).values = ["X 9", "Our own"]) });
    case "return-row-deleted": return fill({ rows: (s) => s.spliceRows(3, 1) });
    case "return-rows-resorted": return fill({ rows: (s) => { const row = rowsOf(s); const [a, b] = [row(2), row(3)]; s.getRow(2).values = b; s.getRow(3).values = a; } });
    case "return-row-twice": return fill({ rows: (s) => (s.getRow(20).values = rowsOf(s)(2)) });
    case "return-not-a-number": return fill({ figures: { "NI 30": "see note" } });
    case "return-percent-out-of-range": return fill({ figures: { "NI 30": 120 } });
    case "return-figure-queried": return fill({ figures: { "NI 20": 19 } });
    case "return-conflict": return fill({ figures: { "NI 20": 7 } });
    case "return-formula-cell": {
      // The sample's L33 holds =41250/97000.
      const indicator = analyse((await loadWorkbook(SAMPLE_BYTES)).grids).scorecard!.indicators.find((i) => i.row === 33)!;
      const made = returnOf(returns, indicator.partnership);
      return [{ file: made.file, bytes: await fillReturn(made.bytes, { figures: { [indicator.ref]: 50 } }) }];
    }
  }
}

describe("the return findings index", () => {
  test.each(Object.keys(RETURN_FINDINGS) as ReturnFindingCode[])("%s: a return produces it, with the index's severity", async (code) => {
    const found = (await merge(await example(code))).plan.findings.filter((f) => f.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.severity).toBe(RETURN_FINDINGS[code].severity);
  });

  test("docs/rules.md's Return findings lists exactly the index's codes, with their severities", () => {
    const docs = readFileSync(path.join(__dirname, "../../docs/rules.md"), "utf8").split(/^## Return findings$/m)[1].split(/^## /m)[0];
    const rows = [...docs.matchAll(/^\| `([a-z-]+)` \| (error|warning|query) \| (.*) \|$/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual(Object.entries(RETURN_FINDINGS).map(([code, f]) => [code, f.severity, f.rule]));
  });
});
