import { cellText, isCellError, isFormulaWithoutResult } from "../grid";
import { isNationalRef, lookupKey, looksLocal, NationalIndicator, refKey } from "../catalogue";
import { Indicator, PeriodValue, Polarity } from "../model";
import { readNumber, singlePercent } from "../numbers";
import { filled, notAFigure, Row } from "./row-cells";
import { readFrequency, readPolarity, readUnit, readYesNo, takesMoneyShorthand } from "./indicator-fields";
import { baselineOf, readFigures, seriesOf, settlePercentages } from "./row-figures";
import { saysCumulative } from "../profile";
import { repeatsHeader, totalLabelCell, TotalRow } from "./table-rows";

// Reading one row of the scorecard into an Indicator, with a finding for every cell at fault.

export type { RowContext } from "./row-cells";

/** What a row of the table is: an indicator, a total or subtotal row (table-rows.ts), or neither (null). */
export type RowRead = Indicator | TotalRow | null;

export function isTotalRow(read: Indicator | TotalRow): read is TotalRow {
  return "label" in read;
}

/**
 * Reads sheet row `rowNumber` with the sheet's reader `r`; its findings go into `r.findings`, except
 * for a row that is not read as an indicator at all (a heading, a repeated header, a total).
 */
export function readIndicatorRow(r: Row, rowNumber: number): RowRead {
  const cells = r.ctx.sheet.values[rowNumber - 1];
  if (!cells) return null;
  let count = 0;
  for (let c = 0; c < cells.length && count < 2; c++) if (filled(cells[c])) count++;
  // Blank rows and headings (text in one cell only) are not indicators.
  if (count <= 1) return null;

  r.moveTo(rowNumber, cells);
  const findingsBefore = r.findings.length;
  const fields = r.fields;
  const refColumn = fields.ref!;
  const refValue = r.value(refColumn);
  if (isCellError(refValue)) {
    r.report("excel-error", r.at(refColumn), `The Ref cell holds the Excel error ${refValue.error}.`, "Type the indicator's reference, such as NI 151 or L18.1.");
    return null;
  }
  if (isFormulaWithoutResult(refValue)) {
    r.noResult(refColumn, refValue.formulaWithoutResult);
    return null;
  }
  const ref = typeof refValue === "number" && r.ctx.columns.niOnlyRef ? `NI ${refValue}` : r.text(refColumn);
  // The header repeated above a block of indicators is the header, read already.
  if (repeatsHeader(r.ctx, cells, ref)) return notRead(r, findingsBefore);
  const total = totalLabelCell(r.ctx, cells, ref);
  if (total) {
    notRead(r, findingsBefore);
    return { row: rowNumber, column: total, label: cellText(cells[total - 1]) };
  }
  const title = r.text(fields.indicator);
  if (!ref) {
    if (title) {
      r.report("no-ref", r.at(refColumn), `"${title}" has no Ref, so it is not read or rated.`,
        "Type the indicator's reference (such as NI 151 or L18.1) in this cell.");
    }
    return null;
  }
  const key = refKey(ref);
  const national = lookupKey(key);

  // The book's unit before the catalogue's: "tCO2/head" is not a percentage because NI 186 is one in the catalogue.
  const unitWritten = r.text(fields.unit);
  const unitStated = readUnit(unitWritten) ?? (unitWritten ? undefined : national?.unit);
  const figures = readFigures(r, takesMoneyShorthand(unitStated, unitWritten || (national?.unitText ?? "")), unitWritten);
  // A Ref-column heading beside, say, a lead's name or the priority's name ("P1 | Reducing crime"):
  // no reference-like Ref, no figure, and no title or no partnership.
  // The figures first: most rows have one, and then the Ref's patterns need not be tried.
  const headingLike = figures.figures === 0 && !isNationalRef(key) && !looksLocal(key);
  if (headingLike && (!title || !cellText(r.value(fields.partnership)))) return notRead(r, findingsBefore);

  const partnership = r.text(fields.partnership);
  if (fields.partnership && !partnership && !isCellError(r.value(fields.partnership)) && !isFormulaWithoutResult(r.value(fields.partnership))) {
    r.report("no-partnership", r.at(fields.partnership), `${ref} has no thematic partnership, so it is counted under (No partnership) and is in no partnership's rating or papers.`,
      "Type the name of the thematic partnership that answers for this indicator.");
  }

  const polarity = readRowPolarity(r, ref, national);
  const unit = unitStated ?? (figures.marked.includes(true) ? "percent" : "number");
  if (unit === "percent") settlePercentages(r, ref, figures);

  const frequencyText = r.text(fields.frequency);
  // Every key in one literal, in the order an indicator printed as JSON has always shown them: one
  // shape for every indicator. A key left undefined is not printed (shownDecimals where no format
  // says, cumulative where it is not one).
  const indicator: Indicator = {
    ref,
    refKey: key,
    title: title || national?.title || ref,
    partnership,
    priority: r.text(fields.priority) || null,
    leadOfficer: r.text(fields.leadOfficer) || null,
    polarity,
    unit,
    unitText: unitWritten || national?.unitText || null,
    frequency: readFrequency(frequencyText) ?? null,
    baseline: baselineOf(figures),
    shownDecimals: figures.shownDecimals >= 0 ? figures.shownDecimals : undefined,
    targets: seriesOf(figures, figures.targetsFrom, figures.actualsFrom),
    actuals: seriesOf(figures, figures.actualsFrom, figures.stretchFrom),
    stretchTargets: seriesOf(figures, figures.stretchFrom, figures.readings.length),
    tolerance: readTolerance(r, ref),
    rewardTarget: false,
    rewardValue: readRewardValue(r),
    row: rowNumber,
    cumulative: undefined,
  };
  // Marked only when it is one. A count (its unit stated: a number or money) with a year-to-date
  // actual is the year so far too; a rate's or a percentage's year to date is its position, and an
  // unstated unit says neither.
  const countSoFar = (unitStated === "number" || unitStated === "money") && indicator.actuals.some(isYearToDate);
  if (countSoFar || saysCumulative(title, unitWritten, frequencyText)) indicator.cumulative = true;
  // Without a Reward Y/N column, a reward value is what marks a reward target.
  indicator.rewardTarget = fields.rewardTarget ? readRewardTarget(r, ref) : (indicator.rewardValue ?? 0) > 0;
  return indicator;
}

/** A row that is not an indicator says nothing about its cells: what it reported is taken back. */
function notRead(r: Row, findingsBefore: number): null {
  r.findings.length = findingsBefore;
  return null;
}

const isYearToDate = (a: PeriodValue) => a.yearToDate === true;

function readTolerance(r: Row, ref: string): number | null {
  const column = r.fields.tolerance;
  // Most rows leave the tolerance to Settings.
  if (!column || r.value(column) === null) return null;
  const n = readNumber(r.value(column), r.numFmt(column));
  if (n.kind !== "number") {
    notAFigure(r, n, column);
    return null;
  }
  const tolerance = singlePercent(n);
  if (tolerance < 0 || tolerance > 1) {
    r.report("tolerance-out-of-range", r.at(column), `The tolerance of ${ref} is ${Math.round(tolerance * 1000) / 10}%, outside 0% to 100%.`,
      "Type the amber tolerance as a percentage such as 5%.");
  }
  return tolerance;
}

function readRewardTarget(r: Row, ref: string): boolean {
  const column = r.fields.rewardTarget!;
  const v = r.value(column);
  // A blank is No.
  if (v === null) return false;
  if (isCellError(v) || isFormulaWithoutResult(v)) {
    r.text(column); // reports the error value or the missing result
    return false;
  }
  const yes = typeof v === "object" ? undefined : readYesNo(v);
  if (yes === undefined) {
    r.report("reward-not-yes-no", r.at(column), `"${r.text(column)}" is not Y or N, so ${ref} is not counted as a reward target.`,
      "Type Y if this is a Performance Reward Grant target, N if not.");
  }
  return yes ?? false;
}

function readRewardValue(r: Row): number | null {
  const column = r.fields.rewardValue;
  // Most indicators are not reward targets.
  if (!column || r.value(column) === null) return null;
  const n = readNumber(r.value(column), null, true);
  if (n.kind === "number") return n.value;
  notAFigure(r, n, column);
  return null;
}

function readRowPolarity(r: Row, ref: string, national: NationalIndicator | undefined): Polarity | null {
  const column = r.fields.polarity;
  const written = r.text(column);
  if (written) {
    const p = readPolarity(written) ?? answeredPolarity(r.ctx.headers[column!] ?? "", written);
    if (p) return p;
    r.report("unreadable-polarity", polarityCell(r), `The polarity "${written}" of ${ref} cannot be read, so it cannot be rated.`,
      "Type Higher (higher is better) or Lower (lower is better); phrases such as \"Low is good\" or \"Higher is worse\" and arrows ↑ ↓ are read too.");
    return null;
  }
  // Two Polarity columns that do not say which counts: that error stands for every row, and the catalogue does not overrule them.
  if (r.ctx.columns.unsettled.fields.has("polarity")) return null;
  if (national?.polarity) return national.polarity;
  const where = column ? "Type Higher or Lower in this cell" : "Add a Polarity column and type Higher or Lower for this indicator";
  if (national) {
    r.report("no-polarity", polarityCell(r), `${ref} has no polarity, and the National Indicator catalogue gives no single direction for it.`,
      `${where}, as your agreement defines good performance for it.`);
  } else {
    r.report("no-polarity", polarityCell(r), `${ref} has no polarity, and it is not a National Indicator the catalogue knows.`,
      `${where} (higher is better, or lower is better), so it can be rated.`);
  }
  return null;
}

/** Where a polarity finding points: the Polarity cell, or the Ref cell without a Polarity column. */
function polarityCell(r: Row): string {
  return r.at(r.fields.polarity ?? r.fields.ref!);
}

/**
 * A Y/N answer under a header that asks the question ("Is high good?", "Higher is better"): Yes is
 * the header's direction, No the other one.
 */
function answeredPolarity(header: string, written: string): Polarity | undefined {
  const asked = readPolarity(header);
  const yes = ANSWERS[written.trim().toLowerCase()];
  if (!asked || yes === undefined) return undefined;
  return yes ? asked : asked === "higher" ? "lower" : "higher";
}

const ANSWERS: Record<string, boolean> = { y: true, yes: true, true: true, "✓": true, "✔": true, n: false, no: false, false: false, "✗": false, "✘": false };
