import { Period, Scorecard } from "./model";
import { periodIndex } from "./periods";

/**
 * The reporting period: Settings' own, else the latest period at which any indicator has a numeric
 * actual. A year and its Q4 sort together; the year wins, as the annual outturn is the figure rated.
 */
export function resolveReportingPeriod(scorecard: Scorecard): Period | null {
  if (scorecard.settings.reportingPeriod) return scorecard.settings.reportingPeriod;
  let latest: Period | null = null;
  const { indicators } = scorecard;
  for (let i = 0; i < indicators.length; i++) {
    const actuals = indicators[i].actuals;
    for (let k = 0; k < actuals.length; k++) {
      const actual = actuals[k];
      if (actual.value === null) continue;
      const later = latest === null || periodIndex(actual.period) > periodIndex(latest);
      const sameButYear = latest !== null && periodIndex(actual.period) === periodIndex(latest) && actual.period.kind === "year";
      if (later || sameButYear) latest = actual.period;
    }
  }
  return latest;
}
