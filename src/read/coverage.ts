import { namedPartnershipKeys, partnershipKey } from "../keys";
import { finding } from "../findings";
import { Finding, Indicator, Period } from "../model";
import { formatPeriod, periodIndex } from "../periods";
import { PartnershipsRead } from "./partnerships";
import { SettingsRead } from "./settings";

// What the book lists but gives nothing for: a partnership with no indicator, a reporting period with
// no actual. Neither stops anything, but each would otherwise pass in silence ("No data", or every
// indicator rated on an earlier figure while the papers are headed with the chosen period).

/** A partnership on the Partnerships sheet that no indicator of the scorecard names: a warning at its name. */
export function checkPartnershipsHaveIndicators(indicators: readonly Indicator[], read: PartnershipsRead, scorecardSheet: string): Finding[] {
  if (!read.sheet) return [];
  const named = namedPartnershipKeys(indicators);
  const findings: Finding[] = [];
  for (const p of read.partnerships) {
    const key = partnershipKey(p.name);
    if (named.has(key)) continue;
    findings.push(finding("partnership-without-indicators", read.sheet, read.cells.get(key)!,
      `${p.name} has no indicators on the ${scorecardSheet} sheet, so it is shown with No data and its papers have no figures.`,
      `Name ${p.name} in the Thematic partnership column of its indicators (spelt as here), or delete this row if the partnership has none.`));
  }
  return findings;
}

/** Whether an actual counts for the period: a quarter's own (Q4 and the year's outturn alike), or for a year any figure of that year. */
function actualFor(period: Period, at: Period): boolean {
  if (period.kind === "year") return at.year === period.year;
  return periodIndex(at) === periodIndex(period);
}

/**
 * The Settings' reporting period when no indicator has an actual for it: a warning at the Settings
 * cell. Not when the sheet's missing target column for that year already says no indicator has a
 * figure of the year and what each is rated on (`earlier`: the findings so far), so it is said once.
 */
export function checkReportingPeriodHasActuals(indicators: readonly Indicator[], read: SettingsRead, earlier: readonly Finding[]): Finding[] {
  const period = read.settings.reportingPeriod;
  if (!period || !read.reportingPeriodCell || indicators.length === 0) return [];
  let latest: Period | null = null;
  let inYear = false;
  for (let i = 0; i < indicators.length; i++) {
    const actuals = indicators[i].actuals;
    for (let k = 0; k < actuals.length; k++) {
      const a = actuals[k];
      if (a.value === null || !Number.isFinite(a.value)) continue;
      if (actualFor(period, a.period)) return [];
      if (a.period.year === period.year) inYear = true;
      if (periodIndex(a.period) < periodIndex(period) && (!latest || periodIndex(a.period) > periodIndex(latest))) latest = a.period;
    }
  }
  if (latest && !inYear && earlier.some((f) => f.code === "no-target-column")) return [];
  const name = formatPeriod(period);
  const rated = latest ? `every indicator is rated on an earlier figure (the latest before it is for ${formatPeriod(latest)})` : "no indicator is rated";
  return [finding("period-without-actuals", read.reportingPeriodCell.sheet, read.reportingPeriodCell.cell,
    `No indicator has an actual for ${name}, the reporting period, so ${rated}.`,
    `Type the ${name} actuals into the scorecard, or set the reporting period to the latest period that has them.`)];
}
