import { columnSpans, MAX_COLUMN } from "../../src/grid";

// The ranges the hidden-column questions are built from, for the Excel mock, modelled by their columns
// only (a column is hidden in every row or in none). Answers arrive only after context.sync, as
// Office.js gives them; a range past column XFD fails the whole batch at the sync, as Excel does.

/** What a batch has queued: answers to give and failures to throw at the next sync. */
export class MockBatch {
  private answers: (() => void)[] = [];
  private failure: unknown = null;
  /** How many times getColumnProperties was called. */
  columnQuestions = 0;

  answer(give: () => void): void {
    this.answers.push(give);
  }

  fail(location: string): void {
    this.failure ??= Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), {
      code: "InvalidArgument",
      debugInfo: { errorLocation: location },
    });
  }

  /** A batch Excel refused for another reason: nothing queued is answered. */
  discard(): void {
    this.failure = null;
    this.answers = [];
  }

  /** At context.sync: Excel refuses the batch, or answers everything asked. */
  settle(): void {
    const failure = this.failure;
    const answers = this.answers;
    this.failure = null;
    this.answers = [];
    if (failure) throw failure;
    for (const give of answers) give();
  }
}

const NOT_LOADED = "Error, property was not loaded";

/**
 * Columns first..last of a sheet whose hidden columns are `hidden` ("P:XFD"); `absent` for the used
 * range of an empty sheet, a null object whose every answer is null.
 */
export function columnsRange(batch: MockBatch, hidden: readonly string[], first: number, last: number, absent = false): Record<string, unknown> {
  const spans = columnSpans(hidden);
  const isHidden = (column: number) => spans.some(([from, to]) => column >= from && column <= to);
  const span = (from: number, to: number, location: string) => {
    if (from < 1 || to > MAX_COLUMN) {
      batch.fail(location);
      return columnsRange(batch, hidden, 1, 1, true);
    }
    return columnsRange(batch, hidden, from, to, absent);
  };
  let columnHidden: unknown = NOT_LOADED;
  const range: Record<string, unknown> = {
    getRow: () => span(first, last, "Range.getRow"),
    getLastCell: () => span(last, last, "Range.getLastCell"),
    getEntireRow: () => span(1, MAX_COLUMN, "Range.getEntireRow"),
    getOffsetRange: (_rows: number, columns: number) => span(first + columns, last + columns, "Range.getOffsetRange"),
    getColumnsAfter: (count = 1) => span(last + 1, last + count, "Range.getColumnsAfter"),
    getBoundingRect: (other: { first: number; last: number }) => span(Math.min(first, other.first), Math.max(last, other.last), "Range.getBoundingRect"),
    getColumnProperties: (options: Excel.ColumnPropertiesLoadOptions) => {
      if (options.columnHidden !== true || Object.keys(options).length !== 1) throw new Error("The mock answers getColumnProperties for columnHidden only");
      batch.columnQuestions++;
      let value: unknown;
      let answered = false;
      batch.answer(() => {
        answered = true;
        value = absent ? null : Array.from({ length: last - first + 1 }, (_, i) => ({ columnHidden: isHidden(first + i) }));
      });
      return {
        get value() {
          if (!answered) throw new Error("ClientResult.value read before context.sync");
          return value;
        },
      };
    },
    load: (props: string) => {
      if (props !== "columnHidden") throw new Error(`The mock loads only columnHidden on these ranges, not ${props}`);
      batch.answer(() => {
        const states = new Set(Array.from({ length: Math.min(last, MAX_COLUMN) - first + 1 }, (_, i) => isHidden(first + i)));
        columnHidden = absent ? null : states.size === 1 ? [...states][0] : null;
      });
      return range;
    },
    first,
    last,
  };
  Object.defineProperty(range, "columnHidden", { get: () => columnHidden });
  return range;
}

/** Workbook.functions with DATE as Excel works it out in the workbook's date system (its year from 1900 or 1904). */
export function mockFunctions(batch: MockBatch, date1904: boolean): Record<string, unknown> {
  return {
    date: (year: number, month: number, day: number) => {
      let value: unknown = NOT_LOADED;
      const result = {
        load: (props: string) => {
          if (props !== "value") throw new Error(`The mock loads a function's value only, not ${props}`);
          const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
          batch.answer(() => (value = days - (date1904 ? 1462 : 0)));
          return result;
        },
      };
      Object.defineProperty(result, "value", { get: () => value });
      return result;
    },
  };
}
