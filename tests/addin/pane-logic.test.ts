import { settingsCells, toleranceText } from "../../addin/settings-cells";
import { findingsSummary, firstCellOf, groupFindings } from "../../addin/taskpane/findings-view";
import { readSettingsInput, settingsFields, settingsWords, toleranceReading } from "../../addin/taskpane/settings-form";
import { analyse } from "../../src/engine";
import { DEFAULT_SETTINGS, Finding, Settings } from "../../src/model";
import { readSettings } from "../../src/read/settings";
import { scorecardGrids } from "./scorecard-fixture";

const finding = (severity: Finding["severity"], sheet: string, cell: string, message = "m"): Finding => ({ severity, sheet, cell, message, hint: "h" });

describe("the pane's findings list", () => {
  test("errors come before warnings, each in reading order down the sheet, named Sheet!Cell", () => {
    const groups = groupFindings([
      finding("warning", "Scorecard", "B9"),
      finding("error", "Scorecard", "C12"),
      finding("error", "Scorecard", "AA3"),
      finding("error", "Scorecard", "B3"),
      finding("warning", "LAA Scorecard", "A1"),
    ]);
    expect(groups.map((g) => g.heading)).toEqual(["3 errors", "2 warnings"]);
    expect(groups[0].items.map((i) => i.place)).toEqual(["Scorecard!B3", "Scorecard!AA3", "Scorecard!C12"]);
    expect(groups[1].items.map((i) => i.place)).toEqual(["Scorecard!B9", "'LAA Scorecard'!A1"]);
    expect(groups.flatMap((g) => g.items.map((i) => i.id))).toEqual(["finding-0", "finding-1", "finding-2", "finding-3", "finding-4"]);
  });

  test("the line above the list says whether the scorecard can be refreshed", () => {
    expect(findingsSummary([])).toBe("No problems found: the scorecard can be refreshed.");
    expect(findingsSummary([finding("warning", "S", "A1")])).toBe("No errors, 1 warning: the scorecard can be refreshed.");
    expect(findingsSummary([finding("error", "S", "A1"), finding("error", "S", "A2"), finding("warning", "S", "A3")])).toBe(
      "2 errors to fix before the scorecard can be refreshed, and 1 warning.",
    );
  });

  test("a finding on a range selects its first cell", () => {
    expect(firstCellOf("A3:Z20")).toBe("A3");
    expect(firstCellOf("$C$5")).toBe("C5");
  });
});

describe("the Settings form", () => {
  const settings = (amberTolerance: number, reportingPeriod: Settings["reportingPeriod"] = null): Settings => ({ ...DEFAULT_SETTINGS, amberTolerance, reportingPeriod });

  test("shows the workbook's settings: blank period means the latest with actuals; the tolerance as stored, every decimal kept", () => {
    expect(settingsFields(analyse(scorecardGrids(2)).scorecard!.settings)).toEqual({ reportingPeriod: "", amberTolerance: "5%" });
    expect(settingsFields()).toEqual({ reportingPeriod: "", amberTolerance: "5%" });
    // 2.25% was shown as "2.3" and saved back as 2.3%, turning a Red indicator Amber.
    const grids = scorecardGrids(2);
    grids.sheets.push({ name: "Settings", values: [["Setting", "Value"], ["Amber tolerance", 0.0225]] });
    expect(settingsFields(analyse(grids).scorecard!.settings).amberTolerance).toBe("2.25%");
    expect(toleranceText(0.07)).toBe("7%");
    expect(toleranceText(0.123456)).toBe("12.3456%");
  });

  test("saving the form as shown changes nothing and writes nothing", () => {
    for (const stored of [0.0225, 0.05, 0.07, 1 / 3, 0]) {
      const fields = { reportingPeriod: "", amberTolerance: toleranceText(stored) };
      expect([stored, readSettingsInput(fields, settings(stored))]).toEqual([stored, { ok: true, values: {} }]);
    }
    const q2 = { kind: "quarter" as const, year: 2009, quarter: 2 as const };
    expect(readSettingsInput({ reportingPeriod: "Q2 2009/10", amberTolerance: "5%" }, settings(0.05, q2))).toEqual({ ok: true, values: {} });
    // The same figure typed another way is no change either.
    expect(readSettingsInput({ reportingPeriod: "", amberTolerance: "0.0225" }, settings(0.0225))).toEqual({ ok: true, values: {} });
  });

  test("a typed tolerance is read as the Settings sheet reads one: 5 and 5% are 5%, 0.05 is 5%, a bare 1 is 1%", () => {
    const typed = (text: string) => readSettingsInput({ reportingPeriod: "", amberTolerance: text }, settings(0.1));
    expect(typed("5")).toEqual({ ok: true, values: { amberTolerance: 0.05 } });
    expect(typed("5%")).toEqual({ ok: true, values: { amberTolerance: 0.05 } });
    expect(typed("0.05")).toEqual({ ok: true, values: { amberTolerance: 0.05 } });
    expect(typed("0.04")).toEqual({ ok: true, values: { amberTolerance: 0.04 } });
    expect(typed("2.25%")).toEqual({ ok: true, values: { amberTolerance: 0.0225 } });
    expect(typed("1")).toEqual({ ok: true, values: { amberTolerance: 0.01 } });
    expect(typed("100%")).toEqual({ ok: true, values: { amberTolerance: 1 } });
    // The one rule: what the Settings sheet reader makes of the same text, refusals included.
    const sheetReads = (text: string) => {
      const grids = scorecardGrids(1);
      grids.sheets.push({ name: "Settings", values: [["Setting", "Value"], ["Amber tolerance", text]] });
      const { settings, findings } = readSettings(grids);
      return findings.some((f) => f.code === "setting-not-a-percentage") ? null : settings.amberTolerance;
    };
    for (const text of ["5", "5%", "0.05", "0.04", "1", "12.5", "2.25 %", "150", "-2", "five"]) {
      const read = sheetReads(text);
      expect([text, typed(text)]).toEqual([text, read === null ? expect.objectContaining({ ok: false }) : { ok: true, values: { amberTolerance: read } }]);
    }
  });

  test("what Save will write is said in words under the field as the user types, and after saving", () => {
    expect(toleranceReading("0.05", settings(0.0225))).toBe("Save writes: Amber tolerance 5%.");
    expect(toleranceReading("0.04", settings(0.05))).toBe("Save writes: Amber tolerance 4%.");
    expect(toleranceReading("1", settings(0.05))).toBe("Save writes: Amber tolerance 1% (type 100% for all).");
    expect(toleranceReading("2.25%", settings(0.0225))).toBe("");
    expect(toleranceReading("lots", settings(0.05))).toBe("");
    expect(settingsWords({ amberTolerance: 0.0225, reportingPeriod: { kind: "quarter", year: 2009, quarter: 2 } })).toEqual(["Reporting period Q2 2009/10", "Amber tolerance 2.25%"]);
    expect(settingsWords({ reportingPeriod: null })).toEqual(["Reporting period blank (the latest period with actuals)"]);
  });

  test("a changed period is read the way the Settings sheet is read; only what changed is kept", () => {
    expect(readSettingsInput({ reportingPeriod: "Q2 09/10", amberTolerance: "7.5%" })).toEqual({
      ok: true,
      values: { reportingPeriod: { kind: "quarter", year: 2009, quarter: 2 }, amberTolerance: 0.075 },
    });
    expect(readSettingsInput({ reportingPeriod: "Year 2", amberTolerance: "5" })).toEqual({ ok: true, values: { reportingPeriod: { kind: "year", year: 2009 } } });
    expect(readSettingsInput({ reportingPeriod: " ", amberTolerance: "0" })).toEqual({ ok: true, values: { amberTolerance: 0 } });
  });

  test("a quarter typed in words is that quarter, not the whole year, as on the Settings sheet", () => {
    const quarter2 = { ok: true, values: { reportingPeriod: { kind: "quarter", year: 2009, quarter: 2 } } };
    expect(readSettingsInput({ reportingPeriod: "Quarter 2 2009/10", amberTolerance: "5" })).toEqual(quarter2);
    expect(readSettingsInput({ reportingPeriod: "Qtr 2 09/10", amberTolerance: "5" })).toEqual(quarter2);
  });

  test("a period or tolerance it cannot read is one sentence on that field, and nothing is saved", () => {
    expect(readSettingsInput({ reportingPeriod: "next spring", amberTolerance: "5" })).toMatchObject({ ok: false, field: "reportingPeriod" });
    expect(readSettingsInput({ reportingPeriod: "", amberTolerance: "five" })).toMatchObject({ ok: false, field: "amberTolerance" });
    expect(readSettingsInput({ reportingPeriod: "", amberTolerance: "150" })).toMatchObject({ ok: false, field: "amberTolerance" });
    expect(readSettingsInput({ reportingPeriod: "", amberTolerance: "-2" })).toMatchObject({ ok: false, field: "amberTolerance" });
  });
});

describe("Settings cells written in Excel", () => {
  test("an existing key's value cell is overwritten in place; a missing key goes in a new row below", () => {
    const sheet = { name: "Settings", values: [["Setting", "Value"], ["Area", "Essex"], ["Amber tolerance", 0.05]] };
    const cells = settingsCells(sheet, { amberTolerance: 0.1, reportingPeriod: { kind: "quarter", year: 2009, quarter: 2 } });
    expect(cells.create).toBe(false);
    expect(cells.writes).toEqual([
      { address: "A4", cell: { value: "Reporting period" } },
      { address: "B4", cell: { value: "Q2 2009/10" } },
      { address: "B3", cell: { value: 0.1, numFmt: "0%" } },
    ]);
  });

  test("a key is found as the Settings reader finds it: a 'Tolerance' or 'Current period' row is overwritten, not repeated", () => {
    const sheet = { name: "Settings", values: [["Setting", "Value"], ["Tolerance", 0.05], ["Current period", "Q1 2009/10"]] };
    expect(settingsCells(sheet, { amberTolerance: 0.1, reportingPeriod: { kind: "quarter", year: 2009, quarter: 2 } }).writes).toEqual([
      { address: "B3", cell: { value: "Q2 2009/10" } },
      { address: "B2", cell: { value: 0.1, numFmt: "0%" } },
    ]);
  });

  test("a missing key under a Columns table goes after a blank row, so it is not read as one of its entries", () => {
    const sheet = { name: "Settings", values: [["Setting", "Value"], ["Area", "Essex"], [], ["Columns", "Read as"], ["Period 1", "Actual Q1 2009/10"]] };
    const cells = settingsCells(sheet, { reportingPeriod: { kind: "quarter", year: 2009, quarter: 2 } });
    expect(cells.writes).toEqual([{ address: "A7", cell: { value: "Reporting period" } }, { address: "B7", cell: { value: "Q2 2009/10" } }]);
    const written = [...sheet.values, [], ["Reporting period", "Q2 2009/10"]];
    expect(readSettings({ sheets: [{ name: "Settings", values: written }] }).settings.reportingPeriod).toEqual({ kind: "quarter", year: 2009, quarter: 2 });
  });

  test("a table that starts in column C keeps its keys in C", () => {
    const sheet = { name: "Config", values: [[null, null, "Setting", "Value"]] };
    expect(settingsCells(sheet, { reportingPeriod: null }).writes).toEqual([
      { address: "C2", cell: { value: "Reporting period" } },
      { address: "D2", cell: { value: null } },
    ]);
  });

  test("a tolerance with decimals is formatted to show them, so the sheet shows what is stored", () => {
    expect(settingsCells(undefined, { amberTolerance: 0.0225 }).writes[3]).toEqual({ address: "B2", cell: { value: 0.0225, numFmt: "0.00%" } });
    expect(settingsCells(undefined, { amberTolerance: 0.075 }).writes[3]).toEqual({ address: "B2", cell: { value: 0.075, numFmt: "0.0%" } });
  });

  test("no Settings sheet: one is created with its two headers", () => {
    const cells = settingsCells(undefined, { amberTolerance: 0.05 });
    expect(cells.create).toBe(true);
    expect(cells.writes.map((w) => [w.address, w.cell.value])).toEqual([
      ["A1", "Setting"],
      ["B1", "Value"],
      ["A2", "Amber tolerance"],
      ["B2", 0.05],
    ]);
  });
});
