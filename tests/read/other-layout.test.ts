import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/files";
import { readScorecard } from "../../src/read/scorecard";
import { errors, warnings } from "./grids";

// A scorecard laid out as no other test lays one out, saved as a real .xlsx and read through the
// file adapter: Theme before Ref, two title rows, aliases (NI ref, Title, Theme, Good is, Outturn,
// 2009/10 Q1, PRG (£)), a hidden column and a hidden row, section headings in the Ref column,
// % number formats, a formula, and a note row below the table.

async function unusualBook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Cover").getCell("A1").value = "Quarter 2 report";
  const s = book.addWorksheet("Performance");
  s.getCell("A1").value = "Mid Essex LSP: LAA 2008-11 performance";
  s.getCell("A2").value = "Position at end of September 2009";
  s.getRow(4).values = [
    "Theme", "NI ref", "Title", "Good is", "Lead", "Baseline (2007/08)", "2008/09 Target", "Outturn 2008/09",
    "Target 09/10", "2009/10 Q1", "Actual Q2 09/10", "PRG", "PRG (£)", "Comments",
  ];
  s.getRow(5).values = [null, "Priority 1: Safer, stronger communities"];
  s.getRow(6).values = ["Safer", "NI 16", "Serious acquisitive crime rate", "Lower", "DI Brown", 21.4, 20.1, 19.8, 19.5, 4.6, 4.4, "N", null, "On track"];
  s.getRow(7).values = ["Safer", "L18.1", "Fires in the home", "↓", "Fire service", 120, 110, 104, 100, 23, 27, "Y", "250k"];
  s.getRow(8).values = [null, "Priority 2: Economic prosperity"];
  s.getRow(9).values = ["Economy", "NI151", null, null, "J Smith", 0.742, 0.75, 0.739, 0.76, 0.741, null, "Y", "£1,500,000"];
  s.getCell("K9").value = { formula: "J9+0.004", result: 0.745 };
  for (const c of ["F9", "G9", "H9", "I9", "J9", "K9"]) s.getCell(c).numFmt = "0.0%";
  s.getRow(10).values = ["Economy", "ni 152", "Working age people on out of work benefits", "Down", "J Smith", 11.2, 11, 11.4, 10.8, 11.9, "tbc"];
  s.getRow(12).values = [null, "Source: Mid Essex performance team"];
  s.getColumn(5).hidden = true; // the Lead column
  s.getRow(10).hidden = true;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("A scorecard in a layout the other tests never use", () => {
  let read: ReturnType<typeof readScorecard>;
  beforeAll(async () => {
    read = readScorecard((await loadWorkbook(await unusualBook())).grids);
  });

  test("finds the Performance sheet and its header row below the titles", () => {
    expect(read.scorecard).toMatchObject({ sheet: "Performance", headerRow: 4, lastColumn: 14 });
  });

  test("reads the four indicators, skipping section headings and the note row, hidden row and column included", () => {
    const indicators = read.scorecard!.indicators;
    expect(indicators.map((i) => [i.ref, i.row, i.partnership, i.leadOfficer])).toEqual([
      ["NI 16", 6, "Safer", "DI Brown"],
      ["L18.1", 7, "Safer", "Fire service"],
      ["NI151", 9, "Economy", "J Smith"],
      ["ni 152", 10, "Economy", "J Smith"],
    ]);
  });

  test("periods from every alias: baseline, 2008/09 target and outturn, 2009/10 target, Q1 and Q2 actuals", () => {
    const crime = read.scorecard!.indicators[0];
    expect(crime).toMatchObject({ polarity: "lower", baseline: 21.4, unit: "rate" });
    expect(crime.targets).toEqual([
      { period: { kind: "year", year: 2008 }, value: 20.1, cell: "G6" },
      { period: { kind: "year", year: 2009 }, value: 19.5, cell: "I6" },
    ]);
    expect(crime.actuals).toEqual([
      { period: { kind: "year", year: 2008 }, value: 19.8, cell: "H6" },
      { period: { kind: "quarter", year: 2009, quarter: 1 }, value: 4.6, cell: "J6" },
      { period: { kind: "quarter", year: 2009, quarter: 2 }, value: 4.4, cell: "K6" },
    ]);
  });

  test("the NI with no title or polarity takes both from the catalogue; % formats and a formula read as fractions", () => {
    const jobs = read.scorecard!.indicators[2];
    expect(jobs.title.toLowerCase()).toContain("employment rate");
    expect(jobs.polarity).toBe("higher");
    expect(jobs.unit).toBe("percent");
    expect(jobs.actuals.map((a) => a.value)).toEqual([0.739, 0.741, 0.745]);
    expect(jobs).toMatchObject({ rewardTarget: true, rewardValue: 1500000 });
  });

  test("a percentage NI typed as points (11.2 for 11.2%) is read as the percentage meant", () => {
    const benefits = read.scorecard!.indicators[3];
    expect(benefits.unit).toBe("percent");
    expect(benefits.baseline).toBeCloseTo(0.112);
    expect(benefits.targets[0].value).toBeCloseTo(0.11);
    expect(benefits.targets[1].value).toBeCloseTo(0.108);
  });

  test("reward money in shorthand and a ↓ polarity on a local indicator", () => {
    expect(read.scorecard!.indicators[1]).toMatchObject({ polarity: "lower", rewardTarget: true, rewardValue: 250000 });
  });

  test("read without a single error or warning", () => {
    expect(errors(read.findings)).toEqual([]);
    expect(warnings(read.findings)).toEqual([]);
  });
});
