import { partnershipKey } from "./keys";
import { formatPercent, formatShare, groupDigits } from "./format";
import { IndicatorRating, OverallStatus, PartnershipRating, Scorecard, Settings } from "./model";
import { pennies, rewardSums } from "./reward";

// The status of each thematic partnership (workbook spec, "Status of one partnership").
// Rated indicators are the Green, Amber and Red ones; No data and No target are counted, not rated.

/** Where indicators whose Partnership cell is blank are counted, so no indicator drops out of the totals. */
export const NO_PARTNERSHIP = "(No partnership)";

/** The partnerships a paper is written for: "(No partnership)" has no lead to sign one. */
export function partnershipsWithPapers(partnerships: readonly PartnershipRating[]): PartnershipRating[] {
  return partnerships.filter((p) => p.name !== NO_PARTNERSHIP);
}

export interface StatusCounts {
  green: number;
  amber: number;
  red: number;
  noData: number;
  noTarget: number;
}

export function countStatuses(ratings: readonly IndicatorRating[]): StatusCounts {
  // Counted in locals: over 10,000 ratings, mostly before V8 optimises this, a property read and
  // write for each would cost several times as much.
  let green = 0;
  let amber = 0;
  let red = 0;
  let noData = 0;
  let noTarget = 0;
  for (let i = 0; i < ratings.length; i++) {
    const status = ratings[i].status;
    if (status === "Green") green++;
    else if (status === "Amber") amber++;
    else if (status === "Red") red++;
    else if (status === "No data") noData++;
    else noTarget++;
  }
  return { green, amber, red, noData, noTarget };
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

/** A count as every face prints it: 1,700. */
const count = (n: number) => groupDigits(n, 0);

/**
 * The rule that made the overall status, in the words the pane shows beside it: the counts that
 * decided it and the threshold they met or missed (Settings' thresholds, so the words follow them).
 */
export function overallReason(counts: StatusCounts, settings: Settings): string {
  const rated = counts.green + counts.amber + counts.red;
  const share = (n: number) => `${count(n)} of ${count(rated)} rated (${formatShare(n / rated, [settings.greenThreshold, settings.redThreshold])})`;
  const green = formatPercent(settings.greenThreshold, 0);
  const red = formatPercent(settings.redThreshold, 0);
  switch (overallStatus(counts, settings)) {
    case "No data":
      return "No indicator has an actual to compare with a target yet.";
    case "Green":
      return `${share(counts.green)} are Green and none is Red: Green needs at least ${green} Green and no Red.`;
    case "Red":
      return `${share(counts.red)} ${counts.red === 1 ? "is" : "are"} Red: ${red} Red or more makes a partnership Red.`;
    case "Amber": {
      const notGreen = counts.red > 0 && reaches(counts.green / rated, settings.greenThreshold)
        ? `${share(counts.green)} are Green, but ${count(counts.red)} ${counts.red === 1 ? "is" : "are"} Red, so it is not Green`
        : `${share(counts.green)} ${counts.green === 1 ? "is" : "are"} Green, under the ${green} for Green`;
      const notRed = counts.red === 0 ? "none is Red" : `${count(counts.red)} Red (${formatShare(counts.red / rated, [settings.redThreshold])}) is under the ${red} that makes it Red`;
      return `${notGreen}; ${notRed}.`;
    }
  }
}

/** Green / rated, null when none is rated. */
export function onTargetShare(counts: StatusCounts): number | null {
  const rated = counts.green + counts.amber + counts.red;
  return rated === 0 ? null : counts.green / rated;
}

/** A partnership and the ratings of its indicators, in scorecard order. */
export interface PartnershipGroup {
  name: string;
  lead: string | null;
  deputy: string | null;
  ratings: IndicatorRating[];
}

/**
 * The indicators of each partnership: the Partnerships sheet's order (a listed partnership without
 * indicators is kept, empty), then partnerships found only on the scorecard, in order of first
 * appearance. Lead and deputy come from the Partnerships sheet.
 */
export function groupByPartnership(ratings: readonly IndicatorRating[], scorecard: Scorecard): PartnershipGroup[] {
  const groups = new Map<string, PartnershipGroup>();
  for (const p of scorecard.partnerships) {
    const key = partnershipKey(p.name);
    if (!groups.has(key)) groups.set(key, { name: p.name.trim(), lead: p.lead, deputy: p.deputy, ratings: [] });
  }
  // Thousands of rows share a dozen names, and one partnership's mostly stand together: a name like
  // the row before's goes to the same group without a look-up.
  let written: string | undefined;
  let group: PartnershipGroup | undefined;
  for (let i = 0; i < ratings.length; i++) {
    const r = ratings[i];
    if (r.indicator.partnership !== written) {
      written = r.indicator.partnership;
      const key = partnershipKey(written);
      group = groups.get(key);
      if (!group) {
        group = { name: written.trim() || NO_PARTNERSHIP, lead: null, deputy: null, ratings: [] };
        groups.set(key, group);
      }
    }
    group!.ratings.push(r);
  }
  return [...groups.values()];
}

/** One rating per partnership, in the order of groupByPartnership. */
export function ratePartnerships(ratings: IndicatorRating[], scorecard: Scorecard): PartnershipRating[] {
  return groupByPartnership(ratings, scorecard).map((g) => {
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

/** The whole area as one line: every partnership added together, rated by the same thresholds. */
export function areaRating(partnerships: readonly PartnershipRating[], settings: Settings): Omit<PartnershipRating, "name" | "lead" | "deputy"> {
  const sum = (pick: (p: PartnershipRating) => number): number => partnerships.reduce((t, p) => t + pick(p), 0);
  const counts: StatusCounts = {
    green: sum((p) => p.green),
    amber: sum((p) => p.amber),
    red: sum((p) => p.red),
    noData: sum((p) => p.noData),
    noTarget: sum((p) => p.noTarget),
  };
  const money = (pick: (p: PartnershipRating) => number): number => pennies(sum(pick));
  return {
    ...counts,
    indicators: sum((p) => p.indicators),
    onTarget: onTargetShare(counts),
    overall: overallStatus(counts, settings),
    prgAtStake: money((p) => p.prgAtStake),
    projectedReward: money((p) => p.projectedReward),
    prgAtRisk: money((p) => p.prgAtRisk),
  };
}
