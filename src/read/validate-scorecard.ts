import { a1 } from "../grid";
import { finding } from "../findings";
import { isNationalRef, lookupIndicator, looksLocal } from "../catalogue";
import { Finding, Scorecard } from "../model";
import { formatPeriod, formatYear } from "../periods";
import { resolveReportingPeriod } from "../reporting-period";
import { ColumnMap } from "./scorecard-header";

// Checks across the rows of a read scorecard (workbook spec, "Validation"): duplicated Refs,
// Refs nobody would recognise, and indicators with no target for the reporting year.

/** Every later row that repeats a Ref is an error naming both cells; one pass over a map. */
export function checkDuplicateRefs(scorecard: Scorecard, refColumn: number): Finding[] {
  const first = new Map<string, { ref: string; cell: string }>();
  const findings: Finding[] = [];
  for (const indicator of scorecard.indicators) {
    const cell = a1(indicator.row, refColumn);
    const earlier = first.get(indicator.refKey);
    if (!earlier) {
      first.set(indicator.refKey, { ref: indicator.ref, cell });
      continue;
    }
    findings.push(finding("duplicate-ref", scorecard.sheet, cell, `The Ref ${indicator.ref} in ${cell} is already used in ${earlier.cell}.`,
      `Each indicator needs its own row and Ref: correct one of ${earlier.cell} and ${cell}, or delete the repeated row.`));
  }
  return findings;
}

/** A Ref that is neither a National Indicator the catalogue knows nor shaped like a local one (L18.1). */
export function checkRefs(scorecard: Scorecard, refColumn: number): Finding[] {
  const findings: Finding[] = [];
  for (const indicator of scorecard.indicators) {
    const key = indicator.refKey;
    if (lookupIndicator(key) || looksLocal(key)) continue;
    const cell = a1(indicator.row, refColumn);
    findings.push(
      isNationalRef(key)
        ? finding("ref-not-national", scorecard.sheet, cell, `${indicator.ref} is not in the National Indicator set (NI 1 to NI 199).`,
            "Check the number; if it is a local indicator, give it a local reference such as L18.1.")
        : finding("ref-unrecognised", scorecard.sheet, cell,
            `The Ref "${indicator.ref}" is neither a National Indicator nor looks like a local indicator's reference.`,
            "Use NI and the number for a National Indicator (NI 151), or a local reference such as L18.1."),
    );
  }
  return findings;
}

/**
 * An indicator without any target in the reporting year cannot be rated. The finding names the
 * empty target cell of that year; a sheet with no target column for the year gets one finding.
 */
export function checkTargetsForReportingYear(scorecard: Scorecard, columns: ColumnMap): Finding[] {
  const reporting = resolveReportingPeriod(scorecard);
  if (!reporting) return [];
  const year = reporting.year;
  // Target columns for the year in dispute are already an error: no warning on top of it.
  if (columns.unsettled.targetYears.has(year)) return [];
  const column =
    columns.targets.find((t) => t.period.kind === "year" && t.period.year === year) ??
    columns.targets.find((t) => t.period.kind === "quarter" && reporting.kind === "quarter" && t.period.year === year && t.period.quarter === reporting.quarter) ??
    columns.targets.find((t) => t.period.year === year);
  const findings: Finding[] = [];
  if (!column) {
    // No column for the year at all: one finding for the sheet, not one per indicator.
    return [
      finding("no-target-column", scorecard.sheet, a1(scorecard.headerRow, scorecard.lastColumn + 1),
        `There is no target column for ${formatYear(year)}, the year of the reporting period (${formatPeriod(reporting)}), so no indicator can be rated.`,
        `Add a column headed "Target ${formatYear(year)}" and type each indicator's target there.`),
    ];
  }
  for (const indicator of scorecard.indicators) {
    if (indicator.targets.some((t) => t.value !== null && t.period.year === year)) continue;
    const cell = a1(indicator.row, column.column);
    findings.push(finding("no-target", scorecard.sheet, cell,
      `${indicator.ref} has no target for ${formatYear(year)}, the year of the reporting period (${formatPeriod(reporting)}), so it cannot be rated.`,
      `Type the ${formatYear(year)} target in this cell, or tbc if it is still being agreed.`));
  }
  return findings;
}
