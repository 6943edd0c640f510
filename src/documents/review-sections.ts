import { IndicatorRating, Period } from "../model";
import { formatPeriod } from "../periods";
import { STATUS_FILL } from "../colours";
import { Block, bullet, paragraph, paragraphs, prompt, promptRun, run } from "./blocks";
import { chartBlock } from "./charts";
import { awaitedFigures, awaitedPrompt, awaitedSentence, earlierYearSentence } from "./data-due";
import { figureFormat, formatFigure } from "../format";
import { plural } from "../words";
import { actualAgainstTarget, indicatorName } from "./partnership-data";
import { trendSentence } from "./trends";

// The blocks of the annual review's standard sections, each from the ratings of one partnership
// and its commentary. A section with nothing to say prompts its author instead. The performance
// table is in performance-table.ts, the reward grant in prg-section.ts.

export function withCommentary(items: Block[], commentary: string[]): Block[] {
  return [...items, ...commentary.flatMap((t) => paragraphs(t))];
}

/** An indicator's trend sentence and its chart; for a chart without a trend, a line that introduces it. */
export function trendBlocks(rating: IndicatorRating, reporting: Period | null): Block[] {
  const sentence = trendSentence(rating);
  const chart = chartBlock(rating, reporting);
  if (sentence) return [paragraph(sentence, chart.length > 0), ...chart];
  if (chart.length === 0) return [];
  const { latest } = rating;
  const so = latest ? `one actual so far, ${formatFigure(latest.value, figureFormat(rating.indicator))} in ${formatPeriod(latest.period)}` : "no actual yet";
  return [paragraph(`${indicatorName(rating)}: ${so}. The chart shows it against its targets and baseline.`, true), ...chart];
}

export function trendsSection(ratings: IndicatorRating[], reporting: Period | null, commentary: string[]): Block[] {
  const blocks = withCommentary(ratings.flatMap((r) => trendBlocks(r, reporting)), commentary);
  return blocks.length > 0 ? blocks : [prompt("No indicator has two or more figures yet, and no trends are recorded. Add them in the Commentary sheet (Section: Underlying trends).")];
}

export function goodNewsSection(ratings: IndicatorRating[], commentary: string[]): Block[] {
  const met = ratings.filter((r) => r.status === "Green");
  const items = met.map((r) => bullet([run(`${indicatorName(r)}: `, { bold: true }), run(`${actualAgainstTarget(r)}${r.direction === "Improving" ? ", and improving" : ""}.`)]));
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

/** The figures awaited (tbc or blank, with when they are due), the annual indicators rated on last year's outturn, then the commentary. */
export function dataAssuranceBlocks(ratings: readonly IndicatorRating[], reporting: Period | null): Block[] {
  const awaited = ratings.map((r) => awaitedFigures(r, reporting)).filter((a) => a !== null);
  const items = awaited.map((a) => {
    const sentence = awaitedSentence(a, reporting);
    const name = indicatorName(a.rating);
    const ask = awaitedPrompt(a);
    return bullet([run(`${name}: `, { bold: true }), run(sentence.slice(name.length + 2)), ...(ask ? [run(" "), promptRun(ask)] : [])]);
  });
  const earlier = earlierYearSentence(ratings, reporting);
  return [...items, ...(earlier ? [paragraph(earlier)] : [])];
}

/** What the assurance section says when no figure is awaited: never that every indicator has its figure when there is none. */
export function nothingAwaited(ratings: readonly IndicatorRating[]): string {
  return ratings.length === 0
    ? "No data is awaited: no indicator of this partnership is on the scorecard."
    : "Every indicator has its figure for this period; no data is awaited.";
}

export function dataAssuranceSection(ratings: IndicatorRating[], reporting: Period | null, commentary: string[]): Block[] {
  const blocks = withCommentary(dataAssuranceBlocks(ratings, reporting), commentary);
  if (ratings.some((r) => r.status === "No data") && commentary.length === 0) {
    blocks.push(prompt("Say what assurance the partnership has while data is awaited in the Commentary sheet (Section: Data assurance)."));
  }
  return blocks.length > 0 ? blocks : [paragraph(nothingAwaited(ratings))];
}
