import { Analysis, IndicatorRating, PartnershipRating, Period } from "../model";
import { formatPeriod, formatYear } from "../periods";
import { STATUS_FILL } from "../colours";
import { projectedReward, rewardAtStake } from "../reward";
import { plansNoImprovement } from "../status";
import { Block, Cell, paragraph, paragraphs, prompt, spacer, table } from "./blocks";
import { formatImprovement, formatPercent, formatReward } from "../format";
import { joinAnd } from "../words";
import { actualAgainstTarget } from "./partnership-data";
import { ofReportingPeriod } from "./periods-shown";

// "Performance Reward Grant": each reward target's stake, projection and risk, and the figures each
// projection rests on, so a board sees when a forecast leans on last year's outturn.

export function prgSection(analysis: Analysis, ratings: IndicatorRating[], partnership: PartnershipRating | undefined, commentary: string[]): Block[] {
  const settings = analysis.scorecard?.settings;
  const reporting: Period | null = analysis.reportingPeriod;
  const reward = ratings.filter((r) => r.indicator.rewardTarget);
  const blocks: Block[] = [];
  if (reward.length > 0 && settings) {
    const rows: Cell[][] = reward.map((r) => {
      // Whole pounds, so the three columns add up as printed.
      const stake = Math.round(rewardAtStake(r));
      const projected = Math.round(projectedReward(r, settings));
      return [
        { text: r.indicator.ref, bold: true },
        { text: r.indicator.title },
        { text: formatReward(stake), align: "right" },
        { text: actualAgainstTarget(r) },
        // Read against the PRG minimum beside it: 59.99% is never shown as the 60% that earns the reward.
        { text: formatImprovement(r.improvement, [0, settings.prgMinimum, 1]), align: "right" },
        { text: formatReward(projected), align: "right" },
        { text: formatReward(stake - projected), align: "right", fill: stake - projected > 0 ? STATUS_FILL.Red : undefined },
      ];
    });
    const headers = ["Ref", "Reward target", "Reward at stake", "Based on", "Planned improvement achieved", "Projected reward", "At risk"];
    blocks.push(table(headers, rows, [700, 1800, 1100, 1800, 1226, 1200, 1200], "Reward targets: stake, projected reward and reward at risk"), spacer());
    if (partnership) {
      const { prgAtStake, projectedReward: projected, prgAtRisk } = partnership;
      blocks.push(paragraph(
        `Reward at stake ${formatReward(prgAtStake)}; projected reward ${formatReward(projected)}; ${formatReward(prgAtRisk)} at risk. ` +
          `A target earns its reward in proportion to the planned improvement achieved once that reaches ${formatPercent(settings.prgMinimum)}; ` +
          "each projection uses the target's latest actual against the target for the same period, as the Based on column shows.",
      ));
    }
    // A "–" in the table needs its reason where it is a target set worse than its baseline (rules.md, rule 6).
    const noPlan = reward.filter((r) => plansNoImprovement(r));
    if (noPlan.length > 0) {
      const one = noPlan.length === 1;
      blocks.push(paragraph(`${joinAnd(noPlan.map((r) => r.indicator.ref))} ${one ? "has a target" : "have targets"} worse than ${one ? "its baseline" : "their baselines"}, so no improvement is planned: ${one ? "it earns its" : "each earns its"} reward only when the target is met (Green).`));
    }
    const earlier = reward.filter((r) => r.latest && reporting && !ofReportingPeriod(r.latest.period, reporting));
    if (earlier.length > 0 && reporting) {
      const refs = joinAnd(earlier.map((r) => r.indicator.ref));
      const periods = joinAnd([...new Set(earlier.map((r) => formatPeriod(r.latest!.period)))]);
      blocks.push(paragraph(`The projection${earlier.length === 1 ? " for" : "s for"} ${refs} rest${earlier.length === 1 ? "s" : ""} on ${periods} figures, not ${formatPeriod(reporting)}: the ${formatYear(reporting.year)} figures are not yet in the scorecard.`));
    }
  }
  blocks.push(...commentary.flatMap((t) => paragraphs(t)));
  return blocks.length > 0 ? blocks : [prompt("This partnership has no reward targets on the scorecard. Record any use of Performance Reward Grant in the Commentary sheet (Section: PRG).")];
}
