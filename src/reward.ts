import { IndicatorRating, Settings } from "./model";
import { plansNoImprovement } from "./status";

// Performance Reward Grant (workbook spec, "Status of one partnership", reward targets).
// A reward target pays its value in proportion to the planned improvement achieved, capped at
// 100%, once that reaches the PRG minimum achievement (Settings, default 60%); below it, nothing.

/** Money to the penny, so sums of thirds do not print as £366,666.6666667. */
export function pennies(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** The reward value of a reward target; 0 for any other indicator, or one whose value is missing. */
export function rewardAtStake(rating: IndicatorRating): number {
  const { rewardTarget, rewardValue } = rating.indicator;
  return rewardTarget && rewardValue !== null && Number.isFinite(rewardValue) ? rewardValue : 0;
}

/**
 * Projected reward of one target: value x min(improvement, 100%) when improvement >= the PRG minimum,
 * else 0. A target no better than its baseline plans no improvement to share: it earns its value
 * when met (Green) and nothing otherwise.
 */
export function projectedReward(rating: IndicatorRating, settings: Settings): number {
  const stake = rewardAtStake(rating);
  if (stake !== 0 && plansNoImprovement(rating)) return rating.status === "Green" ? pennies(stake) : 0;
  const achieved = rating.improvement;
  if (stake === 0 || achieved === null || achieved < settings.prgMinimum - 1e-9) return 0;
  return pennies(stake * Math.min(achieved, 1));
}

export interface RewardSums {
  prgAtStake: number;
  projectedReward: number;
  prgAtRisk: number;
}

/** PRG at stake = sum of reward values; at risk = stake - projected reward. */
export function rewardSums(ratings: readonly IndicatorRating[], settings: Settings): RewardSums {
  let stake = 0;
  let projected = 0;
  for (let i = 0; i < ratings.length; i++) {
    const r = ratings[i];
    // Most indicators are not reward targets: nothing at stake, nothing projected, and no call made to say so.
    if (!r.indicator.rewardTarget) continue;
    const value = rewardAtStake(r);
    if (value === 0) continue;
    stake += value;
    projected += projectedReward(r, settings);
  }
  return { prgAtStake: pennies(stake), projectedReward: pennies(projected), prgAtRisk: pennies(stake - projected) };
}
