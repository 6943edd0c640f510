import { WorkbookGrids } from "../../src/grid";
import { BASELINE, Capabilities, withoutFailedFeature } from "./capabilities";
import { askDateSystem } from "./date-system";
import { HiddenColumns } from "./hidden-columns";
import { isTooBig, readSheetsInBlocks } from "./read-in-blocks";
import { mergeAddresses, sheetGrid } from "./sheet-grid";

// The open workbook as the engine's grids, in two round trips whatever the number of indicators: one
// for the sheet names and the workbook's date system, one for every sheet's used range (values, number
// formats, value types and, with ExcelApi 1.13, merged areas, with 1.9 hidden columns, together). Only
// a workbook too big for one response (Excel on the web: 5 MB; any Excel: 5,000,000 cells a range) is
// read in blocks, and only a sheet with some, not all, columns hidden right of its used range costs one
// more (hidden-columns.ts).

export async function readWorkbookGrids(context: Excel.RequestContext, capabilities: Capabilities = BASELINE): Promise<WorkbookGrids> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const isDate1904 = askDateSystem(context);
  await context.sync();
  const date1904 = isDate1904();

  const names = worksheets.items.map((sheet) => sheet.name);
  const sheets = worksheets.items.map((sheet) => {
    // valuesOnly: cells holding only formatting do not stretch the range (ExcelApi 1.4).
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address, values, numberFormat, valueTypes");
    // The merge and hidden-column questions are asked of getUsedRange, which is the same range but
    // never a null object (an empty sheet answers A1): asked of an empty sheet's null object they
    // would fail the whole batch, and the read again without them would lose them for every sheet.
    const shape = capabilities.mergedAreas || capabilities.hiddenColumns ? sheet.getUsedRange(true) : null;
    shape?.load("address");
    // Merges tell the reader which cells a merged partnership name covers, as the file adapter does.
    const merged = capabilities.mergedAreas && shape ? shape.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    const hidden = capabilities.hiddenColumns && shape ? new HiddenColumns(shape) : null;
    return { name: sheet.name, used, merged, hidden };
  });
  try {
    await context.sync();
  } catch (error) {
    if (isTooBig(error)) return { sheets: await readSheetsInBlocks(context, names, undefined, capabilities, date1904) };
    // getMergedAreasOrNullObject fails past 512 merged areas in a range (its reference page): read
    // once more without what failed, so such a workbook is still read (as on an older Excel).
    const fewer = withoutFailedFeature(error, capabilities);
    if (fewer) return readWorkbookGrids(context, fewer);
    throw error;
  }
  // Past 5,000,000 cells Excel may answer null for values instead of failing ("Payload size limit
  // best practices", Excel performance docs): that too means read in blocks, never a crash.
  if (sheets.some(({ used }) => !used.isNullObject && !(Array.isArray(used.values) && Array.isArray(used.numberFormat) && Array.isArray(used.valueTypes)))) {
    return { sheets: await readSheetsInBlocks(context, names, undefined, capabilities, date1904) };
  }

  const read = sheets.map(({ name, used, merged, hidden }) => ({
    name,
    used,
    merges: merged && !merged.isNullObject && !used.isNullObject ? mergeAddresses(merged.address) : [],
    hidden: used.isNullObject ? null : hidden,
  }));
  await askColumnsAfter(context, read);

  return {
    sheets: read.map(({ name, used, merges, hidden }) =>
      used.isNullObject
        ? { name, values: [], numFmts: [] }
        : sheetGrid(name, used.address, used.values, used.numberFormat, used.valueTypes, { merges, hiddenColumns: hidden?.ranges(), date1904 }),
    ),
  };
}

/**
 * The one extra round trip, only for sheets with some (not all) columns hidden right of their used
 * range. Should Excel refuse it, those sheets' hidden columns stay unknown rather than the read fail.
 */
async function askColumnsAfter(context: Excel.RequestContext, sheets: { merges: string[]; hidden: HiddenColumns | null }[]): Promise<void> {
  const asking = sheets.filter(({ hidden }) => hidden?.needsColumnsAfter);
  if (asking.length === 0) return;
  for (const { hidden, merges } of asking) hidden?.askColumnsAfter(merges);
  try {
    await context.sync();
  } catch {
    for (const sheet of asking) sheet.hidden = null;
  }
}
