import { Analysis, DEFAULT_SETTINGS, PartnershipRating, Settings } from "../model";
import { overallReason } from "../rollup";
import { STATUS_FILL } from "../colours";
import { projectedReward, rewardAtStake } from "../reward";
import { Block, heading, paragraph, paragraphs, promptRun, run } from "./blocks";
import { formatReward, formatShare } from "../format";
import { ExceptionHeading } from "../exceptions";
import { Fact } from "../facts";
import { PaperFacts, factSentences, listedFacts, partnershipFacts, rewardFellElsewhere, standingPrompt } from "./fact-words";
import { commentaryOf, ratingsOf } from "./partnership-data";
import { nothingAwaited } from "./review-sections";

// The minutes' "Thematic partnership updates" item, drafted from the scorecard for each partnership
// under the headings the Essex forward plan asks leads to report on: the partnership's own words
// (its Commentary) as prose first, then what the scorecard shows, in whole sentences.

function section(title: string, said: Block[], commentary: string[], none: string): Block[] {
  const words = commentary.flatMap((t) => paragraphs(t));
  return [heading(3, title), ...words, ...said, ...(said.length === 0 && words.length === 0 ? [paragraph(none)] : [])];
}

/**
 * "NI 18 (Adult re-offending rates): Off target (Red), as it was at Q1 2009/10: 9.6 in Q2 ...": the
 * ref is the subject, whatever the title's number; every sentence the other papers say of it, and
 * what of its reward is at risk.
 */
function factSentence(analysis: Analysis, fact: Fact, facts: PaperFacts): Block {
  const r = fact.rating;
  const { ref, title } = r.indicator;
  const settings = analysis.scorecard?.settings;
  const stake = rewardAtStake(r);
  const atRisk = settings ? Math.round(stake) - Math.round(projectedReward(r, settings)) : 0;
  const reward = atRisk > 0 ? ` ${formatReward(atRisk)} of its ${formatReward(stake)} reward is at risk.` : "";
  const said = factSentences(fact, facts.comparison, analysis.reportingPeriod).join(" ");
  const ask = standingPrompt(fact, analysis.reportingPeriod);
  // A title with brackets of its own ("Jobs created (cumulative)") is set off by commas, never bracketed twice.
  const named = !title || title === ref ? "" : title.endsWith(")") ? `, ${title}` : ` (${title})`;
  return paragraph([run(ref, { bold: true }), run(`${named}: ${said}${reward}`), ...(ask ? [run(" "), promptRun(ask)] : [])]);
}

/** "2 of 4 rated indicators on target", "none of the 3 rated indicators on target", "its one rated indicator on target". */
export function onTargetWords(green: number, rated: number): string {
  if (rated === 0) return "no indicator rated yet";
  if (rated === 1) return green === 1 ? "its one rated indicator on target" : "its one rated indicator not on target";
  return green === 0 ? `none of the ${rated} rated indicators on target` : `${green} of ${rated} rated indicators on target`;
}

/** The status, the count on target, and why it is that status by the roll-up rule, as the dashboard card says it. */
function statusLine(p: PartnershipRating, settings: Settings): Block {
  const rated = p.green + p.amber + p.red;
  const greenThreshold = settings.greenThreshold;
  return paragraph([
    run("Overall status: "),
    run(` ${p.overall} `, { bold: true, fill: STATUS_FILL[p.overall] }),
    run(` (${onTargetWords(p.green, rated)}${p.green > 0 && p.onTarget !== null ? `, ${formatShare(p.onTarget, [greenThreshold])}` : ""}). ${overallReason(p, settings)}`),
  ]);
}

/** The assurance facts as sentences, then what else the other papers say under assurance (listedFacts). */
function assurance(facts: PaperFacts, analysis: Analysis): Block[] {
  const own = facts.facts.filter((f) => f.heading === "dataAssurance");
  return [...own.map((f) => factSentence(analysis, f, facts)), ...listedFacts({ ...facts, facts: facts.facts.filter((f) => f.heading !== "dataAssurance") }, "dataAssurance", analysis.reportingPeriod, false)];
}

export function partnershipUpdate(analysis: Analysis, p: PartnershipRating): Block[] {
  const settings = analysis.scorecard?.settings;
  const ratings = ratingsOf(analysis, p.name);
  const comment = (s: Parameters<typeof commentaryOf>[2]) => commentaryOf(analysis, p.name, s);
  const facts = partnershipFacts(analysis, p.name);
  const under = (h: ExceptionHeading) => facts.facts.filter((f) => f.heading === h).map((f) => factSentence(analysis, f, facts));
  return [
    heading(2, p.name),
    ...comment("summary").flatMap((t) => paragraphs(t)),
    statusLine(p, settings ?? DEFAULT_SETTINGS),
    ...section("Achievements and good news", under("goodNews"), comment("goodNews"), "No indicator is past its target by more than the amber band, back on target or on target and improving."),
    ...section("Barriers to delivery", under("barriers"), comment("barriers"), "No indicator is Red or Amber or has worsened two periods running."),
    ...section("Assurance where data is not available", assurance(facts, analysis), comment("dataAssurance"), nothingAwaited(ratings)),
    ...section("Resource issues, including use of PRG", [...under("resources"), ...rewardFellElsewhere(facts)], [...comment("resources"), ...comment("prg")], "No reward target's projected reward fell."),
  ];
}

export function partnershipUpdates(analysis: Analysis): Block[] {
  if (analysis.partnerships.length === 0) return [paragraph("No partnerships are on the scorecard, so no updates could be drafted.")];
  return analysis.partnerships.flatMap((p) => partnershipUpdate(analysis, p));
}
