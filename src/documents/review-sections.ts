import { Analysis, IndicatorRating, PartnershipRating, Period } from "../model";
import { formatPeriod, periodIndex } from "../periods";
import { STATUS_FILL } from "../colours";
import { projectedReward, rewardAtStake } from "../reward";
import { Block, Cell, bullet, paragraph, paragraphs, prompt, run, spacer, table } from "./blocks";
import { formatMoney, formatPercent, formatValue, plural } from "./format";
import { actualAgainstTarget, indicatorName, shownTarget } from "./partnership-data";
import { trendSentences } from "./trends";

// The blocks of the annual review's standard sections, each from the ratings of one partnership
// and its commentary. A section with nothing to say prompts its author instead.

export function performanceTable(ratings: IndicatorRating[], reportingPeriod: Period | null): Block[] {
  if (ratings.length === 0) return [prompt("No indicators for this partnership are on the scorecard. Check the Partnership column of the scorecard sheet.")];
  const rows: Cell[][] = ratings.map((r) => {
    const unit = r.indicator.unit;
    const late = r.asAt && reportingPeriod && periodIndex(r.asAt) !== periodIndex(reportingPeriod) ? ` (${formatPeriod(r.asAt)})` : "";
    return [
      { text: r.indicator.ref, bold: true },
      { text: r.indicator.title },
      { text: formatValue(r.indicator.baseline, unit), align: "right" },
      { text: formatValue(shownTarget(r, reportingPeriod), unit), align: "right" },
      { text: formatValue(r.latest?.value ?? null, unit) + late, align: "right" },
      { text: r.status, fill: STATUS_FILL[r.status], bold: true },
      { text: r.direction },
      { text: r.improvement === null ? "–" : formatPercent(r.improvement, 0), align: "right" },
    ];
  });
  const headers = ["Ref", "Indicator", "Baseline", "Target", "Actual", "Status", "Direction of travel", "Planned improvement achieved"];
  return [table(headers, rows, [750, 2100, 1000, 850, 1000, 900, 1050, 1376]), spacer()];
}

function withCommentary(items: Block[], commentary: string[]): Block[] {
  return [...items, ...commentary.flatMap((t) => paragraphs(t))];
}

export function trendsSection(ratings: IndicatorRating[], commentary: string[]): Block[] {
  const sentences = trendSentences(ratings).map((s) => paragraph(s));
  const blocks = withCommentary(sentences, commentary);
  return blocks.length > 0 ? blocks : [prompt("No indicator has two or more actuals yet, and no trends are recorded. Add them in the Commentary sheet (Section: Underlying trends).")];
}

export function goodNewsSection(ratings: IndicatorRating[], commentary: string[]): Block[] {
  const met = ratings.filter((r) => r.status === "Green");
  const items = met.map((r) => bullet([run(`${indicatorName(r)}: `, { bold: true }), run(`${actualAgainstTarget(r)}, ${r.direction === "Improving" ? "and improving" : "on target"}.`)]));
  const intro = met.length > 0 ? [paragraph(`${plural(met.length, "indicator")} met or beat ${met.length === 1 ? "its" : "their"} target:`, true)] : [];
  const blocks = withCommentary([...intro, ...items], commentary);
  return blocks.length > 0 ? blocks : [prompt("No indicator has met its target yet, and no good news is recorded. Add it in the Commentary sheet (Section: Good news).")];
}

export function barriersSection(ratings: IndicatorRating[], commentary: string[]): Block[] {
  const off = ratings.filter((r) => r.status === "Red" || r.status === "Amber").sort((a, b) => (a.status === b.status ? 0 : a.status === "Red" ? -1 : 1));
  const items = off.map((r) =>
    bullet([run(`${indicatorName(r)}: `, { bold: true }), run(r.status === "Red" ? "off target" : "within tolerance", { fill: STATUS_FILL[r.status] }), run(`, ${actualAgainstTarget(r)}.`)]),
  );
  const intro = off.length > 0 ? [paragraph(`${plural(off.length, "indicator")} ${off.length === 1 ? "is" : "are"} short of target:`, true)] : [];
  const blocks = withCommentary([...intro, ...items], commentary);
  return blocks.length > 0 ? blocks : [prompt("No indicator is off target and no barriers are recorded. Add any risks and the actions needed in the Commentary sheet (Section: Barriers).")];
}

const MONTH_WORDS: Record<6 | 12 | 18, string> = { 6: "six", 12: "twelve", 18: "eighteen" };

export function milestonesSection(months: 6 | 12 | 18, commentary: string[]): Block[] {
  const blocks = commentary.flatMap((t) => paragraphs(t));
  return blocks.length > 0 ? blocks : [prompt(`No milestones recorded for the next ${MONTH_WORDS[months]} months. Add them in the Commentary sheet (Section: Milestones – ${months} months).`)];
}

/** The period data is awaited for: the earliest target period without an actual. */
function dataDue(rating: IndicatorRating, reportingPeriod: Period | null): string {
  const targets = [...rating.indicator.targets].filter((t) => t.value !== null).sort((a, b) => periodIndex(a.period) - periodIndex(b.period));
  const first = targets[0];
  const frequency = rating.indicator.frequency ? `${rating.indicator.frequency} data` : "data";
  if (!first) return `no ${frequency} and no target yet`;
  const future = reportingPeriod !== null && periodIndex(first.period) > periodIndex(reportingPeriod);
  return future ? `${frequency} first due for ${formatPeriod(first.period)}` : `${frequency} for ${formatPeriod(first.period)} not yet available`;
}

export function dataAssuranceSection(ratings: IndicatorRating[], reportingPeriod: Period | null, commentary: string[]): Block[] {
  const missing = ratings.filter((r) => r.status === "No data");
  const items = missing.map((r) => bullet([run(`${indicatorName(r)}: `, { bold: true }), run(`${dataDue(r, reportingPeriod)}.`)]));
  const blocks = withCommentary(items, commentary);
  if (missing.length > 0 && commentary.length === 0) blocks.push(prompt("Say what assurance the partnership has while data is awaited in the Commentary sheet (Section: Data assurance)."));
  return blocks.length > 0 ? blocks : [prompt("Every indicator has data for this period; nothing needs assurance.")];
}

export function prgSection(analysis: Analysis, ratings: IndicatorRating[], partnership: PartnershipRating | undefined, commentary: string[]): Block[] {
  const settings = analysis.scorecard?.settings;
  const reward = ratings.filter((r) => r.indicator.rewardTarget);
  const blocks: Block[] = [];
  if (reward.length > 0 && settings) {
    const rows: Cell[][] = reward.map((r) => {
      const stake = rewardAtStake(r);
      const projected = projectedReward(r, settings);
      return [
        { text: r.indicator.ref, bold: true },
        { text: r.indicator.title },
        { text: formatMoney(stake), align: "right" },
        { text: r.improvement === null ? "–" : formatPercent(r.improvement, 0), align: "right" },
        { text: formatMoney(projected), align: "right" },
        { text: formatMoney(stake - projected), align: "right", fill: stake - projected > 0 ? STATUS_FILL.Red : undefined },
      ];
    });
    blocks.push(table(["Ref", "Reward target", "Reward at stake", "Planned improvement achieved", "Projected reward", "At risk"], rows, [800, 2900, 1300, 1400, 1300, 1326]), spacer());
    if (partnership) {
      const { prgAtStake, projectedReward: projected, prgAtRisk } = partnership;
      blocks.push(paragraph(
        `Reward at stake ${formatMoney(prgAtStake)}; projected reward ${formatMoney(projected)}; ${formatMoney(prgAtRisk)} at risk. ` +
          `A target earns its reward in proportion to the planned improvement achieved once that reaches ${formatPercent(settings.prgMinimum)}.`,
      ));
    }
  }
  blocks.push(...commentary.flatMap((t) => paragraphs(t)));
  return blocks.length > 0 ? blocks : [prompt("This partnership has no reward targets on the scorecard. Record any use of Performance Reward Grant in the Commentary sheet (Section: PRG).")];
}
