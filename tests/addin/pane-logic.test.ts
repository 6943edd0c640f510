import { settingsCells } from "../../addin/settings-cells";
import { findingsSummary, firstCellOf, groupFindings } from "../../addin/taskpane/findings-view";
import { readSettingsInput, settingsFields } from "../../addin/taskpane/settings-form";
import { analyse } from "../../src/engine";
import { Finding } from "../../src/model";
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
  test("shows the workbook's settings: blank period means the latest with actuals; tolerance in percent", () => {
    expect(settingsFields(analyse(scorecardGrids(2)))).toEqual({ reportingPeriod: "", amberTolerance: "5" });
    expect(settingsFields(null)).toEqual({ reportingPeriod: "", amberTolerance: "5" });
  });

  test("reads what the user typed the way the Settings sheet is read", () => {
    expect(readSettingsInput({ reportingPeriod: "Q2 09/10", amberTolerance: "7.5%" })).toEqual({
      ok: true,
      values: { reportingPeriod: { kind: "quarter", year: 2009, quarter: 2 }, amberTolerance: 0.075 },
    });
    expect(readSettingsInput({ reportingPeriod: "Year 2", amberTolerance: "5" })).toEqual({
      ok: true,
      values: { reportingPeriod: { kind: "year", year: 2009 }, amberTolerance: 0.05 },
    });
    expect(readSettingsInput({ reportingPeriod: " ", amberTolerance: "0" })).toEqual({ ok: true, values: { reportingPeriod: null, amberTolerance: 0 } });
  });

  test("a quarter typed in words is that quarter, not the whole year, as on the Settings sheet", () => {
    const quarter2 = { ok: true, values: { reportingPeriod: { kind: "quarter", year: 2009, quarter: 2 }, amberTolerance: 0.05 } };
    expect(readSettingsInput({ reportingPeriod: "Quarter 2 2009/10", amberTolerance: "5" })).toEqual(quarter2);
    expect(readSettingsInput({ reportingPeriod: "Qtr 2 09/10", amberTolerance: "5" })).toEqual(quarter2);
  });

  test("a period or tolerance it cannot read is one sentence on that field, and nothing is saved", () => {
    expect(readSettingsInput({ reportingPeriod: "next spring", amberTolerance: "5" })).toMatchObject({ ok: false, field: "reportingPeriod" });
    expect(readSettingsInput({ reportingPeriod: "", amberTolerance: "five" })).toMatchObject({ ok: false, field: "amberTolerance" });
    expect(readSettingsInput({ reportingPeriod: "", amberTolerance: "150" })).toMatchObject({ ok: false, field: "amberTolerance" });
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

  test("a table that starts in column C keeps its keys in C", () => {
    const sheet = { name: "Config", values: [[null, null, "Setting", "Value"]] };
    expect(settingsCells(sheet, { reportingPeriod: null }).writes).toEqual([
      { address: "C2", cell: { value: "Reporting period" } },
      { address: "D2", cell: { value: null } },
    ]);
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
