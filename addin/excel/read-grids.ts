import { WorkbookGrids } from "../../src/grid";
import { BASELINE, Capabilities } from "./capabilities";
import { isTooBig, readSheetsInBlocks } from "./read-in-blocks";
import { mergeAddresses, sheetGrid } from "./sheet-grid";

// The open workbook as the engine's grids, in two round trips whatever the number of indicators: one
// for the sheet names, one for every sheet's used range (values, number formats, value types and, with
// ExcelApi 1.13, merged areas together). Only a workbook too big for one response (Excel on the web:
// 5 MB; any Excel: 5,000,000 cells a range) is read in blocks.

export async function readWorkbookGrids(context: Excel.RequestContext, capabilities: Capabilities = BASELINE): Promise<WorkbookGrids> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const names = worksheets.items.map((sheet) => sheet.name);
  const sheets = worksheets.items.map((sheet) => {
    // valuesOnly: cells holding only formatting do not stretch the range (ExcelApi 1.4).
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address, values, numberFormat, valueTypes");
    // Merges tell the reader which cells a merged partnership name covers, as the file adapter does.
    const merged = capabilities.mergedAreas ? used.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    return { name: sheet.name, used, merged };
  });
  try {
    await context.sync();
  } catch (error) {
    if (isTooBig(error)) return { sheets: await readSheetsInBlocks(context, names, undefined, capabilities) };
    // getMergedAreasOrNullObject fails past 512 merged areas in a range (its reference page): read
    // once more without merges, so such a workbook is still read (as on an Excel without 1.13).
    if (capabilities.mergedAreas) return readWorkbookGrids(context, { ...capabilities, mergedAreas: false });
    throw error;
  }
  // Past 5,000,000 cells Excel may answer null for values instead of failing ("Payload size limit
  // best practices", Excel performance docs): that too means read in blocks, never a crash.
  if (sheets.some(({ used }) => !used.isNullObject && !(Array.isArray(used.values) && Array.isArray(used.numberFormat) && Array.isArray(used.valueTypes)))) {
    return { sheets: await readSheetsInBlocks(context, names, undefined, capabilities) };
  }

  return {
    sheets: sheets.map(({ name, used, merged }) =>
      used.isNullObject
        ? { name, values: [], numFmts: [] }
        : sheetGrid(name, used.address, used.values, used.numberFormat, used.valueTypes, merged && !merged.isNullObject ? mergeAddresses(merged.address) : []),
    ),
  };
}
