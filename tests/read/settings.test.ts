import { DEFAULT_SETTINGS } from "../../src/model";
import { readSettings } from "../../src/read/settings";
import { at, book, sheet } from "./grids";

describe("Settings keys", () => {
  test("no Settings sheet: every default from the spec", () => {
    expect(readSettings(book(sheet("Scorecard", [])))).toEqual({ settings: DEFAULT_SETTINGS, findings: [] });
  });

  test("each key read, percentages however typed (10%, 0.8, 20)", () => {
    const read = readSettings(
      book(
        sheet("Config", [
          ["Setting", "Value"],
          ["Area", "Essex"],
          ["Reporting period", "Q2 2009/10"],
          ["Agreement start", "2008/09"],
          ["Amber tolerance", "10%"],
          ["Partnership green threshold", 0.8],
          ["Partnership red threshold", 20],
          ["PRG minimum achievement", "60%"],
        ]),
      ),
    );
    expect(read.findings).toEqual([]);
    expect(read.settings).toEqual({
      area: "Essex",
      contact: null,
      reportingPeriod: { kind: "quarter", year: 2009, quarter: 2 },
      agreementStart: 2008,
      amberTolerance: 0.1,
      greenThreshold: 0.8,
      redThreshold: 0.2,
      prgMinimum: 0.6,
    });
  });

  test("Year 2 as the reporting period follows the agreement start, wherever that row is", () => {
    const read = readSettings(book(sheet("Settings", [["Reporting period", "Year 2"], ["Agreement start", 2007]])));
    expect(read.settings).toMatchObject({ agreementStart: 2007, reportingPeriod: { kind: "year", year: 2008 } });
  });

  test("a date as the reporting period is the quarter it falls in (30 Sep 2009 is Q2 2009/10)", () => {
    const read = readSettings(book(sheet("Settings", [["Reporting period", new Date(Date.UTC(2009, 8, 30))]])));
    expect(read.settings.reportingPeriod).toEqual({ kind: "quarter", year: 2009, quarter: 2 });
  });

  test("a date given as its serial number with a date format (as Excel gives it) is that date's quarter", () => {
    // 40086 is 30 Sep 2009 in Excel's day numbers; 40269 is 1 Apr 2010, the first day of 2010/11.
    const read = (serial: number, numFmt: string | null) =>
      readSettings(book(sheet("Settings", [["Reporting period", serial]], [[null, numFmt]])));
    expect(read(40086, "dd/mm/yyyy").settings.reportingPeriod).toEqual({ kind: "quarter", year: 2009, quarter: 2 });
    expect(read(40269, "d mmm yyyy").settings.reportingPeriod).toEqual({ kind: "quarter", year: 2010, quarter: 1 });
    // The same number without a date format is not a date: it keeps the default, with a warning at B1.
    const plain = read(40086, "General");
    expect(plain.settings.reportingPeriod).toBe(DEFAULT_SETTINGS.reportingPeriod);
    expect(at(plain.findings, "Settings", "B1")).toHaveLength(1);
  });

  test("blank values keep their defaults silently", () => {
    const read = readSettings(book(sheet("Settings", [["Setting", "Value"], ["Amber tolerance", null], ["Area", ""]])));
    expect(read).toEqual({ settings: DEFAULT_SETTINGS, findings: [] });
  });

  test("a value that cannot be read keeps its default, with a warning at the value cell", () => {
    const read = readSettings(book(sheet("Settings", [["Setting", "Value"], ["Amber tolerance", "a bit"], ["Reporting period", "soon"]])));
    expect(read.settings.amberTolerance).toBe(0.05);
    expect(read.settings.reportingPeriod).toBeNull();
    expect(at(read.findings, "Settings", "B2")).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining("5%") })]);
    expect(at(read.findings, "Settings", "B3")).toEqual([expect.objectContaining({ severity: "warning" })]);
  });

  test("a threshold outside 0-100% is a warning", () => {
    const read = readSettings(book(sheet("Settings", [["Partnership green threshold", "150%"]])));
    expect(read.settings.greenThreshold).toBe(0.75);
    expect(at(read.findings, "Settings", "B1")).toHaveLength(1);
  });

  test("an unknown key is a warning naming the keys we know", () => {
    const read = readSettings(book(sheet("Settings", [["Colour scheme", "blue"]])));
    expect(at(read.findings, "Settings", "B1")[0].hint).toContain("Amber tolerance");
  });
});

describe("Settings sheet layout", () => {
  test("a title row on its own is not an unknown setting; a bare year is the agreement start", () => {
    const read = readSettings(book(sheet("Settings", [["Add-in settings"], [], ["Agreement start", "2007"]])));
    expect(read.findings).toEqual([]);
    expect(read.settings.agreementStart).toBe(2007);
  });
});

describe("Reporting period written out as a quarter", () => {
  // "Essex LAA Scorecard, Quarter 2 2009/10": officers write the quarter in words. Read as the whole
  // year 2009/10, a Q3 actual typed early would be rated instead of Q2's.
  test.each([
    ["Quarter 2 2009/10", { kind: "quarter", year: 2009, quarter: 2 }],
    ["Qtr 2 2009/10", { kind: "quarter", year: 2009, quarter: 2 }],
    ["2009/10 quarter 3", { kind: "quarter", year: 2009, quarter: 3 }],
  ])("%s is that quarter, not the year", (text, period) => {
    const read = readSettings(book(sheet("Settings", [["Setting", "Value"], ["Reporting period", text]])));
    expect(read.settings.reportingPeriod).toEqual(period);
  });
});
