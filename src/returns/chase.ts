import { partnershipKey } from "../keys";
import { ReturnFinding } from "../findings";
import { Analysis, Period } from "../model";
import { formatPeriod } from "../periods";
import { awaitedFigure } from "../due";
import { partnershipsWithPapers } from "../rollup";
import { indicatorsOf } from "./fingerprint";
import { ChaseEntry, FigureChange, MergePlan, TextChange } from "./merge-model";

// Who still owes what after a merge, per partnership and its lead: the figures due for the period
// and still not in the scorecard (src/due.ts decides what is due), the figures queried, the conflicts
// left for the officer, and the figures of a return kept out for a finding.

const IN = new Set(["written", "overwritten", "same"]);
const KEPT_OUT = new Set(["return-not-a-number", "return-percent-out-of-range", "return-row-twice"]);

export function chaseList(
  analysis: Analysis, period: Period, figures: readonly FigureChange[], texts: readonly TextChange[], returns: MergePlan["returns"], findings: readonly ReturnFinding[],
): ChaseEntry[] {
  const indicators = analysis.scorecard?.indicators ?? [];
  return partnershipsWithPapers(analysis.partnerships).map((p) => {
    const key = partnershipKey(p.name);
    const returned = returns.find((r) => r.taken && r.partnership !== null && partnershipKey(r.partnership) === key)?.file ?? null;
    const mine = figures.filter((f) => partnershipKey(f.partnership) === key);
    const nowIn = new Set(mine.filter((f) => IN.has(f.outcome)).map((f) => f.ref));
    const missing = indicatorsOf(indicators, p.name).flatMap((i) => {
      const due = awaitedFigure(i, period);
      return due && !nowIn.has(i.ref) ? [{ ref: i.ref, title: i.title, period: formatPeriod(due.period) }] : [];
    });
    return {
      partnership: p.name,
      lead: p.lead,
      deputy: p.deputy,
      returned,
      missing,
      queried: mine.filter((f) => f.queried),
      conflicts: [...mine, ...texts.filter((t) => partnershipKey(t.partnership) === key)].filter((c) => c.outcome === "conflict"),
      refused: returned ? findings.filter((f) => f.file === returned && KEPT_OUT.has(f.code)) : [],
    };
  });
}
