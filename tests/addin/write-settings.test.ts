import { writeSettings } from "../../addin/excel/write-settings";
import { mockExcel } from "./excel-mock";
import { scorecardSheet } from "./scorecard-fixture";

describe("saving settings to the open workbook", () => {
  test("the value beside an existing key is replaced; a new key goes below the last row; nothing else is written", async () => {
    const settings = { name: "Config", address: "A1:B3", values: [["Setting", "Value"], ["Area", "Essex"], ["Amber tolerance", 0.05]] };
    const excel = mockExcel([scorecardSheet(3), settings]);
    const findings = await writeSettings(excel.context, { amberTolerance: 0.1, reportingPeriod: { kind: "year", year: 2009 } });
    expect(findings).toEqual([]);
    expect(excel.writes.map((w) => [w.sheet, w.address, w.target.values])).toEqual([
      ["Config", "A4", [["Reporting period"]]],
      ["Config", "B4", [["'2009/10"]]],
      ["Config", "B3", [[0.1]]],
    ]);
    expect(excel.writes[2].target.numberFormat).toEqual([["0%"]]);
    expect(excel.added).toEqual([]);
    expect(excel.syncs()).toBe(3);
  });

  test("a workbook without a Settings sheet gets one, with its two headers", async () => {
    const excel = mockExcel([scorecardSheet(3)]);
    expect(await writeSettings(excel.context, { amberTolerance: 0.05 })).toEqual([]);
    expect(excel.added).toEqual(["Settings"]);
    expect(excel.writes.map((w) => [w.address, w.target.values])).toEqual([
      ["A1", [["Setting"]]],
      ["B1", [["Value"]]],
      ["A2", [["Amber tolerance"]]],
      ["B2", [[0.05]]],
    ]);
  });

  test("a protected Settings sheet gives a finding and is not written", async () => {
    const settings = { name: "Settings", address: "A1:B1", values: [["Amber tolerance", 0.05]], protected: true };
    const excel = mockExcel([scorecardSheet(3), settings]);
    const findings = await writeSettings(excel.context, { amberTolerance: 0.1 });
    expect(findings[0]).toMatchObject({ severity: "error", sheet: "Settings", message: "The sheet Settings is protected, so the settings cannot be saved." });
    expect(excel.writes).toEqual([]);
  });
});
