import { isNationalRef, looksLocal, refKey } from "../catalogue";
import { cellText, columnLetters, numFmtAt, SheetGrid } from "../grid";
import { FieldRole, headerField, headerRank, headerText, isNiOnlyRefHeader, Series } from "../headers";
import { ColumnAccount } from "../columns";
import { Finding, OwnColumn, Period } from "../model";
import { periodIndex } from "../periods";
import { Candidate, chooseColumn } from "./column-choice";
import { accountColumns, HeaderContext } from "./column-account";

// What each column of the header row holds (workbook spec, "The scorecard sheet").

export interface PeriodColumn {
  column: number;
  period: Period;
  /** The column holds the year to date at the period's quarter ("Actual YTD Q2 2009/10"). */
  yearToDate?: boolean;
}

export interface ColumnMap {
  /** The column of each field, 1-based, as chosen by column-choice.ts (the Ref: see chooseRefColumn). */
  fields: Partial<Record<FieldRole, number>>;
  targets: PeriodColumn[];
  actuals: PeriodColumn[];
  /** Stretch targets: read and shown, never rated as the target. */
  stretch: PeriodColumn[];
  own: Partial<Record<OwnColumn, number>>;
  /** The Ref column is headed "NI": a bare 151 there means NI 151. */
  niOnlyRef: boolean;
  /**
   * For a column read, the lower-ranked columns for the same thing ("Target 2009/10" behind
   * "Revised target 2009/10"), read in turn where its cell is blank.
   */
  fallbacks: Map<number, number[]>;
  /** Fields, and the years of targets, held by two columns whose headers do not say which counts: an error names both, and neither is read. */
  unsettled: { fields: Set<FieldRole>; targetYears: Set<number> };
}

export interface MappedColumns {
  map: ColumnMap;
  /** Every column whose header could be the Ref, in order. */
  refCandidates: number[];
  /** Warnings about header cells: periods that cannot be read, dates that end no quarter, columns not understood. */
  findings: Finding[];
  /** How every column was read (src/columns.ts). */
  accounts: ColumnAccount[];
  /** The rows of the header. */
  top: number;
  bottom: number;
}

/** Whether a row has a Ref-like and an Indicator-like header: the scorecard's header row. The Ref-like columns, or null. */
export function headerKeys(sheet: SheetGrid, row: number): { refs: number[]; indicator: number } | null {
  const cells = sheet.values[row - 1] ?? [];
  const refs: number[] = [];
  let indicator = 0;
  for (let c = 1; c <= cells.length; c++) {
    const text = headerText(cells[c - 1], numFmtAt(sheet, row, c));
    if (!text) continue;
    const role = headerField(text);
    if (role === "ref") refs.push(c);
    else if (role === "indicator" && !indicator) indicator = c;
  }
  return refs.length && indicator ? { refs, indicator } : null;
}

/** The column map of the header at `row` (up to column `width`), from the account of every column. */
export function mapColumns(sheet: SheetGrid, row: number, width: number, ctx: HeaderContext): MappedColumns {
  const map: ColumnMap = {
    fields: {}, targets: [], actuals: [], stretch: [], own: {}, niOnlyRef: false,
    fallbacks: new Map(), unsettled: { fields: new Set(), targetYears: new Set() },
  };
  const keys = headerKeys(sheet, row);
  const read = accountColumns(sheet, row, width, keys ? [...keys.refs, keys.indicator] : [], ctx);
  const refCandidates: number[] = [];
  const findings: Finding[] = [...read.findings];
  const fieldCandidates = new Map<FieldRole, Candidate[]>();
  const periodCandidates = new Map<string, { series: Series; period: Period; yearToDate: boolean; candidates: Candidate[] }>();
  for (const account of read.accounts) {
    const { reading, column: c, header: text } = account;
    if (reading.kind === "field") {
      if (reading.role === "ref") refCandidates.push(c);
      else pushTo(fieldCandidates, reading.role, { column: c, text, rank: headerRank(text) });
    } else if (reading.kind === "figures") {
      const key = `${reading.series} ${reading.period.kind} ${periodIndex(reading.period)}`;
      let group = periodCandidates.get(key);
      if (!group) periodCandidates.set(key, (group = { series: reading.series, period: reading.period, yearToDate: reading.yearToDate, candidates: [] }));
      group.candidates.push({ column: c, text, rank: headerRank(text) });
    } else if (reading.kind === "own") map.own[reading.column] ??= c;
  }
  settleColumns(map, fieldCandidates, periodCandidates, sheet.name, read.bottom, findings, read.accounts);
  return { map, refCandidates, findings, accounts: read.accounts, top: read.top, bottom: read.bottom };
}

function pushTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

/** One column per field and per period of each series, chosen by column-choice.ts; periods in column order. */
function settleColumns(
  map: ColumnMap,
  fieldCandidates: Map<FieldRole, Candidate[]>,
  periodCandidates: Map<string, { series: Series; period: Period; yearToDate: boolean; candidates: Candidate[] }>,
  sheetName: string,
  row: number,
  findings: Finding[],
  accounts: ColumnAccount[],
): void {
  const byColumn = new Map(accounts.map((a) => [a.column, a]));
  const note = (column: number, words: string) => {
    const account = byColumn.get(column);
    if (account) account.note = words;
  };
  const keep = (choice: { column: number; fallback: number[] }) => {
    if (!choice.fallback.length) return;
    map.fallbacks.set(choice.column, choice.fallback);
    for (const other of choice.fallback) note(other, `read only where ${columnLetters(choice.column)} is blank`);
  };
  const disputed = (candidates: Candidate[]) => {
    for (const c of candidates) note(c.column, `not read: ${candidates.filter((d) => d !== c).map((d) => columnLetters(d.column)).join(", ")} ${candidates.length === 2 ? "holds" : "hold"} the same, and no header says which counts`);
  };
  for (const [role, candidates] of fieldCandidates) {
    const choice = chooseColumn(candidates, { field: role }, sheetName, row, findings);
    if (!choice) {
      map.unsettled.fields.add(role);
      disputed(candidates);
      continue;
    }
    map.fields[role] = choice.column;
    for (const c of candidates) if (c.column !== choice.column && !choice.fallback.includes(c.column)) note(c.column, `not read: ${columnLetters(choice.column)} is read`);
    keep(choice);
  }
  const lists: Record<Series, PeriodColumn[]> = { target: map.targets, actual: map.actuals, stretch: map.stretch };
  for (const { series, period, yearToDate, candidates } of periodCandidates.values()) {
    const choice = chooseColumn(candidates, { series, period }, sheetName, row, findings);
    if (!choice) {
      if (series === "target") map.unsettled.targetYears.add(period.year);
      disputed(candidates);
      continue;
    }
    lists[series].push(yearToDate ? { column: choice.column, period, yearToDate } : { column: choice.column, period });
    keep(choice);
  }
  for (const list of Object.values(lists)) list.sort((a, b) => a.column - b.column);
}

// How many rows below the header are looked at to tell which of two Ref-like columns holds the refs.
const REF_SAMPLE_ROWS = 200;

/**
 * Where two columns could be the Ref (an "ID" of row numbers before "NI ref"), the one whose values
 * look like indicator refs wins: a reference (NI 151, L18.1, or a bare number under an "NI" header)
 * counts twice, other text once, a row number not at all. A tie goes to the first.
 */
export function chooseRefColumn(sheet: SheetGrid, headerRow: number, candidates: readonly number[], map: ColumnMap): void {
  let best = candidates[0];
  let bestScore = candidates.length === 1 ? Infinity : -1;
  for (const column of bestScore === Infinity ? [] : candidates) {
    const niOnly = isNiOnlyRefHeader(cellText(sheet.values[headerRow - 1]?.[column - 1] ?? null));
    let score = 0;
    const last = Math.min(sheet.values.length, headerRow + REF_SAMPLE_ROWS);
    for (let r = headerRow + 1; r <= last; r++) {
      const value = sheet.values[r - 1]?.[column - 1] ?? null;
      if (typeof value === "number") score += niOnly && Number.isInteger(value) && value >= 1 && value <= 199 ? 2 : 0;
      else if (typeof value === "string" && value.trim()) {
        const key = refKey(value);
        score += isNationalRef(key) || looksLocal(key) ? 2 : 1;
      }
    }
    if (score > bestScore) {
      best = column;
      bestScore = score;
    }
  }
  if (best === undefined) return;
  map.fields.ref = best;
  map.niOnlyRef = isNiOnlyRefHeader(cellText(sheet.values[headerRow - 1]?.[best - 1] ?? null));
}
