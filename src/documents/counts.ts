import { IndicatorRating } from "../model";
import { countStatuses } from "../rollup";
import { joinAnd, plural } from "../words";

// The one sentence under the performance table: "Of 9 indicators, 5 are on target, 2 are within
// tolerance, 1 is off target and 1 has no data." Counts of none are left out; verbs agree.

function clause(count: number, singular: string, many: string, rest: string): string | null {
  if (count === 0) return null;
  return `${count} ${count === 1 ? singular : many} ${rest}`;
}

export function countsSentence(ratings: readonly IndicatorRating[]): string {
  if (ratings.length === 0) return "No indicators for this partnership are on the scorecard.";
  const c = countStatuses(ratings);
  const parts = [
    clause(c.green, "is", "are", "on target"),
    clause(c.amber, "is", "are", "within tolerance"),
    clause(c.red, "is", "are", "off target"),
    clause(c.noData, "has", "have", "no data"),
    clause(c.noTarget, "has", "have", "no target"),
  ].filter((p): p is string => p !== null);
  return `Of ${plural(ratings.length, "indicator")}, ${joinAnd(parts)}.`;
}
