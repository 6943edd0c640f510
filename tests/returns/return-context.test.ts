import ExcelJS from "exceljs";
import { analyse } from "../../src/engine";
import { loadWorkbook } from "../../src/files";
import { figuresDueBy } from "../../src/progress";
import { askedTarget, askedWords } from "../../src/returns/figures";
import { figures, indicator, p } from "../rules/factory";
import { returnOf, SAMPLE_BYTES, sampleReturns } from "./sample-returns";

// What a lead sees beside each figure to fill: something to compare with, the figure already held
// (to check, not to type again), the target the status will use, and a due date after the period ends.

async function figuresRows(): Promise<(ref: string) => unknown[]> {
  const read = await loadWorkbook(returnOf(await sampleReturns(), "Safer Essex").bytes);
  const rows = read.grids.sheets.find((s) => s.name === "Figures")!.values;
  return (ref) => rows.find((r) => r[0] === ref)!;
}

describe("a return's context for each figure", () => {
  test("with no earlier figure, the baseline is shown as the last figure", async () => {
    const row = await figuresRows();
    // NI 17 reports once a year; as at Q2 2009/10 its 2008/09 outturn is due, and before it there is only the baseline (19%).
    expect(row("NI 17").slice(4, 6)).toEqual([19, "Baseline"]);
    expect(row("NI 17")[8]).toBe("2008/09");
  });

  test("a figure the scorecard already holds for the period is filled in, on the lead's scale", async () => {
    const row = await figuresRows();
    expect(row("NI 20")[9]).toBe(5.9);
    // 17% held for 2008/09, typed as points.
    expect(row("NI 17")[9]).toBe(17);
    // NI 30 has no figure for Q2 2009/10: left blank to fill.
    expect(row("NI 30")[9] ?? null).toBeNull();
  });

  test("a cumulative count's quarter is asked for the year to date, against the profile of the year's target", () => {
    const jobs = indicator({ ref: "L7", title: "Jobs created (cumulative)", cumulative: true, unit: "number", targets: figures({ "2009/10": 1000 }) });
    const target = askedTarget(jobs, p("Q2 2009/10"));
    expect(target?.value).toBe(500);
    expect(askedWords(jobs, p("Q2 2009/10"), target)).toBe("Q2 2009/10, the year to date (target: half of the 2009/10 target of 1000)");
    // A count that is not cumulative is asked for its quarter against the year's target, as before.
    const plain = { ...jobs, cumulative: undefined };
    expect(askedTarget(plain, p("Q2 2009/10"))?.value).toBe(1000);
    expect(askedWords(plain, p("Q2 2009/10"), askedTarget(plain, p("Q2 2009/10")))).toBe("Q2 2009/10");
  });
});

describe("when a return is due back", () => {
  test("7 days before the first meeting after the period ends, from the meeting the updates are for", async () => {
    const papers = analyse((await loadWorkbook(SAMPLE_BYTES)).grids).papers;
    // Q2 ends 30 September; the updates are for 16 November 2009: due Monday 9 November.
    expect(figuresDueBy(papers, p("Q2 2009/10"))).toEqual(new Date(Date.UTC(2009, 10, 9)));
    // Q3 ends 31 December: 16 November and 15 December are too early; the forward plan's 18 January 2010 is the first after.
    expect(figuresDueBy(papers, p("Q3 2009/10"))).toEqual(new Date(Date.UTC(2010, 0, 11)));
    // No meeting is planned after 2010/11 ends: no date rather than one before the period is over.
    expect(figuresDueBy(papers, p("2010/11"))).toBeNull();
  });
});

test("a figure shown for comparison reads as the papers print it (42.5 in a 0.0% cell, not a formula's 42.5257731959); the figure to check stays exact", async () => {
  const sustainable = async (period: Parameters<typeof sampleReturns>[1]) => {
    const read = await loadWorkbook(returnOf(await sampleReturns(SAMPLE_BYTES, period), "Sustainable Essex").bytes);
    return read.grids.sheets.find((s) => s.name === "Figures")!.values.find((r) => r[0] === "NI 192")!;
  };
  // At Q3 the last figure is Q2's, the scorecard's formula =41250/97000.
  expect((await sustainable({ kind: "quarter", year: 2009, quarter: 3 })).slice(4, 6)).toEqual([42.5, "Q2 2009/10"]);
  // At Q2 that figure is the one held for the period: filled in exactly, so sent back unchanged it is "already in".
  expect((await sustainable({ kind: "quarter", year: 2009, quarter: 2 }))[9]).toBeCloseTo(4125000 / 97000, 9);
});

test("the figure filled in to check, and the figures beside it, show in Excel and LibreOffice as the scorecard shows them (42.5, not 42.525773196)", async () => {
  const made = returnOf(await sampleReturns(), "Sustainable Essex");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(made.bytes) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Figures")!;
  let row = 0;
  sheet.eachRow((r, n) => { if (r.getCell(1).value === "NI 192") row = n; });
  // NI 192 is a percentage in 0.0% cells; the return keeps it as points, so 0.0 (and its value stays exact).
  expect(sheet.getCell(`J${row}`).value).toBeCloseTo(4125000 / 97000, 9);
  expect(sheet.getCell(`J${row}`).numFmt).toBe("0.0");
  expect(sheet.getCell(`H${row}`).numFmt).toBe("0.0");
  // The cell stays the lead's to type in.
  expect(sheet.getCell(`J${row}`).protection?.locked).toBe(false);
});
