import { SUMMARY_MARK_LINE } from "../../src/keys";
import ExcelJS from "exceljs";
import { RefreshPlan } from "../../src/refresh-plan";

// A small scorecard with everything a user's book holds that a refresh must not disturb: formulas,
// styles, fonts, fills, borders, notes, merged cells, defined names, widths, hidden rows, other
// sheets and data validation.

export async function fixtureBook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("LAA Scorecard");
  sheet.mergeCells("A1:E1");
  sheet.getCell("A1").value = "Essex LAA Scorecard, Quarter 2 2009/10";
  sheet.getCell("A1").font = { name: "Arial", size: 14, bold: true, color: { argb: "FF1F4E79" } };
  sheet.getRow(2).values = ["Ref", "Indicator", "Thematic partnership", "Target 2009/10", "Q2 2009/10"];
  sheet.getRow(2).eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    c.border = { bottom: { style: "thin", color: { argb: "FF000000" } } };
  });
  sheet.getRow(3).values = ["Safer Essex"];
  sheet.getRow(4).values = ["NI 20", "Assault with injury crime rate", "Safer Essex", 6.5, 6.1];
  sheet.getRow(5).values = ["NI 17", "Perceptions of anti-social behaviour", "Safer Essex", 0.2, "tbc"];
  sheet.getRow(6).values = ["NI 151", "Overall employment rate", "GEPF", 0.78];
  sheet.getCell("E6").value = { formula: "D6*0.98", result: 0.7644 };
  sheet.getCell("D5").numFmt = "0%";
  sheet.getCell("B4").note = "Rate per 1,000 population";
  sheet.getCell("C4").dataValidation = { type: "list", allowBlank: true, formulae: ['"Safer Essex,GEPF"'] };
  sheet.getRow(5).hidden = true;
  sheet.getColumn(2).width = 42;
  sheet.getCell("F4").value = "user note beside the table";
  book.definedNames.add("'LAA Scorecard'!$D$4:$D$6", "Targets");
  sheet.views = [{ state: "frozen", ySplit: 2 }];
  sheet.pageSetup.orientation = "landscape";
  sheet.pageSetup.printArea = "A1:E6";
  sheet.properties.tabColor = { argb: "FF00B050" };
  sheet.addConditionalFormatting({
    ref: "E4:E6",
    rules: [{ type: "cellIs", operator: "lessThan", formulae: ["D4"], priority: 1, style: { font: { color: { argb: "FF9C0006" } } } }],
  });

  const other = book.addWorksheet("Notes");
  other.getCell("A1").value = { richText: [{ text: "Read " }, { text: "me", font: { italic: true } }] };
  other.getCell("A2").value = { text: "Essex Partnership", hyperlink: "https://www.essexpartnership.org/" };
  other.getCell("A3").value = new Date(Date.UTC(2009, 1, 20));
  other.getCell("A4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  other.getCell("A5").value = { error: "#N/A" };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A plan as the engine would make it for the fixture: own columns F.. appended, and a summary sheet. */
export function fixturePlan(): RefreshPlan {
  const cell = (value: string) => ({ value, fill: value === "Green" ? "C6EFCE" : "FFC7CE" });
  return {
    sheet: "LAA Scorecard",
    columns: [
      { name: "Status", column: 7, headerRow: 2, writeHeader: true, firstRow: 3, cells: [null, cell("Green"), cell("Red"), null] },
      {
        name: "Planned improvement achieved",
        column: 8,
        headerRow: 2,
        writeHeader: true,
        firstRow: 3,
        cells: [null, { value: 0.75, numFmt: "0%" }, { value: null }, null],
      },
    ],
    summary: {
      sheet: "Partnership Summary",
      rows: [
        [{ value: SUMMARY_MARK_LINE, bold: true }],
        [],
        [{ value: "Partnership", bold: true }, { value: "% on target", bold: true }],
        [{ value: "Safer Essex" }, { value: 0.5, numFmt: "0%", fill: "FFEB9C" }],
      ],
      headerRow: 3,
      partnershipRows: 1,
      columnWidths: [30, 12],
    },
  };
}
