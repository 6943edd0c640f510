import ExcelJS from "exceljs";
import { analyse } from "../../src/engine";
import { loadWorkbook } from "../../src/files";
import { indicatorsFingerprint, indicatorsOf } from "../../src/returns/fingerprint";
import { readReturn } from "../../src/returns/read-return";
import { partsOf, text } from "../files/package-diff";
import { returnOf, SAMPLE_BYTES, sampleReturns } from "./sample-returns";

// A return read back by other code than ours (exceljs, and the raw XML): a lead can type only in
// the figure and note cells and the commentary, each figure cell asks for a number, and the hidden
// identity says whose return it is and what it was made from.

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

describe("a return workbook", () => {
  test("one per partnership, named with the partnership and the period", async () => {
    const returns = await sampleReturns();
    expect(returns.map((r) => r.file)).toContain("Safer Essex return Q2 2009-10.xlsx");
    expect(returns.map((r) => r.file)).toContain("2012 Olympics-Paralympic Games return Q2 2009-10.xlsx");
    expect(returns).toHaveLength(6);
  });

  test("the front sheet says who it is for, the period and the due date (the next meeting less 7 days)", async () => {
    const book = await excel(returnOf(await sampleReturns(), "Safer Essex").bytes);
    const front = book.getWorksheet("About this return")!;
    const byLabel = new Map<string, unknown>();
    front.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(byLabel.get("Partnership")).toBe("Safer Essex");
    expect(byLabel.get("Lead")).toBe("Alan Dawkes");
    expect(byLabel.get("Period")).toBe("Q2 2009/10");
    // The sample's next meeting is Monday 16 November 2009.
    expect(byLabel.get("Please return by")).toEqual(new Date(Date.UTC(2009, 10, 9)));
    expect(byLabel.has("1.") && byLabel.has("2.") && byLabel.has("3.")).toBe(true);
  });

  test("only the figure and note cells and the commentary updates are unlocked, and every sheet is protected", async () => {
    const bytes = returnOf(await sampleReturns(), "Safer Essex").bytes;
    const book = await excel(bytes);
    const unlocked: string[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (c) => {
        if (c.protection?.locked === false) unlocked.push(`${sheet.name}!${c.address}`);
      }));
    }
    const figures = book.getWorksheet("Figures")!;
    const expected = [];
    for (let r = 2; r <= figures.rowCount; r++) expected.push(`Figures!J${r}`, `Figures!K${r}`);
    for (let r = 2; r <= 8; r++) expected.push(`Commentary!D${r}`);
    expect(unlocked.sort()).toEqual(expected.sort());
    const parts = partsOf(bytes);
    for (let n = 1; n <= 4; n++) expect(text(parts, `xl/worksheets/sheet${n}.xml`)).toMatch(/<sheetProtection sheet="1"[^>]*\/>/);
    // Without a password: protection stops slips, it is not security.
    expect(text(parts, "xl/worksheets/sheet2.xml")).not.toMatch(/password|hashValue/);
  });

  test("each figure cell asks for a number (or blank) with an input message; percentages 0 to 100", async () => {
    const book = await excel(returnOf(await sampleReturns(), "Safer Essex").bytes);
    const figures = book.getWorksheet("Figures")!;
    const rows: Record<string, number> = {};
    figures.eachRow((row, n) => void (rows[String(row.getCell(1).value)] = n));
    const rate = figures.getCell(`J${rows["NI 20"]}`).dataValidation;
    expect(rate).toMatchObject({ type: "decimal", allowBlank: true, showInputMessage: true });
    expect(rate.prompt).toMatch(/number/);
    const percent = figures.getCell(`J${rows["L17.1"]}`).dataValidation;
    expect(percent).toMatchObject({ type: "decimal", formulae: [0, 100] });
    expect(percent.prompt).toMatch(/45 for 45%/);
  });

  test("the hidden identity names the book, partnership, period, and the fingerprint of the indicators it was made from", async () => {
    const bytes = returnOf(await sampleReturns(), "Safer Essex").bytes;
    const book = await excel(bytes);
    expect(book.getWorksheet("Return identity")!.state).toBe("hidden");
    const read = readReturn("r.xlsx", (await loadWorkbook(bytes)).grids);
    const analysis = analyse((await loadWorkbook(SAMPLE_BYTES)).grids);
    const own = indicatorsOf(analysis.scorecard!.indicators, "Safer Essex");
    expect(read.identity).toEqual({ book: "sample-scorecard.xlsx", partnership: "Safer Essex", period: "Q2 2009/10", fingerprint: indicatorsFingerprint(own), refs: own.map((i) => i.ref) });
    expect(read.findings).toEqual([]);
  });

  test("the context is the indicator's: polarity, unit, last figure and target; percentages shown as points", async () => {
    const read = await loadWorkbook(returnOf(await sampleReturns(), "Safer Essex").bytes);
    const figures = read.grids.sheets.find((s) => s.name === "Figures")!.values;
    const row = (ref: string) => figures.find((r) => r[0] === ref)!;
    expect(row("NI 20").slice(0, 9)).toEqual(["NI 20", "Assault with injury crime rate", "Lower", "rate", 6, "Q1 2009/10", "2008/09: 6.2", 6.3, "Q2 2009/10"]);
    // L17.1 is a percentage: 25% last, 33% target, typed as 25 and 33.
    expect(row("L17.1").slice(3, 9)).toEqual(["%", 25, "Q1 2009/10", "2008/09: 26", 33, "Q2 2009/10"]);
  });

  test("the same scorecard gives the same bytes (no clock in the file)", async () => {
    const [a, b] = [await sampleReturns(), await sampleReturns()];
    expect(Buffer.from(a[0].bytes).equals(Buffer.from(b[0].bytes))).toBe(true);
  });
});
