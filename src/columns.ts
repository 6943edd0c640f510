import type { FieldRole, IgnoredReason, Series } from "./headers";
import type { OwnColumn, Period } from "./model";
import { formatPeriod } from "./periods";

// How the scorecard sheet was read, column by column (docs/workbook.md, "How the sheet was read"):
// every column of the header row(s) is read as something, ignored for a stated reason, or not
// understood (and then a warning names its header cell). The reader builds the column map from it,
// and `validate --columns` and the pane's Check view show it, so nothing falls out in silence.

export type ColumnReading =
  | { kind: "field"; role: FieldRole }
  | { kind: "figures"; series: Series; period: Period; yearToDate: boolean }
  | { kind: "own"; column: OwnColumn }
  | { kind: "ignored"; reason: IgnoredReason | "told" | "not used" | "no header" }
  | { kind: "not-understood" };

export interface ColumnAccount {
  /** 1-based column. */
  column: number;
  letter: string;
  /** The cell a finding about the column names: its lowest header cell. */
  cell: string;
  /** The header as typed, two header rows joined by " / " ("2009/10 / Q1"); "" when it has none. */
  header: string;
  reading: ColumnReading;
  /** The Settings sheet's Columns table said what the column is (and the reader's rules were not asked). */
  told: boolean;
  /** Why a column read as something is not (or not always) used: another column counts, or they are in dispute. */
  note?: string;
}

const FIELD_WORDS: Record<FieldRole, string> = {
  ref: "Ref",
  indicator: "Indicator",
  partnership: "Thematic partnership",
  priority: "Priority",
  leadOfficer: "Lead officer",
  polarity: "Polarity",
  unit: "Unit",
  frequency: "Frequency",
  baseline: "Baseline",
  tolerance: "Tolerance",
  rewardTarget: "Reward (Y or N)",
  rewardValue: "Reward value",
};

/** A series as a header names it: "Target", "Actual", "Stretch target". */
export const SERIES_WORDS: Record<Series, string> = { target: "Target", actual: "Actual", stretch: "Stretch target" };

const IGNORED_WORDS: Record<Extract<ColumnReading, { kind: "ignored" }>["reason"], string> = {
  commentary: "commentary",
  notes: "notes",
  status: "a RAG or status column of your own",
  forecast: "a forecast, nobody's actual yet",
  source: "the data's source",
  comparison: "worked out from other figures",
  "reward detail": "reward detail (only Reward and Reward value are read)",
  label: "a label, not a figure",
  "row number": "numbers the rows",
  told: "the Columns table in Settings says so",
  "not used": "not a column the reader uses",
  "no header": "no header",
};

/** What a column was read as, in the words of the column map: "Actual, Q2 2009/10", "Target, 2009/10", "ignored: notes". */
export function readAs(reading: ColumnReading): string {
  switch (reading.kind) {
    case "field":
      return FIELD_WORDS[reading.role];
    case "figures":
      return `${SERIES_WORDS[reading.series]}, ${formatPeriod(reading.period)}${reading.yearToDate ? " (year to date)" : ""}`;
    case "own":
      return `${reading.column} (written by a refresh)`;
    case "ignored":
      return `ignored: ${IGNORED_WORDS[reading.reason]}`;
    case "not-understood":
      return "not understood";
  }
}

/** The column map's line for one column, with the reason it is not always used. */
export function accountLine(account: ColumnAccount): string {
  const read = readAs(account.reading);
  const told = account.told && account.reading.kind !== "ignored" ? " (as the Columns table in Settings says)" : "";
  return `${read}${told}${account.note ? `; ${account.note}` : ""}`;
}
