import { Period, Scorecard } from "./model";
import { periodIndex } from "./periods";

/** The reporting period: Settings' own, else the latest period at which any indicator has a numeric actual. */
export function resolveReportingPeriod(scorecard: Scorecard): Period | null {
  if (scorecard.settings.reportingPeriod) return scorecard.settings.reportingPeriod;
  let latest: Period | null = null;
  for (const indicator of scorecard.indicators) {
    for (const actual of indicator.actuals) {
      if (actual.value === null) continue;
      if (!latest || periodIndex(actual.period) > periodIndex(latest)) latest = actual.period;
    }
  }
  return latest;
}
