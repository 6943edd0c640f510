import { Analysis, IndicatorRating } from "../model";
import { STATUS_FILL } from "../colours";
import { projectedReward, rewardAtStake } from "../reward";
import { Block, bullet, label, paragraph, prompt, run } from "./blocks";
import { formatMoney, formatPercent } from "./format";
import { actualAgainstTarget, indicatorName, ratingsOf } from "./partnership-data";
import { Paragraph, HeadingLevel } from "docx";

// The minutes' "Thematic partnership updates" item, drafted from the scorecard for each partnership
// under the headings the Essex forward plan asks leads to report on.

function list(title: string, items: Block[], none: string): Block[] {
  return [label(title), ...(items.length > 0 ? items : [prompt(none)])];
}

function line(r: IndicatorRating, detail: string): Block {
  return bullet([run(`${indicatorName(r)}: `, { bold: true }), run(detail)]);
}

export function partnershipUpdates(analysis: Analysis): Block[] {
  const settings = analysis.scorecard?.settings;
  if (analysis.partnerships.length === 0) return [prompt("No partnerships are on the scorecard, so no updates could be drafted.")];
  return analysis.partnerships.flatMap((p) => {
    const ratings = ratingsOf(analysis, p.name);
    const rated = p.green + p.amber + p.red;
    const heading = new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(p.name)], keepNext: true });
    const status = paragraph([
      run("Overall status: "),
      run(` ${p.overall} `, { bold: true, fill: STATUS_FILL[p.overall] }),
      run(rated > 0 ? ` (${p.green} of ${rated} rated indicators on target${p.onTarget !== null ? `, ${formatPercent(p.onTarget)}` : ""}).` : " (no indicator rated yet)."),
    ]);
    const good = ratings.filter((r) => r.status === "Green" && r.direction === "Improving").map((r) => line(r, `${actualAgainstTarget(r)}, improving.`));
    const red = ratings.filter((r) => r.status === "Red").map((r) => line(r, `${actualAgainstTarget(r)}${r.direction === "Worsening" ? ", and worsening" : ""}.`));
    const noData = ratings.filter((r) => r.status === "No data").map((r) => line(r, "no data yet; the lead to give assurance on progress."));
    const atRisk = settings
      ? ratings
          .filter((r) => rewardAtStake(r) > 0 && rewardAtStake(r) - projectedReward(r, settings) > 0)
          .map((r) => line(r, `${formatMoney(rewardAtStake(r) - projectedReward(r, settings))} of ${formatMoney(rewardAtStake(r))} at risk.`))
      : [];
    return [
      heading,
      status,
      ...list("Achievements and good news", good, "No indicator is both on target and improving."),
      ...list("Barriers to delivery", red, "No indicator is off target."),
      ...list("Assurance where data is not available", noData, "Every indicator has data."),
      ...list("Reward targets at risk", atRisk, "No reward grant is at risk."),
    ];
  });
}
