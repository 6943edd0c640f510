import { finding } from "./findings";
import { figureFormat, formatFigure } from "./format";
import { Finding, IndicatorRating } from "./model";
import { formatPeriod } from "./periods";

// A count reported by quarter, not marked cumulative, whose quarter figure is held to the whole
// year's target: 66 fires in Q3 against a year's 280 is Green for "lower is better" whatever the
// quarter was like, and Red at every quarter for "higher is better". The book does not say whether
// each figure is the quarter's own, the year so far, or a count at a point in time (households in
// temporary accommodation, rightly compared with the year's level); a figure well under the year's
// target is the sign it is not the last. So: a warning at the figure's cell, never a guessed status.

/** A quarter's figure at most this share of the year's target looks like a part of the year, not a level. */
const PART_OF_YEAR = 0.6;

export function checkQuarterCounts(ratings: readonly IndicatorRating[], sheet: string): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < ratings.length; i++) {
    const r = ratings[i];
    const { indicator, latest, target } = r;
    if (indicator.unit !== "number" || indicator.cumulative || !latest || !target || latest.value === null || target.value === null) continue;
    if (latest.period.kind !== "quarter" || latest.period.quarter === 4 || latest.yearToDate || target.period.kind !== "year") continue;
    if (!(target.value > 0 && latest.value >= 0 && latest.value <= PART_OF_YEAR * target.value)) continue;
    const f = (v: number) => formatFigure(v, figureFormat(indicator));
    const year = formatPeriod(target.period);
    findings.push(finding("quarter-count-against-year", sheet, latest.cell,
      `${indicator.ref} is a count by quarter held to the whole year's target: its ${formatPeriod(latest.period)} figure (${f(latest.value)}) is compared with the ${year} target of ${f(target.value)}, so its ${r.status} may not say how it is doing.`,
      `If its figures are the year so far, add "cumulative" to its Unit or Frequency (it is then held to a share of the year's target); if each is the quarter's own, give quarterly targets (a "Target ${formatPeriod(latest.period)}" column); if it is a count at a point in time, the comparison stands.`));
  }
  return findings;
}
