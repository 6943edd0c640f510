import { Fact } from "../facts";
import { Analysis, PaperDate, PartnershipRating } from "../model";
import { partnershipKey } from "../keys";
import { Block, bullet, paragraph } from "./blocks";
import { asAtWords } from "./exception-words";
import { ExceptionRow } from "./exception-rows";
import { onTargetWords } from "./partnership-updates";
import { formatPaperDate, formatReward } from "../format";
import { joinAnd } from "../words";

// The recommendations of the covering report, in the form a council committee report takes ("The
// Group is asked to: note ...; agree that ...; ask ... to report ..."), each from one rule of
// docs/documents.md ("The covering report: recommendations"), in this order:
// 1. note the agreement's position (always, once any indicator is rated);
// 2. agree that each stretch candidate listed as good news be put forward for a more stretching target at the LAA refresh;
// 3. ask a partnership to report at the next meeting on each Red indicator or emerging concern of
//    its that has no corrective action on the Actions sheet;
// 4. note the corrective actions recorded for the others;
// 5. note the figures awaited;
// 6. note the reward at risk, where any is.

/** "CWOP" for "Community Wellbeing and Older People (CWOP)": the short name the group uses, else the name. */
export function shortName(name: string): string {
  const bracketed = /\(([^)]+)\)\s*$/.exec(name);
  return bracketed ? bracketed[1].trim() : name;
}

const refs = (facts: readonly Fact[]) => joinAnd(facts.map((f) => f.rating.indicator.ref));

export function recommendations(analysis: Analysis, facts: readonly Fact[], rows: readonly ExceptionRow[], partnerships: readonly PartnershipRating[]): string[] {
  const out: string[] = [];
  const period = analysis.reportingPeriod;
  const all = analysis.indicators;
  const count = (s: string) => all.filter((r) => r.status === s).length;
  const rated = count("Green") + count("Amber") + count("Red");
  if (rated > 0 && period) {
    // Counted as a clerk writes them: "none within tolerance", never "0 within tolerance".
    const some = (s: string) => (count(s) === 0 ? "none" : `${count(s)}`);
    out.push(`note the position of the Local Area Agreement as at ${asAtWords(period)}: ${onTargetWords(count("Green"), rated)} (Green), ${some("Amber")} within tolerance (Amber) and ${some("Red")} off target (Red)`);
  }

  // Only good news: an indicator past its target but worsening two periods running is a concern, not a candidate.
  const stretch = facts.filter((f) => f.heading === "goodNews" && f.exception?.reasons.some((r) => r.kind === "stretch"));
  if (stretch.length > 0) {
    out.push(`agree that ${refs(stretch)} be put forward for ${stretch.length === 1 ? "a more stretching target" : "more stretching targets"} at the LAA refresh`);
  }

  for (const p of partnerships) {
    const key = partnershipKey(p.name);
    const theirs = rows.filter((r) => partnershipKey(r.fact.rating.indicator.partnership) === key && !r.action);
    if (theirs.length > 0) out.push(`ask ${shortName(p.name)} to report on ${refs(theirs.map((r) => r.fact))} at the next meeting`);
  }

  const acted = rows.filter((r) => r.action);
  if (acted.length > 0) {
    const when = (due: PaperDate) => (due instanceof Date ? `, by ${formatPaperDate(due)}` : due ? `, due: ${due}` : "");
    const each = acted.map((r) => `${r.fact.rating.indicator.ref} (Action ${r.action!.no}, ${r.action!.owner ?? "no owner recorded"}${when(r.action!.due)})`);
    out.push(`note the corrective action${acted.length === 1 ? "" : "s"} recorded on ${joinAnd(each)}`);
  }

  const awaited = facts.filter((f) => f.heading === "dataAssurance" || f.exception?.reasons.some((r) => r.kind === "noData"));
  if (awaited.length > 0) out.push(`note that the figure${awaited.length === 1 ? "" : "s"} for ${refs(awaited)} ${awaited.length === 1 ? "is" : "are"} awaited, and the assurance given meanwhile`);

  const atStake = partnerships.reduce((s, p) => s + p.prgAtStake, 0);
  const atRisk = partnerships.reduce((s, p) => s + p.prgAtRisk, 0);
  if (atRisk > 0) out.push(`note that ${formatReward(atRisk)} of the ${formatReward(atStake)} Performance Reward Grant at stake is at risk`);
  return out;
}

/** "The Group is asked to:" and one bullet per recommendation, the last ending the sentence. */
export function recommendationBlocks(said: readonly string[]): Block[] {
  if (said.length === 0) return [paragraph("The Group is asked to note this report.")];
  return [paragraph("The Group is asked to:", true), ...said.map((s, i) => bullet(`${s}${i === said.length - 1 ? "." : ";"}`, i < said.length - 1))];
}
