import { isNationalRef, looksLocal, refKey } from "../catalogue";
import { a1, cellText, numFmtAt, SheetGrid } from "../grid";
import { classifyHeader, FieldRole, headerRank, headerText, isNiOnlyRefHeader, Series } from "../headers";
import { finding } from "../findings";
import { Finding, OwnColumn, Period } from "../model";
import { periodIndex } from "../periods";
import { Candidate, chooseColumn } from "./column-choice";

// What each column of the header row holds (workbook spec, "The scorecard sheet").

export interface PeriodColumn {
  column: number;
  period: Period;
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
  /** Warnings about header cells: periods that cannot be read, dates that end no quarter. */
  findings: Finding[];
}

const SERIES_WORD: Record<Series, string> = { target: "Target", actual: "Actual", stretch: "Stretch target" };

export function mapColumns(sheet: SheetGrid, row: number, agreementStart: number): MappedColumns {
  const map: ColumnMap = {
    fields: {}, targets: [], actuals: [], stretch: [], own: {}, niOnlyRef: false,
    fallbacks: new Map(), unsettled: { fields: new Set(), targetYears: new Set() },
  };
  const refCandidates: number[] = [];
  const findings: Finding[] = [];
  const cells = sheet.values[row - 1] ?? [];
  const fieldCandidates = new Map<FieldRole, Candidate[]>();
  const periodCandidates = new Map<string, { series: Series; period: Period; candidates: Candidate[] }>();
  for (let c = 1; c <= cells.length; c++) {
    const text = headerText(cells[c - 1], numFmtAt(sheet, row, c));
    if (!text) continue;
    const meaning = classifyHeader(text, agreementStart);
    const cell = a1(row, c);
    if (meaning.kind === "field") {
      if (meaning.role === "ref") refCandidates.push(c);
      else pushTo(fieldCandidates, meaning.role, { column: c, text, rank: headerRank(text) });
    } else if (meaning.kind === "target" || meaning.kind === "actual" || meaning.kind === "stretch") {
      const key = `${meaning.kind} ${meaning.period.kind} ${periodIndex(meaning.period)}`;
      let group = periodCandidates.get(key);
      if (!group) periodCandidates.set(key, (group = { series: meaning.kind, period: meaning.period, candidates: [] }));
      group.candidates.push({ column: c, text, rank: headerRank(text) });
    } else if (meaning.kind === "own") map.own[meaning.column] ??= c;
    else if (meaning.kind === "unreadable-period") {
      const word = SERIES_WORD[meaning.series];
      findings.push(finding("unreadable-period", sheet.name, cell,
        `The column "${text}" looks like ${meaning.series === "actual" ? "an" : "a"} ${word} column, but its period cannot be read, so it is ignored.`,
        `Name the period in the header, such as "${word} 2009/10" or "${word} Q2 2009/10" (quarters are Q1 to Q4).`));
    } else if (meaning.kind === "date-not-quarter-end") {
      findings.push(finding("date-not-quarter-end", sheet.name, cell,
        `The header ${meaning.date} is a date but not the last day of a quarter, so the column is ignored.`,
        `A date header names the quarter that ends on it: type 30/06, 30/09, 31/12 or 31/03 of the year, or write the period, such as "Q2 2009/10".`));
    }
  }
  settleColumns(map, fieldCandidates, periodCandidates, sheet.name, row, findings);
  return { map, refCandidates, findings };
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
  periodCandidates: Map<string, { series: Series; period: Period; candidates: Candidate[] }>,
  sheetName: string,
  row: number,
  findings: Finding[],
): void {
  const keep = (choice: { column: number; fallback: number[] }) => {
    if (choice.fallback.length) map.fallbacks.set(choice.column, choice.fallback);
  };
  for (const [role, candidates] of fieldCandidates) {
    const choice = chooseColumn(candidates, { field: role }, sheetName, row, findings);
    if (!choice) {
      map.unsettled.fields.add(role);
      continue;
    }
    map.fields[role] = choice.column;
    keep(choice);
  }
  const lists: Record<Series, PeriodColumn[]> = { target: map.targets, actual: map.actuals, stretch: map.stretch };
  for (const { series, period, candidates } of periodCandidates.values()) {
    const choice = chooseColumn(candidates, { series, period }, sheetName, row, findings);
    if (!choice) {
      if (series === "target") map.unsettled.targetYears.add(period.year);
      continue;
    }
    lists[series].push({ column: choice.column, period });
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
