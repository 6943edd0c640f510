import { IndicatorRating, PeriodValue } from "../model";
import { formatPeriod, periodIndex } from "../periods";
import { formatValue } from "./format";

// "Underlying trends": one sentence per indicator with two or more actuals up to the reporting
// period, comparing the first with the latest and judging the change by the indicator's polarity.

function actualsToDate(rating: IndicatorRating): PeriodValue[] {
  const limit = rating.latest ? periodIndex(rating.latest.period) : Infinity;
  const byTime = new Map<number, PeriodValue>();
  for (const a of rating.indicator.actuals) {
    const at = periodIndex(a.period);
    if (a.value === null || !Number.isFinite(a.value) || at > limit) continue;
    // An annual outturn and a Q4 figure fall on one point in time: the annual outturn stands.
    if (!byTime.has(at) || a.period.kind === "year") byTime.set(at, a);
  }
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

export function trendSentence(rating: IndicatorRating): string | null {
  const series = actualsToDate(rating);
  if (series.length < 2) return null;
  const { indicator } = rating;
  const first = series[0];
  const last = series[series.length - 1];
  const from = `${formatValue(first.value, indicator.unit)} in ${formatPeriod(first.period)}`;
  const to = `${formatValue(last.value, indicator.unit)} in ${formatPeriod(last.period)}`;
  const name = `${indicator.ref} ${indicator.title}`;
  const over = `over ${series.length} periods`;
  const change = (last.value as number) - (first.value as number);
  if (change === 0) return `${name} has held at ${formatValue(last.value, indicator.unit)} ${over}, from ${formatPeriod(first.period)} to ${formatPeriod(last.period)}.`;
  if (indicator.polarity === null) return `${name} has ${change > 0 ? "risen" : "fallen"} ${over}, from ${from} to ${to}.`;
  const better = (change > 0) === (indicator.polarity === "higher");
  return `${name} has ${better ? "improved" : "worsened"} ${over}, from ${from} to ${to}.`;
}

export function trendSentences(ratings: readonly IndicatorRating[]): string[] {
  return ratings.map(trendSentence).filter((s): s is string => s !== null);
}
