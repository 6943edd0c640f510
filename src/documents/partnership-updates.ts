import { Analysis, DEFAULT_SETTINGS, IndicatorRating, PartnershipRating } from "../model";
import { STATUS_FILL } from "../colours";
import { projectedReward, rewardAtStake } from "../reward";
import { Block, heading, paragraph, paragraphs, run } from "./blocks";
import { formatMoney, formatShare } from "../format";
import { actualAgainstTarget, commentaryOf, indicatorName, ratingsOf } from "./partnership-data";
import { dataAssuranceBlocks, nothingAwaited } from "./review-sections";

// The minutes' "Thematic partnership updates" item, drafted from the scorecard for each partnership
// under the headings the Essex forward plan asks leads to report on: the partnership's own words
// (its Commentary) as prose first, then what the scorecard shows, in whole sentences.

function section(title: string, said: Block[], commentary: string[], none: string): Block[] {
  const words = commentary.flatMap((t) => paragraphs(t));
  return [heading(3, title), ...words, ...said, ...(said.length === 0 && words.length === 0 ? [paragraph(none)] : [])];
}

/** "NI 18 (Adult re-offending rates) is off target and worsening: 9.6 in Q2 2009/10 against ...": the ref is the subject, whatever the title's number. */
function sentence(r: IndicatorRating, how: string): Block {
  const { ref, title } = r.indicator;
  return paragraph([run(ref, { bold: true }), run(`${title && title !== ref ? ` (${title})` : ""} ${how}: ${actualAgainstTarget(r)}.`)]);
}

function statusLine(p: PartnershipRating, greenThreshold: number): Block {
  const rated = p.green + p.amber + p.red;
  return paragraph([
    run("Overall status: "),
    run(` ${p.overall} `, { bold: true, fill: STATUS_FILL[p.overall] }),
    run(rated > 0 ? ` (${p.green} of ${rated} rated indicators on target${p.onTarget !== null ? `, ${formatShare(p.onTarget, [greenThreshold], 1)}` : ""}).` : " (no indicator rated yet)."),
  ]);
}

export function partnershipUpdate(analysis: Analysis, p: PartnershipRating): Block[] {
  const settings = analysis.scorecard?.settings;
  const ratings = ratingsOf(analysis, p.name);
  const comment = (s: Parameters<typeof commentaryOf>[2]) => commentaryOf(analysis, p.name, s);
  const good = ratings.filter((r) => r.status === "Green" && r.direction === "Improving").map((r) => sentence(r, "is on target and improving"));
  const red = ratings.filter((r) => r.status === "Red").map((r) => sentence(r, r.direction === "Worsening" ? "is off target and worsening" : "is off target"));
  const atRisk = settings
    ? ratings
        .filter((r) => rewardAtStake(r) - projectedReward(r, settings) > 0)
        .map((r) => paragraph([run(indicatorName(r), { bold: true }), run(`: ${formatMoney(rewardAtStake(r) - projectedReward(r, settings))} of its ${formatMoney(rewardAtStake(r))} reward is at risk (${actualAgainstTarget(r)}).`)]))
    : [];
  return [
    heading(2, p.name),
    ...comment("summary").flatMap((t) => paragraphs(t)),
    statusLine(p, settings?.greenThreshold ?? DEFAULT_SETTINGS.greenThreshold),
    ...section("Achievements and good news", good, comment("goodNews"), "No indicator is both on target and improving."),
    ...section("Barriers to delivery", red, comment("barriers"), "No indicator is off target."),
    ...section("Assurance where data is not available", dataAssuranceBlocks(ratings, analysis.reportingPeriod), comment("dataAssurance"), nothingAwaited(ratings)),
    ...section("Reward targets at risk", atRisk, comment("prg"), "No reward grant is at risk."),
  ];
}

export function partnershipUpdates(analysis: Analysis): Block[] {
  if (analysis.partnerships.length === 0) return [paragraph("No partnerships are on the scorecard, so no updates could be drafted.")];
  return analysis.partnerships.flatMap((p) => partnershipUpdate(analysis, p));
}
