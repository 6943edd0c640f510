import { a1 } from "../grid";
import { finding } from "../findings";
import { isNationalRef, lookupKey, looksLocal } from "../catalogue";
import { Finding, Indicator, PeriodValue, Scorecard } from "../model";
import { formatPeriod, formatYear } from "../periods";
import { resolveReportingPeriod } from "../reporting-period";
import { saysNotApplicable } from "../due";
import { isRated, latestActual, rateIndicator } from "../status";
import { joinAnd, plural } from "../words";
import { ColumnMap } from "./scorecard-header";

// Checks across the rows of a read scorecard (workbook spec, "Validation"): duplicated Refs,
// Refs nobody would recognise, and indicators with no target for the reporting year.

/**
 * The Refs, in one pass over the indicators: every later row that repeats a Ref is an error naming
 * both cells, and a Ref that is neither a National Indicator the catalogue knows nor shaped like a
 * local one (L18.1) is one too. The repeats are listed first, then the Refs nobody would recognise.
 */
export function checkRefs(scorecard: Scorecard, refColumn: number): Finding[] {
  // The first row of each Ref; cell addresses are made only for the few that are at fault.
  const firstRow = new Map<string, number>();
  const repeated: Finding[] = [];
  const unrecognised: Finding[] = [];
  for (let i = 0; i < scorecard.indicators.length; i++) {
    const indicator = scorecard.indicators[i];
    const key = indicator.refKey;
    const earlierRow = firstRow.get(key);
    if (earlierRow === undefined) firstRow.set(key, indicator.row);
    else repeated.push(repeatedRef(scorecard, indicator, earlierRow, refColumn));
    if (!lookupKey(key) && !looksLocal(key)) unrecognised.push(unrecognisedRef(scorecard, indicator, refColumn));
  }
  return repeated.concat(unrecognised);
}

function repeatedRef(scorecard: Scorecard, indicator: Indicator, earlierRow: number, refColumn: number): Finding {
  const cell = a1(indicator.row, refColumn);
  const earlier = a1(earlierRow, refColumn);
  return finding("duplicate-ref", scorecard.sheet, cell, `The Ref ${indicator.ref} in ${cell} is already used in ${earlier}.`,
    `Each indicator needs its own row and Ref: correct one of ${earlier} and ${cell}, or delete the repeated row.`);
}

function unrecognisedRef(scorecard: Scorecard, indicator: Indicator, refColumn: number): Finding {
  const cell = a1(indicator.row, refColumn);
  return isNationalRef(indicator.refKey)
    ? finding("ref-not-national", scorecard.sheet, cell, `${indicator.ref} is not in the National Indicator set (NI 1 to NI 199).`,
        "Check the number; if it is a local indicator, give it a local reference such as L18.1.")
    : finding("ref-unrecognised", scorecard.sheet, cell,
        `The Ref "${indicator.ref}" is neither a National Indicator nor looks like a local indicator's reference.`,
        "Use NI and the number for a National Indicator (NI 151), or a local reference such as L18.1.");
}

/**
 * Whether a target of the year is set. Asked of every indicator, and most have one: a plain loop,
 * which in code not yet optimised costs far less than `some` calling a function for each target.
 */
function hasTargetFor(targets: readonly PeriodValue[], year: number): boolean {
  for (let i = 0; i < targets.length; i++) if (targets[i].period.year === year && targets[i].value !== null) return true;
  return false;
}

/** The hint fits what the target cell says: a tbc is already typed, so it is not asked for again. */
function targetHint(typed: string | undefined, year: string): string {
  if (!typed) return `Type the ${year} target in this cell, or tbc if it is still being agreed.`;
  if (saysNotApplicable(typed)) return `The target is marked ${typed}: if there is a ${year} target, type it in this cell, or tbc if it is still being agreed.`;
  return `The target is marked ${typed}: type it when it is agreed.`;
}

/**
 * An indicator without any target in the reporting year cannot be rated on a figure of that year.
 * The finding names the empty target cell of that year; a sheet with no target column for the year
 * gets one finding. Each says what is true of the rating: an indicator whose latest figure is from
 * an earlier year is still rated on it (the spec's rule 1), so that is not "cannot be rated".
 * `earlier` are the findings so far: a target cell already reported (not a number, an Excel error)
 * is not reported again as missing, and neither is a year whose target columns are in dispute.
 */
export function checkTargetsForReportingYear(scorecard: Scorecard, columns: ColumnMap, earlier: readonly Finding[]): Finding[] {
  const reporting = resolveReportingPeriod(scorecard);
  if (!reporting) return [];
  const year = reporting.year;
  // Target columns for the year in dispute are already an error: no warning on top of it.
  if (columns.unsettled.targetYears.has(year)) return [];
  const column =
    columns.targets.find((t) => t.period.kind === "year" && t.period.year === year) ??
    columns.targets.find((t) => t.period.kind === "quarter" && reporting.kind === "quarter" && t.period.year === year && t.period.quarter === reporting.quarter) ??
    columns.targets.find((t) => t.period.year === year);
  const Y = formatYear(year);
  const P = formatPeriod(reporting);
  const latestOf = (indicator: Indicator) => latestActual(indicator.actuals, reporting);
  if (!column) {
    // No column for the year at all: one finding for the sheet, not one per indicator.
    const latest = scorecard.indicators.map(latestOf).filter((v) => v !== null);
    const inYear = latest.filter((v) => v.period.year === year).length;
    // An earlier figure with no target of its own year is not rated: never said to be (the engine's rule, rateIndicator).
    const unrated = scorecard.indicators.filter((i) => {
      const r = rateIndicator(i, scorecard.settings, reporting);
      return r.latest !== null && r.latest.period.year < year && !isRated(r.status);
    });
    const except = unrated.length > 0 ? `, except ${joinAnd(unrated.map((i) => i.ref))}, which ${unrated.length === 1 ? "is" : "are"} not rated (No target)` : "";
    const head = `There is no target column for ${Y}, the year of the reporting period (${P})`;
    const message =
      inYear > 0 && inYear === latest.length ? `${head}, so no indicator can be rated.`
        : inYear > 0 ? `${head}, so the ${plural(inYear, "indicator")} with a ${Y} figure cannot be rated; the others are rated on their latest figures before it${except}.`
          : latest.length > unrated.length ? `${head}. No indicator has a ${Y} figure yet, so each is rated on its latest figure before it${except}; a ${Y} figure could not be rated.`
            : latest.length > 0 ? `${head}. No indicator has a ${Y} figure yet, and none is rated: no latest figure before it has a target.`
              : `${head}, so a ${Y} figure could not be rated.`;
    const settingsHint = scorecard.settings.reportingPeriod ? `; or, if ${P} is not the period you report on, correct the Reporting period in Settings` : "";
    return [
      finding("no-target-column", scorecard.sheet, a1(scorecard.headerRow, scorecard.lastColumn + 1),
        message,
        `Add a column headed "Target ${Y}" and type each indicator's target there${settingsHint}.`),
    ];
  }
  const reported = new Set(earlier.filter((f) => f.sheet === scorecard.sheet).map((f) => f.cell));
  const findings: Finding[] = [];
  const reportedInYear = (t: PeriodValue) => t.period.year === year && reported.has(t.cell);
  for (let i = 0; i < scorecard.indicators.length; i++) {
    const indicator = scorecard.indicators[i];
    if (hasTargetFor(indicator.targets, year)) continue;
    const cell = a1(indicator.row, column.column);
    // One finding per cause: "2?" in the target cell is already an error there.
    if (reported.has(cell) || indicator.targets.some(reportedInYear)) continue;
    // What the indicator is rated on meanwhile is the engine's rule: never "its status is as at" a figure that has no target either.
    const rating = rateIndicator(indicator, scorecard.settings, reporting);
    const latest = rating.latest;
    const consequence =
      latest?.period.year === year ? "so it cannot be rated"
        : latest && !rating.target ? `so a ${Y} figure could not be rated; its latest figure, for ${formatPeriod(latest.period)}, has no target either, so it is not rated`
          : latest ? `so a ${Y} figure could not be rated; its status is as at ${formatPeriod(latest.period)}, its latest figure`
            : `so a ${Y} figure could not be rated`;
    findings.push(finding("no-target", scorecard.sheet, cell,
      `${indicator.ref} has no target for ${Y}, the year of the reporting period (${P}), ${consequence}.`,
      targetHint(indicator.targets.find((t) => t.cell === cell)?.typed, Y)));
  }
  return findings;
}
