import { WorkbookGrids } from "../../src/grid";
import { isTooBig, readSheetsInBlocks } from "./read-in-blocks";
import { sheetGrid } from "./sheet-grid";

// The open workbook as the engine's grids, in two round trips whatever the number of indicators: one
// for the sheet names, one for every sheet's used range (values, number formats and value types
// together). Only a workbook too big for one response (Excel on the web: 5 MB; any Excel: 5,000,000
// cells a range) is read in blocks.

export async function readWorkbookGrids(context: Excel.RequestContext): Promise<WorkbookGrids> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const sheets = worksheets.items.map((sheet) => {
    // valuesOnly: cells holding only formatting do not stretch the range (ExcelApi 1.4).
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address, values, numberFormat, valueTypes");
    return { name: sheet.name, used };
  });
  try {
    await context.sync();
  } catch (error) {
    if (!isTooBig(error)) throw error;
    return { sheets: await readSheetsInBlocks(context, sheets.map((s) => s.name)) };
  }
  // Past 5,000,000 cells Excel may answer null for values instead of failing ("Payload size limit
  // best practices", Excel performance docs): that too means read in blocks, never a crash.
  if (sheets.some(({ used }) => !used.isNullObject && !(Array.isArray(used.values) && Array.isArray(used.numberFormat) && Array.isArray(used.valueTypes)))) {
    return { sheets: await readSheetsInBlocks(context, sheets.map((s) => s.name)) };
  }

  return {
    sheets: sheets.map(({ name, used }) =>
      used.isNullObject ? { name, values: [], numFmts: [] } : sheetGrid(name, used.address, used.values, used.numberFormat, used.valueTypes),
    ),
  };
}
