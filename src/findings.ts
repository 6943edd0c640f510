import { Finding, Severity } from "./model";

// Every finding the engine can report about a workbook, in one index: its code, its severity and
// the rule it enforces, in the words docs/rules.md uses ("Validation findings" lists the same codes,
// and tests/read/findings-index.test.ts checks that the two agree and that every code is produced).
// A finding is made only through `finding()` below, so a rule cannot report without being listed.

export const FINDINGS = {
  // Finding the scorecard (src/read/scorecard-header.ts, src/read/scorecard.ts)
  "no-scorecard": { severity: "error", rule: "No sheet is named as a scorecard and no sheet has a Ref and an Indicator header in its first 20 rows." },
  "no-header-row": { severity: "error", rule: "The sheet named Scorecard has no header row with a Ref and an Indicator column in its first 20 rows." },
  "two-scorecards": { severity: "warning", rule: "Another sheet also looks like a scorecard; the one with an accepted name is read." },
  "which-scorecard": { severity: "error", rule: "Two or more sheets look like scorecards and none has an accepted name, so which to read is not known." },
  "no-partnership-column": { severity: "error", rule: "The scorecard has no Thematic partnership column." },
  "unreadable-period": { severity: "warning", rule: "A Target or Actual column, or a header of period words alone, whose period cannot be read (Q5 2009/10, a quarter or months with no year in its header or the row above, the second half of a year, a year to date with nothing saying up to which quarter): the column is not read." },
  "column-not-understood": { severity: "warning", rule: "A column whose header the reader does not know (or that has none) over figures: its figures are not read. Say what it is in its header or in the Columns table on the Settings sheet." },
  "date-not-quarter-end": { severity: "warning", rule: "A header that is a date, but not the last day of a quarter: the column is ignored." },
  // Two columns for one thing (src/read/column-choice.ts)
  "two-columns-one-figure": { severity: "error", rule: "Two columns hold one figure (the same field, or the same kind of figure for one period) and neither header says which counts (Revised, Final, Original ...): neither is read." },
  "superseded-column": { severity: "warning", rule: "A column that another for the same figure replaces (Original beside Revised, Provisional beside Final): it is read only where the other is blank." },
  "second-text-column": { severity: "warning", rule: "Two columns could hold an indicator's title, priority or lead officer: the first is read." },
  // One indicator row (src/read/indicator-row.ts)
  "excel-error": { severity: "error", rule: "A cell the reader needs holds an Excel error value (#N/A, #DIV/0!, #REF!)." },
  "not-a-number": { severity: "error", rule: "A value that is not a number in a numeric column (baseline, target, actual, tolerance, reward value)." },
  "formula-without-result": { severity: "warning", rule: "A formula saved without its result (by a tool that does not calculate): its figure is unknown and is not used." },
  "no-ref": { severity: "warning", rule: "A row with an indicator's title but no Ref: it is not read or rated." },
  "no-partnership": { severity: "warning", rule: "An indicator with no thematic partnership: it counts in no partnership's rating." },
  "unreadable-polarity": { severity: "error", rule: "A polarity that cannot be read (anything but the polarity words and phrases of docs/workbook.md)." },
  "no-polarity": { severity: "error", rule: "No polarity for an indicator the National Indicator catalogue gives no direction for." },
  "tolerance-out-of-range": { severity: "warning", rule: "A tolerance outside 0% to 100%." },
  "reward-not-yes-no": { severity: "warning", rule: "A Reward cell that is not Y or N: the indicator is not counted as a reward target." },
  "mixed-percent-scales": { severity: "warning", rule: "One row holds percentages on both scales (45 beside 0.45)." },
  "percent-out-of-range": { severity: "warning", rule: "A percentage figure outside 0% to 100%." },
  // Rows of the table that are not indicators (src/read/table-rows.ts); a repeated header row is skipped without a word
  "total-row": { severity: "warning", rule: "Total or subtotal rows (Total, Sub-total, Safer Essex total ... with no indicator's Ref): not rated and counted in no partnership; one warning for the sheet, at the first." },
  // Across the rows (src/read/validate-scorecard.ts)
  "duplicate-ref": { severity: "error", rule: "A Ref used by two rows (both cells are named)." },
  "ref-not-national": { severity: "warning", rule: "NI and a number outside the National Indicator set (NI 1 to NI 199)." },
  "ref-unrecognised": { severity: "warning", rule: "A Ref that is neither a National Indicator nor shaped like a local indicator's reference." },
  "no-target-column": { severity: "warning", rule: "No target column for the year of the reporting period: a figure of that year cannot be rated (an indicator whose latest figure is earlier is rated on it, if that figure has a target of its own year; the warning names any that has none)." },
  "quarter-count-against-year": { severity: "warning", rule: "A count reported by quarter, not marked cumulative, whose Q1 to Q3 figure is rated against the whole year's target and is at most 60% of it: likely a part of the year held to all of it (Green for lower is better, Red for higher, whatever happened). Mark it cumulative, give quarterly targets, or, for a count at a point in time, leave it." },
  "no-target": { severity: "warning", rule: "An indicator with no target for the year of the reporting period (and no finding already at its target cell): a figure of that year cannot be rated. Its hint fits the cell: one marked tbc is asked for the target when it is agreed." },
  // Partnerships sheet (src/read/partnerships.ts)
  "partnerships-no-header": { severity: "warning", rule: "The Partnerships sheet has no header row with Partnership and Lead: the sheet is not used." },
  "no-lead": { severity: "warning", rule: "A partnership on the Partnerships sheet without a lead." },
  "partnership-not-listed": { severity: "warning", rule: "A partnership on the scorecard that the Partnerships sheet does not list." },
  "partnership-without-indicators": { severity: "warning", rule: "A partnership on the Partnerships sheet that no indicator of the scorecard names: it shows No data and its papers have no figures." },
  // Settings sheet (src/read/settings.ts)
  "unknown-setting": { severity: "warning", rule: "A row of the Settings sheet that names no known setting: it is ignored." },
  "unreadable-reporting-period": { severity: "warning", rule: "A reporting period that cannot be read: the latest period with an actual is used." },
  "unreadable-agreement-start": { severity: "warning", rule: "An agreement start that is not a financial year: 2008/09 is used." },
  "setting-not-a-percentage": { severity: "warning", rule: "A percentage setting that is not between 0% and 100%: its default is used." },
  // The Columns table on the Settings sheet (src/read/columns-table.ts)
  "columns-table-no-such-column": { severity: "warning", rule: "The Columns table names a column (by header or letter) the scorecard does not have: the entry is not used." },
  "columns-table-two-columns": { severity: "warning", rule: "The Columns table names a header that several columns share: the entry is not used; name each by its letter." },
  "columns-table-unreadable": { severity: "warning", rule: "The Columns table says a column is something that cannot be read: the column is read by the usual rules." },
  "setting-given-twice": { severity: "error", rule: "A setting given in two rows with different values (such as Reporting period and Period): both cells are named and neither is used." },
  "setting-repeated": { severity: "warning", rule: "A setting given in two rows with the same value: that value is used; delete one row." },
  "setting-bare-one": { severity: "warning", rule: "A percentage setting typed as a bare 1, read as 1%: type 1% or 100% to say which is meant." },
  "period-without-actuals": { severity: "warning", rule: "No indicator has an actual for the reporting period the Settings sheet gives (for a year, any figure of that year): every indicator is rated on an earlier figure." },
  // Commentary and meeting sheets (src/read/papers.ts)
  "paper-sheet-no-header": { severity: "warning", rule: "A Commentary, Attendance, Agenda, Actions or Forward plan sheet without its header row: left out of the papers." },
  "unknown-section": { severity: "warning", rule: "A Commentary row whose section is not one of the annual review's." },
  "commentary-partnership": { severity: "warning", rule: "Commentary rows with no partnership, or one the scorecard does not name: one warning for each name, at its first row." },
  "commentary-contradicts-figures": { severity: "warning", rule: "A Commentary paragraph names an indicator and says it was met, exceeded, on target or improving, and the scorecard says otherwise: printed in the papers as a prompt until changed." },
  "unknown-attendance": { severity: "warning", rule: "An Attendance value that is not Present, Apologies or In attendance (a note in brackets after one is kept): counted as Present." },
  // What a refresh would write (src/refresh.ts, src/read/merged-cells.ts)
  "summary-sheet-not-ours": { severity: "error", refreshOnly: true, rule: "A sheet named Partnership Summary that the tool did not make: a refresh would replace it." },
  "own-column-in-merge": { severity: "error", refreshOnly: true, rule: "An own column (Status ...) runs through merged cells below the header row." },
  "no-room-for-own-columns": { severity: "error", refreshOnly: true, rule: "The sheet is used up to its last column (XFD), so the own columns cannot be added after it." },
  "own-column-hidden": { severity: "warning", rule: "An own column would be written into a hidden column." },
} as const satisfies Record<string, { severity: Severity; rule: string; refreshOnly?: true }>;

export type FindingCode = keyof typeof FINDINGS;

/**
 * What the merge of partner returns can say about a return (src/returns; docs/rules.md, "Return
 * findings"; tests/returns/findings-index.test.ts). An error keeps that figure or return out; a
 * warning is taken with a note; a query is taken and goes on the chase list for the lead to confirm.
 */
export const RETURN_FINDINGS = {
  "return-not-recognised": { severity: "error", rule: "A file that is not a return this tool made (no Figures sheet with a Ref column): nothing is taken from it." },
  "return-no-identity": { severity: "warning", rule: "A return whose hidden identity sheet is missing or changed: its partnership and period are read from its front sheet." },
  "return-other-partnership": { severity: "error", rule: "A return for a partnership the scorecard does not have: nothing is taken from it." },
  "return-other-period": { severity: "error", rule: "A return for another period than the one being merged: nothing is taken from it." },
  "return-duplicate": { severity: "error", rule: "A second return for a partnership: only the first named is taken." },
  "return-older-scorecard": { severity: "warning", rule: "A return made before the partnership's indicators changed on the scorecard: figures are still matched by Ref." },
  "return-row-added": { severity: "warning", rule: "A row of a return whose Ref is not one of the partnership's indicators: it is not taken." },
  "return-row-deleted": { severity: "warning", rule: "An indicator the return was made with whose row is no longer in it: its figure is still missing." },
  "return-rows-resorted": { severity: "warning", rule: "A return whose rows were put in another order: each figure is matched by its Ref." },
  "return-row-twice": { severity: "error", rule: "A Ref on two rows of one return: neither figure is taken." },
  "return-not-a-number": { severity: "error", rule: "A figure that is not a number: it is not taken." },
  "return-percent-out-of-range": { severity: "error", rule: "A percentage outside 0 to 100: it is not taken." },
  "return-figure-queried": { severity: "query", rule: "A figure more than three times, or less than a third of, the indicator's last figure: taken, and queried with the lead." },
  "return-formula-cell": { severity: "warning", rule: "A scorecard cell a return's figure would go into holds a formula: it is never written, even with --overwrite." },
  "return-conflict": { severity: "warning", rule: "The scorecard already holds a different figure or text: not written unless the merge is told to overwrite (--overwrite); both values are listed." },
} as const satisfies Record<string, { severity: ReturnSeverity; rule: string }>;

export type ReturnSeverity = Severity | "query";
export type ReturnFindingCode = keyof typeof RETURN_FINDINGS;

/** A finding about one partner return, at its file, sheet and cell. */
export interface ReturnFinding {
  code: ReturnFindingCode;
  severity: ReturnSeverity;
  /** The return's file name. */
  file: string;
  sheet: string;
  cell: string;
  message: string;
  hint: string;
  /** The indicator a figure's finding is about, so the chase list names it once (not also as missing). */
  ref?: string;
}

/** A return finding of a listed kind; its severity is the index's. */
export function returnFinding(code: ReturnFindingCode, file: string, sheet: string, cell: string, message: string, hint: string): ReturnFinding {
  return { code, severity: RETURN_FINDINGS[code].severity, file, sheet, cell, message, hint };
}

/** A finding of a listed kind; its severity is the index's. */
export function finding(code: FindingCode, sheet: string, cell: string, message: string, hint: string): Finding {
  return { code, severity: FINDINGS[code].severity, sheet, cell, message, hint };
}

/**
 * An error that stops only a refresh (what it would write has no place, or a place that is the
 * user's): the figures are sound, so statuses, checks and papers still come from them. (A protected
 * sheet is only found by the refresh itself, which says so where it was asked.)
 */
export function blocksRefreshOnly(f: Finding): boolean {
  if (f.severity !== "error" || !f.code) return false;
  return "refreshOnly" in FINDINGS[f.code];
}

/** Whether any finding makes the figures untrustworthy: then no status, summary or paper is shown. */
export function blocksReading(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error" && !blocksRefreshOnly(f));
}
