import { readFileSync } from "node:fs";
import * as path from "node:path";
import { analyse } from "../../src/engine";
import { loadWorkbook, mergedPackage, returnPackage } from "../../src/files";
import { Period } from "../../src/model";
import { partnershipsWithPapers } from "../../src/rollup";
import { makeReturns } from "../../src/returns/make-returns";
import { MergePlan } from "../../src/returns/merge-model";
import { planMerge } from "../../src/returns/merge-returns";

// The sample scorecard's returns, made and merged the way the commands do, for the tests.

export const SAMPLE_BYTES = new Uint8Array(readFileSync(path.join(__dirname, "../../templates/sample-scorecard.xlsx")));
export const Q2: Period = { kind: "quarter", year: 2009, quarter: 2 };

export interface MadeReturn {
  partnership: string;
  file: string;
  bytes: Uint8Array;
}

export async function sampleReturns(book: Uint8Array = SAMPLE_BYTES, period: Period = Q2): Promise<MadeReturn[]> {
  const loaded = await loadWorkbook(book);
  const analysis = analyse(loaded.grids);
  const partnerships = partnershipsWithPapers(analysis.partnerships).map((p) => p.name);
  return makeReturns(analysis, { book: "sample-scorecard.xlsx", period, partnerships }).map((r) => ({ partnership: r.partnership, file: r.fileName, bytes: returnPackage(r) }));
}

export function returnOf(returns: readonly MadeReturn[], partnership: string): MadeReturn {
  return returns.find((r) => r.partnership === partnership)!;
}

export async function merge(returns: readonly { file: string; bytes: Uint8Array }[], options: { overwrite?: boolean; book?: Uint8Array; period?: Period } = {}): Promise<{ plan: MergePlan; bytes: Uint8Array }> {
  const loaded = await loadWorkbook(options.book ?? SAMPLE_BYTES);
  const analysis = analyse(loaded.grids);
  const inputs = await Promise.all(returns.map(async (r) => ({ file: r.file, grids: (await loadWorkbook(r.bytes)).grids })));
  const plan = planMerge(analysis, loaded.grids, inputs, { period: options.period ?? Q2, overwrite: options.overwrite ?? false });
  return { plan, bytes: mergedPackage(loaded, plan) };
}

/** A cell's value in a book, read back by our loader. */
export async function cellOf(bytes: Uint8Array, sheet: string, row: number, column: number): Promise<unknown> {
  const loaded = await loadWorkbook(bytes);
  return loaded.grids.sheets.find((s) => s.name === sheet)!.values[row - 1]?.[column - 1] ?? null;
}

/**
 * The sample as the officer keeps editing it after the returns went out: every Commentary paragraph
 * reworded, so the words a return showed its lead are no longer the scorecard's.
 */
export async function sampleWithCommentaryReworded(): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(SAMPLE_BYTES) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Commentary")!;
  sheet.eachRow((row, n) => {
    if (n > 1 && typeof row.getCell(3).value === "string") row.getCell(3).value = `${row.getCell(3).value} (revised by the officer)`;
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
