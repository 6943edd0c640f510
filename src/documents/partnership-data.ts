import { commentaryContradictions } from "../commentary-claims";
import { CONTRADICTED } from "./blocks";
import { partnershipKey } from "../keys";
import { Analysis, CommentaryEntry, CommentarySection, Indicator, IndicatorRating, PartnershipRating, Period, PeriodValue } from "../model";
import { formatPeriod, samePeriod } from "../periods";
import { figureFormat, formatFigure } from "../format";
import { reportingPeriodTarget } from "./periods-shown";
import { profileWords } from "../profile";

// What the documents need of one partnership, picked out of an Analysis.

export function findPartnership(analysis: Analysis, name: string): PartnershipRating | undefined {
  return analysis.partnerships.find((p) => partnershipKey(p.name) === partnershipKey(name));
}

export function ratingsOf(analysis: Analysis, partnership: string): IndicatorRating[] {
  const key = partnershipKey(partnership);
  return analysis.indicators.filter((r) => partnershipKey(r.indicator.partnership) === key);
}

const contradicted = new WeakMap<Analysis, Map<CommentaryEntry, string>>();

/** What is wrong with each paragraph whose claims the figures contradict (src/commentary-claims.ts), worked out once per analysis. */
function contradictionsOf(analysis: Analysis): Map<CommentaryEntry, string> {
  let known = contradicted.get(analysis);
  if (!known) {
    known = new Map();
    for (const c of commentaryContradictions(analysis.papers.commentary, analysis.indicators)) {
      known.set(c.entry, `${known.has(c.entry) ? `${known.get(c.entry)} It also ` : "Check this paragraph: it "}${c.says}. Change the words in the Commentary sheet (cell ${c.entry.cell}), or the figures if they are wrong.`);
    }
    contradicted.set(analysis, known);
  }
  return known;
}

/** Whether the figures contradict a paragraph's claims: then it is a prompt, never quoted as the board's text. */
export function contradicts(analysis: Analysis, entry: CommentaryEntry): boolean {
  return contradictionsOf(analysis).has(entry);
}

/**
 * The partnership's paragraphs of one commentary section, in the order of the sheet. A paragraph
 * the figures contradict carries its note (blocks.ts CONTRADICTED), so every paper prints it as a
 * prompt that DRAFT counts, never as the board's text.
 */
export function commentaryOf(analysis: Analysis, partnership: string, section: CommentarySection): string[] {
  const key = partnershipKey(partnership);
  const wrong = contradictionsOf(analysis);
  return analysis.papers.commentary
    .filter((c) => c.section === section && partnershipKey(c.partnership) === key)
    .map((c) => (wrong.has(c) ? `${CONTRADICTED}${wrong.get(c)}${CONTRADICTED}${c.text}` : c.text));
}

/** "NI 151 Overall employment rate". */
export function indicatorName(rating: IndicatorRating): string {
  return `${rating.indicator.ref} ${rating.indicator.title}`.trim();
}

/** The target to show: the one the actual was rated against, else the reporting period's own (or its year's). */
export function shownTarget(rating: IndicatorRating, reportingPeriod: Period | null): PeriodValue | null {
  return rating.target ?? reportingPeriodTarget(rating.indicator, reportingPeriod);
}

/**
 * "5.9 in Q2 2009/10 against the 2009/10 target of 6.3", "67% in 2008/09 against a target of 66%":
 * every figure with its period, so last year's outturn is never taken for this year's.
 */
export function actualAgainstTarget(rating: IndicatorRating): string {
  return actualAgainst(rating.indicator, rating.latest, rating.target);
}

/** The same words for any actual and the target it was rated against (an exception's figures). */
export function actualAgainst(indicator: Indicator, latest: PeriodValue | null, target: PeriodValue | null): string {
  const format = figureFormat(indicator);
  if (!latest) return "no figure yet";
  // A year-to-date column's figure is the position at its quarter, not that quarter's own (docs/workbook.md, "Periods").
  const actual = `${formatFigure(latest.value, format)} ${latest.yearToDate ? "for the year to" : "in"} ${formatPeriod(latest.period)}`;
  if (!target) return `${actual}, with no target for it`;
  const profile = profileWords(target, (v) => formatFigure(v, format));
  if (profile) return `${actual} against a profiled target of ${formatFigure(target.value, format)} (${profile})`;
  const same = samePeriod(target.period, latest.period);
  return `${actual} against ${same ? "a target" : `the ${formatPeriod(target.period)} target`} of ${formatFigure(target.value, format)}`;
}
