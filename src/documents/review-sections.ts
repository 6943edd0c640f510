import { IndicatorRating, Period } from "../model";
import { formatPeriod } from "../periods";
import { Block, paragraph, paragraphs, prompt } from "./blocks";
import { PaperFacts, factSection, listedFacts } from "./fact-words";
import { chartBlock } from "./charts";
import { figureFormat, formatFigure } from "../format";
import { indicatorName } from "./partnership-data";
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

// Good news, barriers and assurance are the one set of facts every paper lists (src/facts.ts).

export function goodNewsSection(facts: PaperFacts, reporting: Period | null, commentary: string[]): Block[] {
  return factSection(facts, "goodNews", reporting, commentary, "No indicator is past its target by more than the amber band, back on target or on target and improving, and no good news is recorded. Add it in the Commentary sheet (Section: Good news).", { charts: false });
}

export function barriersSection(facts: PaperFacts, reporting: Period | null, commentary: string[]): Block[] {
  return factSection(facts, "barriers", reporting, commentary, "No indicator is Red or Amber or has worsened two periods running, and no barriers are recorded. Add any risks and the actions needed in the Commentary sheet (Section: Barriers).", { charts: false, exceptionRows: true });
}

const MONTH_WORDS: Record<6 | 12 | 18, string> = { 6: "six", 12: "twelve", 18: "eighteen" };

export function milestonesSection(months: 6 | 12 | 18, commentary: string[]): Block[] {
  const blocks = commentary.flatMap((t) => paragraphs(t));
  return blocks.length > 0 ? blocks : [prompt(`No milestones recorded for the next ${MONTH_WORDS[months]} months. Add them in the Commentary sheet (Section: Milestones – ${months} months).`)];
}

/** What the assurance section says when no figure is awaited: never that every indicator has its figure when there is none. */
export function nothingAwaited(ratings: readonly IndicatorRating[]): string {
  return ratings.length === 0
    ? "No data is awaited: no indicator of this partnership is on the scorecard."
    : "Every indicator has its figure for this period; no data is awaited.";
}

export function dataAssuranceSection(facts: PaperFacts, ratings: IndicatorRating[], reporting: Period | null, commentary: string[]): Block[] {
  const blocks = [...listedFacts(facts, "dataAssurance", reporting, false), ...commentary.flatMap((t) => paragraphs(t))];
  if (ratings.some((r) => r.status === "No data") && commentary.length === 0) {
    blocks.push(prompt("Say what assurance the partnership has while data is awaited in the Commentary sheet (Section: Data assurance)."));
  }
  return blocks.length > 0 ? blocks : [paragraph(nothingAwaited(ratings))];
}
