import { analyse } from "../../src/engine";
import { IndicatorRating } from "../../src/model";
import { projectedReward } from "../../src/reward";
import { ratePartnerships } from "../../src/rollup";
import { rateIndicator } from "../../src/status";
import { figures, indicator, p, rating, scorecard, settings } from "./factory";

// Worked examples of the Performance Reward Grant rules: projected reward = value x min(improvement, 100%)
// when the planned improvement achieved reaches the PRG minimum achievement (60% unless Settings say).

function rewardTarget(value: number, improvement: number | null, rewardTargetFlag = true): IndicatorRating {
  return rating({
    indicator: indicator({ partnership: "Children and Young People", rewardTarget: rewardTargetFlag, rewardValue: value }),
    improvement,
  });
}

const defaults = settings();

describe("projected reward of one reward target", () => {
  it("pays nothing below the PRG minimum achievement", () => {
    expect(projectedReward(rewardTarget(1_500_000, 0.59), defaults)).toBe(0);
    expect(projectedReward(rewardTarget(1_500_000, -0.2), defaults)).toBe(0);
  });

  it("pays in proportion from exactly the minimum", () => {
    expect(projectedReward(rewardTarget(1_500_000, 0.6), defaults)).toBe(900_000);
    expect(projectedReward(rewardTarget(250_000, 0.75), defaults)).toBe(187_500);
  });

  it("is capped at the reward value when the target is beaten", () => {
    expect(projectedReward(rewardTarget(1_500_000, 1.5), defaults)).toBe(1_500_000);
  });

  it("pays nothing when the improvement cannot be worked out (no baseline, no data)", () => {
    expect(projectedReward(rewardTarget(1_500_000, null), defaults)).toBe(0);
  });

  it("takes the minimum from Settings", () => {
    expect(projectedReward(rewardTarget(100_000, 0.5), settings({ prgMinimum: 0.5 }))).toBe(50_000);
  });
});

describe("a reward target whose target is worse than its baseline", () => {
  // Cumbria's NI 39 (alcohol admissions, lower is better): baseline 1,480, target 1,580 (a rise held
  // down), outturn 1,700 is Red; the share of the planned rise, 220%, projected the whole £400,000.
  const rated = (actual: number) =>
    rateIndicator(
      indicator({ polarity: "lower", baseline: 1480, rewardTarget: true, rewardValue: 400_000, actuals: figures({ "2009/10": actual }), targets: figures({ "2009/10": 1580 }) }),
      defaults,
      p("2009/10"),
    );

  it("earns nothing when it is not met, however far the figure moved", () => {
    const r = rated(1700);
    expect(r.status).toBe("Red");
    expect(r.improvement).toBeNull();
    expect(projectedReward(r, defaults)).toBe(0);
  });

  it("earns its whole value when it is met (no share of a planned fall to scale it by)", () => {
    const r = rated(1560);
    expect(r.status).toBe("Green");
    expect(projectedReward(r, defaults)).toBe(400_000);
  });

  it("earns nothing within tolerance: Amber is not met", () => {
    expect(projectedReward(rated(1600), defaults)).toBe(0);
  });
});

describe("PRG at stake and at risk of a partnership", () => {
  it("sums the reward values of reward targets only, and puts at risk what is not projected", () => {
    const all = [
      rewardTarget(1_500_000, 0.75), // projects 1,125,000
      rewardTarget(250_000, 0.4), // below 60%: projects nothing
      rewardTarget(999_999, 1, false), // not a reward target: not at stake
    ];
    const [p] = ratePartnerships(all, scorecard());
    expect(p.prgAtStake).toBe(1_750_000);
    expect(p.projectedReward).toBe(1_125_000);
    expect(p.prgAtRisk).toBe(625_000);
  });

  it("is nothing at stake and nothing at risk without reward targets", () => {
    const [p] = ratePartnerships([rating({ partnership: "Safer Essex" })], scorecard());
    expect(p).toMatchObject({ prgAtStake: 0, projectedReward: 0, prgAtRisk: 0 });
  });

  it("keeps money to the penny (thirds of £1,000,000 do not leave a trail of digits)", () => {
    const [p] = ratePartnerships([rewardTarget(1_000_000, 2 / 3)], scorecard());
    expect(p.projectedReward).toBe(666_666.67);
    expect(p.prgAtRisk).toBe(333_333.33);
  });
});

describe("reward targets on a scorecard with a PRG (£) column and no Y/N column", () => {
  // Workbook spec, reward targets: a row with a reward value is a reward target when the scorecard has
  // no Reward Y/N column to say otherwise; read as "not a reward target", every PRG at stake was £0.
  test("each row with a value is at stake; PRG at risk is the value less its projected reward", () => {
    const analysis = analyse({
      sheets: [
        {
          name: "Scorecard",
          values: [
            ["Ref", "Indicator", "Partnership", "Polarity", "Baseline", "Target 2009/10", "Actual 2009/10", "PRG (£)"],
            // (20 - 10) / (20 - 10) = 100%: projects all £100,000.
            ["L1", "Adult learners", "Economy", "Higher", 10, 20, 20, "£100,000"],
            // (14 - 10) / (20 - 10) = 40%, below the 60% minimum: projects nothing, £250,000 at risk.
            ["L2", "Apprenticeships", "Economy", "Higher", 10, 20, 14, "250k"],
            // No value: not a reward target.
            ["L3", "Business support", "Economy", "Higher", 10, 20, 20, null],
          ],
        },
      ],
    });
    expect(analysis.indicators.map((i) => i.indicator.rewardTarget)).toEqual([true, true, false]);
    const [economy] = analysis.partnerships;
    expect({ stake: economy.prgAtStake, risk: economy.prgAtRisk }).toEqual({ stake: 350_000, risk: 250_000 });
  });

  test("with a Reward Y/N column, N still means not a reward target", () => {
    const analysis = analyse({
      sheets: [
        {
          name: "Scorecard",
          values: [
            ["Ref", "Indicator", "Partnership", "Polarity", "Baseline", "Target 2009/10", "Actual 2009/10", "PRG", "PRG (£)"],
            ["L1", "Adult learners", "Economy", "Higher", 10, 20, 20, "N", "£100,000"],
          ],
        },
      ],
    });
    expect(analysis.partnerships[0].prgAtStake).toBe(0);
  });
});
