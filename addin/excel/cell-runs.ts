import { a1 } from "../../src/grid";

// Formats are written per run of equal cells, not per cell: 10,000 statuses in a sorted scorecard
// are a few dozen runs, so the request to Excel stays small.

/** Addresses of runs of equal keys, grouped by key; undefined keys are left out (nothing to write). */
export type Runs = Map<string, string[]>;

/** Vertical runs in one column: keys[i] belongs to row firstRow + i. */
export function columnRuns(column: number, firstRow: number, keys: (string | undefined)[]): Runs {
  return collect(keys, (start, end) => range(a1(firstRow + start, column), a1(firstRow + end, column)));
}

/** Horizontal runs in one row: keys[i] belongs to column firstColumn + i. */
export function rowRuns(row: number, firstColumn: number, keys: (string | undefined)[]): Runs {
  return collect(keys, (start, end) => range(a1(row, firstColumn + start), a1(row, firstColumn + end)));
}

/** Adds the runs of `more` to `into`. */
export function mergeRuns(into: Runs, more: Runs): Runs {
  for (const [key, addresses] of more) for (const address of addresses) add(into, key, address);
  return into;
}

/**
 * The longest address list given to one Worksheet.getRanges call. Microsoft documents no limit; Excel
 * rejects longer lists with InvalidArgument, reported from about 8,200 characters and 513 areas on the
 * desktop and the web (OfficeDev/office-js#5198), so a quarter of that leaves a wide margin at the
 * cost of a few more calls.
 */
export const ADDRESS_LIST_LIMIT = 2000;

/** Joins addresses into comma lists for Worksheet.getRanges (RangeAreas, ExcelApi 1.9), each within the limit. */
export function addressLists(addresses: string[], limit = ADDRESS_LIST_LIMIT): string[] {
  const lists: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current && current.length + address.length + 1 > limit) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}

function collect(keys: (string | undefined)[], address: (start: number, end: number) => string): Runs {
  const runs: Runs = new Map();
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) continue;
    const key = keys[start];
    if (key !== undefined) add(runs, key, address(start, i - 1));
    start = i;
  }
  return runs;
}

function add(runs: Runs, key: string, address: string): void {
  const list = runs.get(key);
  if (list) list.push(address);
  else runs.set(key, [address]);
}

function range(from: string, to: string): string {
  return from === to ? from : `${from}:${to}`;
}
