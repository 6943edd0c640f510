import { isNationalRef, looksLocal, refKey } from "../catalogue";
import { a1, cellText, numFmtAt, SheetGrid } from "../grid";
import { classifyHeader, FieldRole, headerText, isNiOnlyRefHeader, Series } from "../headers";
import { finding } from "../findings";
import { Finding, OwnColumn, Period } from "../model";

// What each column of the header row holds (workbook spec, "The scorecard sheet").

export interface PeriodColumn {
  column: number;
  period: Period;
}

export interface ColumnMap {
  /** The column of each field, 1-based: the first one, except the Ref (see chooseRefColumn). */
  fields: Partial<Record<FieldRole, number>>;
  targets: PeriodColumn[];
  actuals: PeriodColumn[];
  /** Stretch targets: read and shown, never rated as the target. */
  stretch: PeriodColumn[];
  own: Partial<Record<OwnColumn, number>>;
  /** The Ref column is headed "NI": a bare 151 there means NI 151. */
  niOnlyRef: boolean;
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
  const map: ColumnMap = { fields: {}, targets: [], actuals: [], stretch: [], own: {}, niOnlyRef: false };
  const refCandidates: number[] = [];
  const findings: Finding[] = [];
  const cells = sheet.values[row - 1] ?? [];
  const lists: Record<Series, PeriodColumn[]> = { target: map.targets, actual: map.actuals, stretch: map.stretch };
  for (let c = 1; c <= cells.length; c++) {
    const text = headerText(cells[c - 1], numFmtAt(sheet, row, c));
    if (!text) continue;
    const meaning = classifyHeader(text, agreementStart);
    const cell = a1(row, c);
    if (meaning.kind === "field") {
      if (meaning.role === "ref") refCandidates.push(c);
      else map.fields[meaning.role] ??= c;
    } else if (meaning.kind === "target" || meaning.kind === "actual" || meaning.kind === "stretch") {
      lists[meaning.kind].push({ column: c, period: meaning.period });
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
  return { map, refCandidates, findings };
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
