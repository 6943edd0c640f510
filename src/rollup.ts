import { IndicatorRating, OverallStatus, PartnershipRating, Scorecard, Settings } from "./model";
import { rewardSums } from "./reward";
import { partnershipKey } from "./read/partnerships";

// The status of each thematic partnership (workbook spec, "Status of one partnership").
// Rated indicators are the Green, Amber and Red ones; No data and No target are counted, not rated.

/** Where indicators whose Partnership cell is blank are counted, so no indicator drops out of the totals. */
export const NO_PARTNERSHIP = "(No partnership)";

export interface StatusCounts {
  green: number;
  amber: number;
  red: number;
  noData: number;
  noTarget: number;
}

export function countStatuses(ratings: readonly IndicatorRating[]): StatusCounts {
  const counts: StatusCounts = { green: 0, amber: 0, red: 0, noData: 0, noTarget: 0 };
  for (const r of ratings) {
    if (r.status === "Green") counts.green++;
    else if (r.status === "Amber") counts.amber++;
    else if (r.status === "Red") counts.red++;
    else if (r.status === "No data") counts.noData++;
    else counts.noTarget++;
  }
  return counts;
}

/** Allows for binary fractions, so 7 of 10 meets a 70% threshold. */
function reaches(share: number, threshold: number): boolean {
  return share >= threshold - 1e-9;
}

/** Green: at least the green threshold Green and none Red; Red: at least the red threshold Red; else Amber; none rated: No data. */
export function overallStatus(counts: StatusCounts, settings: Settings): OverallStatus {
  const rated = counts.green + counts.amber + counts.red;
  if (rated === 0) return "No data";
  if (counts.red === 0 && reaches(counts.green / rated, settings.greenThreshold)) return "Green";
  if (reaches(counts.red / rated, settings.redThreshold)) return "Red";
  return "Amber";
}

/** Green / rated, null when none is rated. */
export function onTargetShare(counts: StatusCounts): number | null {
  const rated = counts.green + counts.amber + counts.red;
  return rated === 0 ? null : counts.green / rated;
}

/**
 * One rating per partnership: the Partnerships sheet's order (a listed partnership without
 * indicators is shown, with No data), then partnerships found only on the scorecard, in order of
 * first appearance. Lead and deputy come from the Partnerships sheet.
 */
export function ratePartnerships(ratings: IndicatorRating[], scorecard: Scorecard): PartnershipRating[] {
  const groups = new Map<string, { name: string; lead: string | null; deputy: string | null; ratings: IndicatorRating[] }>();
  for (const p of scorecard.partnerships) {
    const key = partnershipKey(p.name);
    if (!groups.has(key)) groups.set(key, { name: p.name.trim(), lead: p.lead, deputy: p.deputy, ratings: [] });
  }
  // Thousands of rows share a dozen names: work out each name's key once.
  const keys = new Map<string, string>();
  for (const r of ratings) {
    const written = r.indicator.partnership;
    let key = keys.get(written);
    if (key === undefined) keys.set(written, (key = partnershipKey(written)));
    let group = groups.get(key);
    if (!group) {
      group = { name: r.indicator.partnership.trim() || NO_PARTNERSHIP, lead: null, deputy: null, ratings: [] };
      groups.set(key, group);
    }
    group.ratings.push(r);
  }
  return [...groups.values()].map((g) => {
    const counts = countStatuses(g.ratings);
    return {
      name: g.name,
      lead: g.lead,
      deputy: g.deputy,
      indicators: g.ratings.length,
      ...counts,
      onTarget: onTargetShare(counts),
      overall: overallStatus(counts, scorecard.settings),
      ...rewardSums(g.ratings, scorecard.settings),
    };
  });
}
