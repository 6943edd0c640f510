import { Analysis, DEFAULT_SETTINGS, IndicatorRating, PartnershipRating } from "../model";
import { STATUS_FILL } from "../colours";
import { projectedReward, rewardAtStake } from "../reward";
import { Block, heading, paragraph, paragraphs, run } from "./blocks";
import { formatReward, formatShare } from "../format";
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
  // A title with brackets of its own ("Jobs created (cumulative)") is set off by commas, never bracketed twice.
  const named = !title || title === ref ? "" : title.endsWith(")") ? `, ${title},` : ` (${title})`;
  return paragraph([run(ref, { bold: true }), run(`${named} ${how}: ${actualAgainstTarget(r)}.`)]);
}

/** "2 of 4 rated indicators on target", "none of the 3 rated indicators on target", "its one rated indicator on target". */
export function onTargetWords(green: number, rated: number): string {
  if (rated === 0) return "no indicator rated yet";
  if (rated === 1) return green === 1 ? "its one rated indicator on target" : "its one rated indicator not on target";
  return green === 0 ? `none of the ${rated} rated indicators on target` : `${green} of ${rated} rated indicators on target`;
}

function statusLine(p: PartnershipRating, greenThreshold: number): Block {
  const rated = p.green + p.amber + p.red;
  return paragraph([
    run("Overall status: "),
    run(` ${p.overall} `, { bold: true, fill: STATUS_FILL[p.overall] }),
    run(` (${onTargetWords(p.green, rated)}${p.green > 0 && p.onTarget !== null ? `, ${formatShare(p.onTarget, [greenThreshold], 1)}` : ""}).`),
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
        .map((r) => paragraph([run(indicatorName(r), { bold: true }), run(`: ${formatReward(Math.round(rewardAtStake(r)) - Math.round(projectedReward(r, settings)))} of its ${formatReward(rewardAtStake(r))} reward is at risk (${actualAgainstTarget(r)}).`)]))
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
