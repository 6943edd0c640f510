import { Analysis, CommentarySection, IndicatorRating, PartnershipRating, Period } from "../model";
import { partnershipKey } from "../read/partnerships";
import { formatPeriod } from "../periods";
import { formatValue } from "./format";

// What the documents need of one partnership, picked out of an Analysis.

export function findPartnership(analysis: Analysis, name: string): PartnershipRating | undefined {
  return analysis.partnerships.find((p) => partnershipKey(p.name) === partnershipKey(name));
}

export function ratingsOf(analysis: Analysis, partnership: string): IndicatorRating[] {
  const key = partnershipKey(partnership);
  return analysis.indicators.filter((r) => partnershipKey(r.indicator.partnership) === key);
}

/** The partnership's paragraphs of one commentary section, in the order of the sheet. */
export function commentaryOf(analysis: Analysis, partnership: string, section: CommentarySection): string[] {
  const key = partnershipKey(partnership);
  return analysis.papers.commentary.filter((c) => c.section === section && partnershipKey(c.partnership) === key).map((c) => c.text);
}

/** "NI 151 Overall employment rate". */
export function indicatorName(rating: IndicatorRating): string {
  return `${rating.indicator.ref} ${rating.indicator.title}`.trim();
}

/** The target to show: the one the actual was compared with, else the reporting year's. */
export function shownTarget(rating: IndicatorRating, reportingPeriod: Period | null): number | null {
  if (rating.target) return rating.target.value;
  if (!reportingPeriod) return null;
  const sameYear = rating.indicator.targets.filter((t) => t.value !== null && t.period.year === reportingPeriod.year);
  return (sameYear.find((t) => t.period.kind === "year") ?? sameYear[sameYear.length - 1])?.value ?? null;
}

/** "74.5% against a target of 72% (Q2 2009/10)". */
export function actualAgainstTarget(rating: IndicatorRating): string {
  const unit = rating.indicator.unit;
  const actual = formatValue(rating.latest?.value ?? null, unit);
  const target = rating.target ? ` against a target of ${formatValue(rating.target.value, unit)}` : "";
  const when = rating.asAt ? ` (${formatPeriod(rating.asAt)})` : "";
  return `${actual}${target}${when}`;
}
