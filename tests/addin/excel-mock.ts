import { OfficeMockObject } from "office-addin-mock";
import { parseA1 } from "../../src/grid";
import { columnsRange, MockBatch, mockFunctions } from "./excel-mock-columns";

// An Excel workbook under office-addin-mock, for the adapter's tests. Reads go through the mock's
// load/sync bookkeeping (an unloaded property reads as an error string, so a missing load shows up as
// a wrong value); writes are recorded per range so a test can list every cell the adapter touched.
// office-addin-mock cannot mock collections, so `worksheets.items` is supplied here, loaded only when
// the code asks for "items/name" and synced.

export interface MockSheet {
  name: string;
  /** Used range address without the sheet ("B2:D9"); omitted for an empty sheet. */
  address?: string;
  values?: unknown[][];
  numberFormat?: unknown[][];
  valueTypes?: unknown[][];
  protected?: boolean;
  position?: number;
  /** The used range answers null for values, as Excel may for a range past 5,000,000 cells. */
  valuesReadAsNull?: boolean;
  /** Merged areas ("A2:A4"), answered by Range.getMergedAreasOrNullObject as Excel writes them. */
  merges?: string[];
  /** Names of the charts already on the sheet. */
  charts?: string[];
  /** Hidden columns ("P:XFD"), answered by Range.getColumnProperties and Range.columnHidden. */
  hiddenColumns?: string[];
  /** What Range.formulas answers, in the shape of `values` ("=41250/97000"); the values themselves where omitted. */
  formulas?: unknown[][];
}

export interface RangeWrite {
  sheet: string;
  address: string;
  /** "range" from getRange, "areas" from getRanges. */
  kind: "range" | "areas";
  target: Record<string, unknown> & { format: { fill: Record<string, unknown>; font: Record<string, unknown> } & Record<string, unknown> };
}

export interface ChartCall {
  sheet: string;
  name?: string;
  type: string;
  source: RangeWrite;
  seriesBy: string;
  title: { text?: string };
  categories: RangeWrite | null;
  seriesColours: string[];
}

export interface ExcelMock {
  context: Excel.RequestContext;
  syncs(): number;
  /** How many times getMergedAreasOrNullObject was called. */
  mergesAsked(): number;
  /** How many times getColumnProperties was called (ExcelApi 1.9). */
  columnsAsked(): number;
  writes: RangeWrite[];
  added: string[];
  deleted: string[];
  charts: ChartCall[];
  /** Charts deleted, as "Sheet/Chart name". */
  chartsDeleted: string[];
  /** Ranges cleared, as "Sheet!address" ("Sheet!" for the whole sheet) with what was cleared. */
  cleared: string[];
}

export interface MockOptions {
  workbookProtected?: boolean;
  /** Makes the nth context.sync (1-based) fail with this error, as Excel rejects a batch. */
  failSync?: (n: number) => unknown;
  /** The workbook counts its dates from 1904 (Excel's DATE answers accordingly). */
  date1904?: boolean;
}

export function mockExcel(sheets: MockSheet[], options: MockOptions = {}): ExcelMock {
  const writes: RangeWrite[] = [];
  const added: string[] = [];
  const deleted: string[] = [];
  const charts: ChartCall[] = [];
  const chartsDeleted: string[] = [];
  const cleared: string[] = [];
  const keyOf = (i: number) => `sheet${i}`;

  const data: Record<string, unknown> = {};
  sheets.forEach((s, i) => {
    data[keyOf(i)] = {
      name: s.name,
      position: s.position ?? i,
      protection: { protected: s.protected ?? false },
      used: {
        address: `${quote(s.name)}!${s.address ?? "A1"}`,
        rowCount: (s.values ?? [[""]]).length,
        columnCount: Math.max(...(s.values ?? [[""]]).map((r) => r.length)),
        values: s.values ?? [[""]],
        numberFormat: s.numberFormat ?? (s.values ?? [[""]]).map((r) => r.map(() => "General")),
        valueTypes: s.valueTypes ?? (s.values ?? [[""]]).map((r) => r.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : "String"))),
      },
      shape: { address: `${quote(s.name)}!${s.address ?? "A1"}` },
      merged: { address: (s.merges ?? []).map((m) => `${quote(s.name)}!${m}`).join(", ") },
    };
  });
  const context = new OfficeMockObject({
    workbook: { worksheets: data, protection: { protected: options.workbookProtected ?? false } },
  }) as unknown as OfficeMockObject & { workbook: { worksheets: OfficeMockObject & Record<string, unknown> } };

  const batch = new MockBatch();
  (context.workbook as unknown as Record<string, unknown>).functions = mockFunctions(batch, options.date1904 ?? false);

  let syncs = 0;
  let mergesAsked = 0;
  const realSync = context.sync.bind(context);
  // Ranges got by address are outside the mock's object tree, so they are synced here too.
  const loose: OfficeMockObject[] = [];
  context.sync = async () => {
    syncs++;
    const failure = options.failSync?.(syncs);
    if (failure) {
      batch.discard();
      throw failure;
    }
    batch.settle();
    await realSync();
    for (const range of loose) await range.sync();
  };

  const worksheets = context.workbook.worksheets;
  const sheetMocks = sheets.map((s, i) => {
    const mock = worksheets[keyOf(i)] as Record<string, unknown> & { used: Record<string, unknown>; shape: Record<string, unknown>; merged: Record<string, unknown> };
    mock.isNullObject = false;
    mock.used.isNullObject = s.address === undefined;
    mock.getUsedRangeOrNullObject = () => mock.used;
    mock.merged.isNullObject = !s.merges?.length;
    const [from, to = from] = (s.address ?? "A1").split(":").map((cell) => parseA1(cell).column);
    // As Excel does, a question asked of an empty sheet's null-object used range fails the whole batch.
    const nullObjectAsked = (location: string) => {
      if (s.address === undefined) batch.fail(location);
    };
    mock.used.getMergedAreasOrNullObject = () => {
      mergesAsked++;
      nullObjectAsked("Range.getMergedAreasOrNullObject");
      return mock.merged;
    };
    mock.used.getRow = (row: number) => {
      nullObjectAsked("Range.getRow");
      return (columnsRange(batch, s.hiddenColumns ?? [], from, to, s.address === undefined).getRow as (r: number) => unknown)(row);
    };
    // getUsedRange is never a null object: an empty sheet answers A1 (Worksheet.getUsedRange's reference page).
    mock.shape.getMergedAreasOrNullObject = () => {
      mergesAsked++;
      return mock.merged;
    };
    mock.shape.getRow = (row: number) => (columnsRange(batch, s.hiddenColumns ?? [], from, to).getRow as (r: number) => unknown)(row);
    mock.getUsedRange = () => mock.shape;
    mock.used.clear = (applyTo: string) => cleared.push(`${s.name}!${s.address}:${applyTo}`);
    // The mock cannot hold null itself: the answer is replaced once loaded, as Excel gives it.
    if (s.valuesReadAsNull) Object.defineProperty(mock.used, "values", { get: () => null });
    addSheetMethods(mock, s.name, s);
    return mock;
  });

  let itemsLoaded = false;
  worksheets.load = ((props: string) => {
    if (props !== "items/name") throw new Error(`The mock loads worksheets only as "items/name", not ${props}`);
    sheetMocks.forEach((m) => (m as unknown as OfficeMockObject).load("name"));
    itemsLoaded = true;
    return worksheets;
  }) as never;
  Object.defineProperty(worksheets, "items", { get: () => (itemsLoaded ? sheetMocks : "Error, property was not loaded") });
  worksheets.getItem = (name: string) => {
    const i = sheets.findIndex((s) => s.name === name);
    if (i < 0) throw Object.assign(new Error(`No sheet ${name}`), { code: "ItemNotFound" });
    return sheetMocks[i];
  };
  worksheets.getItemOrNullObject = (name: string) => {
    const i = sheets.findIndex((s) => s.name === name);
    if (i >= 0) return sheetMocks[i];
    const missing = new OfficeMockObject({ protection: { protected: false }, position: 0 }) as unknown as Record<string, unknown>;
    missing.isNullObject = true;
    missing.delete = () => {
      throw new Error("delete on a null object");
    };
    return missing;
  };
  worksheets.add = (name: string) => {
    added.push(name);
    const sheet: Record<string, unknown> = { name };
    addSheetMethods(sheet, name);
    return sheet;
  };

  function addSheetMethods(sheet: Record<string, unknown>, name: string, data?: MockSheet): void {
    const range = (address: string | undefined, kind: RangeWrite["kind"]): RangeWrite["target"] => {
      if (address === undefined) {
        // The whole sheet (Worksheet.getRange() with no address): only clearing it is modelled.
        return { clear: (applyTo: string) => cleared.push(`${name}!:${applyTo}`), format: { fill: {}, font: {} } } as never;
      }
      const target = new OfficeMockObject({
        format: { fill: {}, font: {} },
        clear: (applyTo: string) => cleared.push(`${name}!${address}:${applyTo}`),
        // Whole columns ("B:B", for widths) hold no cells to read back.
        ...(data && kind === "range" && /\d/.test(address) ? cellsAt(data, address) : {}),
      });
      loose.push(target);
      const write = target as unknown as RangeWrite["target"];
      writes.push({ sheet: name, address, kind, target: write });
      return write;
    };
    sheet.getRange = (address?: string) => range(address, "range");
    sheet.getRanges = (address: string) => range(address, "areas");
    sheet.delete = () => deleted.push(name);
    const existing = (data?.charts ?? []).map((chartName) => ({ name: chartName, delete: () => chartsDeleted.push(`${name}/${chartName}`) }));
    let chartsLoaded = false;
    sheet.charts = {
      load: (props: string) => {
        if (props !== "items/name") throw new Error(`The mock loads charts only as "items/name", not ${props}`);
        chartsLoaded = true;
        return sheet.charts;
      },
      get items() {
        return chartsLoaded ? existing : "Error, property was not loaded";
      },
      add: (type: string, source: RangeWrite["target"], seriesBy: string) => {
        const call: ChartCall = {
          sheet: name,
          type,
          source: writes.find((w) => w.target === source) as RangeWrite,
          seriesBy,
          title: {},
          categories: null,
          seriesColours: [],
        };
        charts.push(call);
        return {
          set name(value: string) {
            call.name = value;
          },
          title: call.title,
          setPosition: () => undefined,
          axes: { categoryAxis: { setCategoryNames: (r: unknown) => (call.categories = writes.find((w) => w.target === r) ?? null) } },
          series: { getItemAt: (i: number) => ({ format: { fill: { setSolidColor: (c: string) => (call.seriesColours[i] = c) } } }) },
        };
      },
    };
  }

  return {
    context: context as unknown as Excel.RequestContext,
    syncs: () => syncs,
    mergesAsked: () => mergesAsked,
    columnsAsked: () => batch.columnQuestions,
    writes,
    added,
    deleted,
    charts,
    chartsDeleted,
    cleared,
  };
}

/** The values, formats and types of an existing sheet's cells at an address, for a block read. */
function cellsAt(sheet: MockSheet, address: string): Record<string, unknown[][]> {
  const origin = parseA1((sheet.address ?? "A1").split(":")[0]);
  const [from, to = from] = address.split(":").map(parseA1);
  const pick = (grid: unknown[][] | undefined, fill: unknown) =>
    Array.from({ length: to.row - from.row + 1 }, (_, r) =>
      Array.from({ length: to.column - from.column + 1 }, (_, c) => grid?.[from.row - origin.row + r]?.[from.column - origin.column + c] ?? fill),
    );
  const types = sheet.valueTypes ?? sheet.values?.map((r) => r.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : "String")));
  return { values: pick(sheet.values, ""), numberFormat: pick(sheet.numberFormat, "General"), valueTypes: pick(types, "Empty"), formulas: pick(sheet.formulas ?? sheet.values, "") };
}

function quote(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
