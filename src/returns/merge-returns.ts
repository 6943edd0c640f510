import { partnershipKey } from "../keys";
import { figureFormatBeside, formatFigure } from "../format";
import { refKey } from "../catalogue";
import { returnFinding, ReturnFinding } from "../findings";
import { a1, cellAt, columnLetters, numFmtAt, parseA1, SheetGrid, sheetCellRef, WorkbookGrids } from "../grid";
import { Analysis, Indicator, Period, PeriodValue, Scorecard } from "../model";
import { isPercentFormat, readNumber } from "../numbers";
import { formatPeriod, parsePeriod, periodIndex, samePeriod } from "../periods";
import { partnershipsWithPapers } from "../rollup";
import { plural } from "../words";
import { chaseList } from "./chase";
import { askedPeriod, earlierActuals, shownFigure } from "./figures";
import { indicatorsFingerprint, indicatorsOf } from "./fingerprint";
import { FigureChange, MergePlan, MergeRefused } from "./merge-model";
import { planTexts } from "./merge-texts";
import { readReturn, ReturnRead } from "./read-return";
import { RETURN_SHEETS } from "./return-book";

// The merge of partner returns (docs/returns.md, "How the merge decides"): each return is read and
// checked, each figure goes to its indicator's row found by Ref, in the column of the period it is
// for; a figure the scorecard already holds is never replaced unless asked; every doubt is a finding
// at the return's own cell. Nothing here writes: the plan says which cells, and the adapter writes them.

/** A return as read from its file; or, for a file that could not be opened as a workbook, the plain reason why. */
export type ReturnInput = { file: string; grids: WorkbookGrids } | { file: string; unreadable: string };

export interface MergeOptions {
  period: Period;
  /** Replace figures and words the scorecard already holds with the returns' (--overwrite). */
  overwrite: boolean;
}

/** A figure more than this many times the last one, or less than its reciprocal, is queried. */
const QUERY_RATIO = 3;

export function planMerge(analysis: Analysis, book: WorkbookGrids, returns: readonly ReturnInput[], options: MergeOptions): MergePlan {
  const scorecard = analysis.scorecard;
  if (!scorecard) throw new MergeRefused("The scorecard cannot be read, so no return can be merged into it; run validate to see why.");
  const grid = book.sheets.find((s) => s.name === scorecard.sheet)!;
  const known = partnershipsWithPapers(analysis.partnerships);
  const findings: ReturnFinding[] = [];
  const figures: FigureChange[] = [];
  const taken = new Map<string, { file: string; read: ReturnRead }>();
  const indicatorOf = new Map<FigureChange, Indicator>();
  const out: MergePlan["returns"] = [];
  const columns = actualColumns(scorecard);
  const missingColumns = new Map<string, Period>();
  if (!columns.some((c) => samePeriod(c.period, options.period))) missingColumns.set(formatPeriod(options.period), options.period);

  for (const input of returns) {
    if ("unreadable" in input) {
      findings.push(returnFinding("return-not-recognised", input.file, "", "", input.unreadable.replace(/\.$/, ""), "Nothing was taken from it"));
      out.push({ file: input.file, partnership: null, taken: false });
      continue;
    }
    const read = readReturn(input.file, input.grids);
    findings.push(...read.findings);
    const id = read.identity;
    if (!id) {
      out.push({ file: input.file, partnership: null, taken: false });
      continue;
    }
    const front = (cell: string) => [RETURN_SHEETS.front, cell] as const;
    const partnership = known.find((p) => partnershipKey(p.name) === partnershipKey(id.partnership))?.name;
    const period = parsePeriod(id.period, scorecard.settings.agreementStart);
    const first = partnership ? taken.get(partnershipKey(partnership)) : undefined;
    let refusal: ReturnFinding | undefined;
    if (!partnership) {
      refusal = returnFinding("return-other-partnership", input.file, ...front("B3"), `${input.file} is a return for "${id.partnership}", which is not a partnership on this scorecard`,
        `Check it was meant for this scorecard (it was made from ${id.book || "another book"}); nothing was taken from it`);
    } else if (!period || !samePeriod(period, options.period)) {
      // A later period is most often the officer's slip (returns made with --period, merged without it), not the lead's.
      const later = period && periodIndex(period) > periodIndex(options.period);
      refusal = returnFinding("return-other-period", input.file, ...front("B6"), `${input.file} is a return for ${id.period}, not ${formatPeriod(options.period)}`,
        later
          ? `Nothing was taken from it. To merge the ${id.period} returns, merge for ${id.period}: --period "${id.period}" on the command line, or that reporting period under Settings in the pane`
          : `Send ${partnership} this period's return; nothing was taken from this one`);
    } else if (first) {
      refusal = returnFinding("return-duplicate", input.file, ...front("B3"), `${input.file} is a second return for ${partnership}; ${first.file} was taken`,
        `Ask the lead which is final and merge that one alone; nothing was taken from ${input.file}`);
    }
    if (refusal || !partnership) {
      findings.push(refusal!);
      out.push({ file: input.file, partnership: partnership ?? id.partnership, taken: false });
      continue;
    }
    taken.set(partnershipKey(partnership), { file: input.file, read });
    out.push({ file: input.file, partnership, taken: true });
    const own = indicatorsOf(scorecard.indicators, partnership);
    if (id.fingerprint && id.fingerprint !== indicatorsFingerprint(own)) {
      findings.push(returnFinding("return-older-scorecard", input.file, RETURN_SHEETS.identity, "B7", `${input.file} was made before ${partnership}'s indicators changed on the scorecard`,
        "Its figures are matched by Ref; check the rows reported here, and send a new return next time"));
    }
    const rows = checkRows(read, own, findings);
    for (const { indicator, figure } of rows) {
      const change = figureChange(input.file, partnership, indicator, figure, grid, columns, options, findings, missingColumns);
      if (change) {
        figures.push(change);
        indicatorOf.set(change, indicator);
      }
    }
  }
  if (missingColumns.size) throw new MergeRefused(missingColumnSentence(scorecard.sheet, grid, scorecard.headerRow, columns, [...missingColumns.values()]));

  const texts = planTexts(analysis, book, [...taken.values()].map((t) => t.read), options.overwrite);
  return {
    period: options.period,
    returns: out,
    figures,
    texts: texts.changes,
    findings: [...findings, ...texts.findings],
    chase: chaseList(analysis, options.period, figures, texts.changes, out, [...findings, ...texts.findings]),
    scorecard: {
      sheet: scorecard.sheet,
      writes: figures.filter((f) => f.outcome === "written" || f.outcome === "overwritten").map((f) => ({ address: f.cell, cell: bookWrite(f, grid, indicatorOf.get(f)!) })),
    },
    commentary: texts.sheet,
  };
}

/** An actual column of the scorecard sheet and the period it holds. */
interface PeriodColumn {
  column: number;
  period: Period;
}

/**
 * The actual columns as the header row names them (a blank cell has no figure, but has its column): the
 * column account's, leaving out those that are not read (another counts) and year-to-date columns, which
 * a return's figure for the period is not; else, for a scorecard made by hand, the columns figures were read from.
 */
function actualColumns(scorecard: Scorecard): PeriodColumn[] {
  if (scorecard.columns) {
    return scorecard.columns.flatMap((c) => (c.reading.kind === "figures" && c.reading.series === "actual" && !c.reading.yearToDate && !c.note ? [{ column: c.column, period: c.reading.period }] : []));
  }
  const seen = new Map<number, PeriodColumn>();
  for (const a of scorecard.indicators.flatMap((i) => i.actuals)) seen.set(parseA1(a.cell).column, { column: parseA1(a.cell).column, period: a.period });
  return [...seen.values()];
}

/** A year's outturn and its Q4 figure answer for each other. */
function counterparts(a: Period, b: Period): boolean {
  const q4 = (p: Period) => p.kind === "quarter" && p.quarter === 4;
  return a.year === b.year && ((a.kind === "year" && q4(b)) || (b.kind === "year" && q4(a)));
}

type Row = { indicator: Indicator; figure: ReturnRead["figures"][number] };

/** Matches rows to indicators by Ref, reporting rows twice, added, deleted or re-sorted. */
function checkRows(read: ReturnRead, own: readonly Indicator[], findings: ReturnFinding[]): Row[] {
  const file = read.file;
  const byKey = new Map(own.map((i) => [i.refKey, i]));
  const counts = new Map<string, number>();
  for (const f of read.figures) counts.set(refKey(f.ref), (counts.get(refKey(f.ref)) ?? 0) + 1);
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const figure of read.figures) {
    const k = refKey(figure.ref);
    const indicator = byKey.get(k);
    if ((counts.get(k) ?? 0) > 1) {
      if (!seen.has(k)) findings.push({ ...returnFinding("return-row-twice", file, RETURN_SHEETS.figures, `A${figure.row}`, `${figure.ref} is on more than one row of ${file}`, "Neither figure was taken; ask the lead which is right"), ref: indicator?.ref ?? figure.ref });
      seen.add(k);
    } else if (!indicator) {
      findings.push(returnFinding("return-row-added", file, RETURN_SHEETS.figures, `A${figure.row}`, `${figure.ref} is not one of this partnership's indicators on the scorecard`,
        "A row the lead added, or an indicator since removed from the scorecard: not taken. Add the indicator to the scorecard first if it belongs there"));
    } else rows.push({ indicator, figure });
  }
  const returned = new Set(read.figures.map((f) => refKey(f.ref)));
  const made = (read.identity?.refs ?? []).map(refKey);
  const deleted = own.filter((i) => made.includes(i.refKey) && !returned.has(i.refKey)).map((i) => i.ref);
  if (deleted.length) {
    findings.push(returnFinding("return-row-deleted", file, RETURN_SHEETS.figures, "A1", `${plural(deleted.length, "row")} of ${file} ${deleted.length === 1 ? "was" : "were"} deleted: ${deleted.join(", ")}`,
      "Their figures are still missing and are on the chase list"));
  }
  const order = read.figures.map((f) => refKey(f.ref)).filter((k) => made.includes(k));
  const expected = made.filter((k) => order.includes(k));
  if (order.join("\n") !== expected.join("\n")) {
    findings.push(returnFinding("return-rows-resorted", file, RETURN_SHEETS.figures, "A1", `The rows of ${file} are in another order than they were sent in`, "Nothing to do: each figure was matched by its Ref"));
  }
  return rows;
}

function figureChange(
  file: string, partnership: string, indicator: Indicator, figure: Row["figure"], grid: SheetGrid, columns: readonly PeriodColumn[],
  options: MergeOptions, findings: ReturnFinding[], missing: Map<string, Period>,
): FigureChange | null {
  const n = readNumber(figure.figure, figure.numFmt);
  const at = (code: Parameters<typeof returnFinding>[0], message: string, hint: string) =>
    findings.push({ ...returnFinding(code, file, RETURN_SHEETS.figures, figure.figureCell, message, hint), ref: indicator.ref });
  // Only a blank is "nothing yet": a lead's words ("n/a", "tbc") are a figure not given, to chase.
  const words = typeof figure.figure === "string" ? figure.figure.trim() : "";
  if (n.kind === "none" && words) at("return-not-a-number", `${indicator.ref}: "${words}" is not a number`, "Not taken; ask the lead for the figure as a number");
  if (n.kind === "none") return null;
  if (n.kind !== "number") {
    at("return-not-a-number", `${indicator.ref}: "${"text" in n ? n.text : "error" in n ? n.error : "a formula"}" is not a number`, "Not taken; ask the lead for the figure as a number");
    return null;
  }
  const percent = indicator.unit === "percent";
  const value = percent && !n.percent ? n.value / 100 : n.value;
  if (percent && (value < 0 || value > 1)) {
    at("return-percent-out-of-range", `${indicator.ref}: ${shownFigure(value, indicator)}% is outside 0 to 100`, "Not taken; ask the lead for the percentage (45 for 45%)");
    return null;
  }
  const asked = askedPeriod(indicator, options.period);
  // The period's own column, else its counterpart's (a year's outturn and its Q4 answer for each other).
  const column = columns.find((c) => samePeriod(c.period, asked)) ?? columns.find((c) => counterparts(c.period, asked));
  if (!column) {
    missing.set(formatPeriod(asked), asked);
    return null;
  }
  const cell = a1(indicator.row, column.column);
  const target: PeriodValue = indicator.actuals.find((a) => a.cell === cell) ?? { period: column.period, value: null, cell };
  const last = earlierActuals(indicator, asked)[0];
  // As the papers print the indicator's figures (42.5%), with the decimals that tell these apart: every
  // figure shown here is one of the three, so their format is worked out once.
  const format = figureFormatBeside(indicator, [value, target.value, last?.value]);
  const show = (v: number) => formatFigure(v, format);
  const ratio = last && last.value ? value / last.value : 1;
  const queried = ratio > QUERY_RATIO || ratio < 1 / QUERY_RATIO;
  if (queried) {
    at("return-figure-queried", `${indicator.ref}: ${show(value)} is ${ratio > QUERY_RATIO ? "more than three times" : "less than a third of"} the last figure (${show(last!.value!)}, ${formatPeriod(last!.period)})`,
      "Ask the lead to confirm it: it is on the chase list");
  }
  const old = target.value;
  // A formula is the user's working (=41250/97000): a merge never types over it, even with --overwrite.
  const formula = grid.formulas?.includes(target.cell) ?? false;
  const same = old !== null && Math.abs(old - value) <= 1e-9 * Math.max(1, Math.abs(old), Math.abs(value));
  const outcome = formula ? (same ? "same" : "conflict") : old === null ? "written" : same ? "same" : options.overwrite ? "overwritten" : "conflict";
  const change: FigureChange = {
    partnership, ref: indicator.ref, title: indicator.title, period: formatPeriod(asked), sheet: grid.name, cell: target.cell,
    old, ...(target.typed ? { oldTyped: target.typed } : {}), value, shown: show(value), oldShown: old === null ? (target.typed ?? "blank") : show(old),
    file, returnCell: sheetCellRef(RETURN_SHEETS.figures, figure.figureCell), outcome, queried, ...(formula ? { formula } : {}),
  };
  if (outcome === "conflict" && formula) {
    findings.push(returnFinding("return-formula-cell", file, grid.name, target.cell, `${indicator.ref}: ${sheetCellRef(grid.name, target.cell)} holds a formula (showing ${change.oldShown}); the return (${change.returnCell}) says ${change.shown}`,
      "Not written, even when told to overwrite figures that differ; if the return is right, change the formula or type the figure in by hand"));
  } else if (outcome === "conflict") {
    at("return-conflict", `${indicator.ref}: the scorecard already holds ${change.oldShown} for ${change.period} (${sheetCellRef(grid.name, target.cell)}); the return says ${change.shown}`,
      "Not written; check which is right, then correct the scorecard by hand or merge again with --overwrite");
  }
  return change;
}

/** A figure as the book keeps it: on the row's percentage scale, with its neighbours' percent format. */
function bookWrite(change: FigureChange, grid: SheetGrid, indicator: Indicator): { value: number; numFmt?: string } {
  if (indicator.unit !== "percent") return { value: change.value };
  const { row, column } = parseA1(change.cell);
  const own = numFmtAt(grid, row, column);
  const neighbour = latestCell(indicator.actuals.filter((a) => a.cell !== change.cell));
  if (!neighbour) return isPercentFormat(own) ? { value: change.value } : { value: change.value, numFmt: "0%" };
  const at = parseA1(neighbour.cell);
  const fmt = numFmtAt(grid, at.row, at.column);
  const raw = cellAt(grid, at.row, at.column);
  if (isPercentFormat(fmt)) return isPercentFormat(own) ? { value: change.value } : { value: change.value, numFmt: fmt! };
  // The row keeps bare points (45 for 45%): the figure joins it on that scale.
  if (typeof raw === "number" && Math.abs(raw) > 1) return { value: Number((change.value * 100).toPrecision(12)) };
  return { value: change.value };
}

function latestCell(values: readonly PeriodValue[]): PeriodValue | undefined {
  return values.filter((v) => v.value !== null).sort((a, b) => periodIndex(b.period) - periodIndex(a.period))[0];
}

/**
 * Made before the returns go out: one sentence saying which column to insert when the scorecard has
 * no actual column for the period collected (so the officer adds it before the returns come back,
 * not at the merge); null when it has one.
 */
export function periodColumnToAdd(analysis: Analysis, book: WorkbookGrids, period: Period): string | null {
  const scorecard = analysis.scorecard;
  const grid = scorecard && book.sheets.find((s) => s.name === scorecard.sheet);
  if (!scorecard || !grid) return null;
  const columns = actualColumns(scorecard);
  if (columns.some((c) => samePeriod(c.period, period))) return null;
  return missingColumnSentence(scorecard.sheet, grid, scorecard.headerRow, columns, [period], "before the returns come back: the merge writes their figures there and never adds a column to your sheet.");
}

function missingColumnSentence(sheet: string, grid: SheetGrid, headerRow: number, columns: readonly PeriodColumn[], periods: Period[],
  then = "then merge again. Nothing was written; the merge never adds a column to your sheet."): string {
  const names = periods.sort((a, b) => periodIndex(a) - periodIndex(b)).map((p) => `"${p.kind === "year" ? `Actual ${formatPeriod(p)}` : formatPeriod(p)}"`);
  const last = columns.reduce((max, c) => Math.max(max, c.column), 0);
  // The next column may already be the user's (Tolerance in M): say insert, so nobody types over its header.
  const next = String(cellAt(grid, headerRow, last + 1) ?? "").trim();
  const where = last ? ` after column ${columnLetters(last)} ("${String(cellAt(grid, headerRow, last) ?? "")}")${next ? ` (before ${next} in ${columnLetters(last + 1)})` : ""}` : "";
  return `The ${sheet} sheet has no column for the returns' figures: insert ${names.length === 1 ? "a new column" : "new columns"}${where}, headed ${names.join(" and ")} in row ${headerRow}, ${then}`;
}
