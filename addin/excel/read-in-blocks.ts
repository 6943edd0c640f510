import { a1, MAX_COLUMN, parseA1, SheetGrid } from "../../src/grid";
import { officeErrorCode } from "./office-failure";
import { BASELINE, Capabilities, withoutFailedFeature } from "./capabilities";
import { HiddenColumns } from "./hidden-columns";
import { mergeAddresses, sheetGrid, topLeft } from "./sheet-grid";

// The fallback read for a workbook too big for one response: Excel on the web answers at most 5 MB
// per request, and a range read at most 5,000,000 cells. Only then is the read split into blocks of
// rows, a few requests more; a workbook that fits is read in one (read-grids.ts).

/** Cells per request: three properties a cell at some 30 bytes each stays near 1.5 MB. */
export const CELLS_PER_REQUEST = 50_000;

const TOO_BIG = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "RangeExceedsLimit", "OperationCellsExceedLimit"]);

export function isTooBig(error: unknown): boolean {
  return TOO_BIG.has(officeErrorCode(error));
}

interface Block {
  sheet: number;
  address: string;
  rows: number;
}

export async function readSheetsInBlocks(
  context: Excel.RequestContext,
  names: string[],
  cellsPerRequest = CELLS_PER_REQUEST,
  capabilities: Capabilities = BASELINE,
  /** The workbook counts its dates from 1904 (read-grids.ts asks). */
  date1904 = false,
): Promise<SheetGrid[]> {
  try {
    return await readBlocks(context, names, cellsPerRequest, capabilities, date1904);
  } catch (error) {
    // Long text can make even a block too big for 5 MB: halve the blocks, down to one row a request.
    if (isTooBig(error) && cellsPerRequest > 1) return readSheetsInBlocks(context, names, Math.floor(cellsPerRequest / 2), capabilities, date1904);
    // Past 512 merged areas Excel refuses to list them: read without what failed.
    const fewer = withoutFailedFeature(error, capabilities);
    if (fewer) return readSheetsInBlocks(context, names, cellsPerRequest, fewer, date1904);
    throw error;
  }
}

async function readBlocks(context: Excel.RequestContext, names: string[], cellsPerRequest: number, capabilities: Capabilities, date1904: boolean): Promise<SheetGrid[]> {
  const worksheets = context.workbook.worksheets;
  const merged: (Excel.RangeAreas | null)[] = [];
  const used = names.map((name) => {
    const sheet = worksheets.getItem(name);
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("address, rowCount, columnCount");
    // Asked of getUsedRange, never a null object (read-grids.ts says why); an empty sheet's answer is unused.
    const areas = capabilities.mergedAreas ? sheet.getUsedRange(true).getMergedAreasOrNullObject() : null;
    areas?.load("address");
    merged.push(areas);
    return range;
  });
  await context.sync();

  // Hidden columns ride with the first block. The used range is known now, so the columns right of
  // it an own column could take are asked one by one at once, and nothing is asked right of XFD.
  const hidden = used.map((range, i) => {
    if (!capabilities.hiddenColumns || range.isNullObject) return null;
    const reachesLastColumn = parseA1(topLeft(range.address)).column + range.columnCount - 1 >= MAX_COLUMN;
    const asked = new HiddenColumns(range, reachesLastColumn);
    if (!reachesLastColumn) asked.askColumnsAfter(mergesOf(merged[i]));
    return asked;
  });

  // Every sheet's rows cut into blocks of whole rows, each block at most cellsPerRequest cells.
  const blocks: Block[] = [];
  used.forEach((range, sheet) => {
    if (range.isNullObject) return;
    const { row: top, column: left } = parseA1(topLeft(range.address));
    const per = Math.max(1, Math.floor(cellsPerRequest / Math.max(1, range.columnCount)));
    for (let r = 0; r < range.rowCount; r += per) {
      const rows = Math.min(per, range.rowCount - r);
      blocks.push({ sheet, rows, address: `${a1(top + r, left)}:${a1(top + r + rows - 1, left + range.columnCount - 1)}` });
    }
  });

  const parts = names.map(() => ({ values: [] as unknown[][], numberFormat: [] as unknown[][], valueTypes: [] as unknown[][] }));
  let queued: { block: Block; range: Excel.Range }[] = [];
  let cells = 0;
  const flush = async () => {
    await context.sync();
    for (const { block, range } of queued) {
      parts[block.sheet].values.push(...range.values);
      parts[block.sheet].numberFormat.push(...range.numberFormat);
      parts[block.sheet].valueTypes.push(...range.valueTypes);
    }
    queued = [];
    cells = 0;
  };
  for (const block of blocks) {
    const size = block.rows * Math.max(1, used[block.sheet].columnCount);
    if (queued.length > 0 && cells + size > cellsPerRequest) await flush();
    const range = worksheets.getItem(names[block.sheet]).getRange(block.address);
    range.load("values, numberFormat, valueTypes");
    queued.push({ block, range });
    cells += size;
  }
  if (queued.length > 0) await flush();

  return names.map((name, i) =>
    used[i].isNullObject
      ? { name, values: [], numFmts: [] }
      : sheetGrid(name, used[i].address, parts[i].values, parts[i].numberFormat, parts[i].valueTypes, {
          merges: mergesOf(merged[i]),
          hiddenColumns: hidden[i]?.ranges(),
          date1904,
        }),
  );
}

function mergesOf(areas: Excel.RangeAreas | null): string[] {
  return areas && !areas.isNullObject ? mergeAddresses(areas.address) : [];
}
