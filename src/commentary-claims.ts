import { finding } from "./findings";
import { mentionsIn } from "./mentions";
import { CommentaryEntry, Finding, Indicator, IndicatorRating, PeriodValue } from "./model";
import { formatPeriod } from "./periods";

// The user's words checked against the figures (docs/documents.md, "Commentary checked against the
// figures"): a Commentary paragraph that names an indicator and says it was met, exceeded, on
// target or improving, when the scorecard says otherwise, is a warning at its cell, and the papers
// print it as a prompt until it is changed. Each claim is looked for in the stretch of its sentence
// that belongs to the ref (from the mention before it to the mention after it), and a stretch that
// says "not", "never", "yet to", "failed to", "missed" or "short of" claims nothing.

export type Claim = "exceeded" | "met" | "onTarget" | "improving";

const CLAIMS: readonly [Claim, RegExp][] = [
  ["exceeded", /\b(?:exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|beat(?:en|s)?|overachiev\w*|ahead of (?:its |the )?target)\b/i],
  ["met", /\b(?:met|meets|achiev(?:ed|es|ing)|hit(?:s|ting)?)\s+(?:its|the|our|their)?\s*(?:\w+\s+)?targets?\b|\btargets?\s+(?:has|have)?\s*(?:been|was|is|were)\s+(?:met|achieved|hit)\b/i],
  ["onTarget", /\bon (?:target|track|course)\b/i],
  ["improving", /\b(?:improv(?:ing|ed|es)|getting better)\b/i],
];
const NEGATION = /\b(?:not|never|no longer|yet to|failed to|fails? to|unlikely to|missed|short of|off target|off track)\b|n't\b/i;

/** How the claim reads in a finding: "says NI 20 was exceeded". */
export const CLAIM_WORDS: Record<Claim, string> = { exceeded: "was exceeded", met: "met its target", onTarget: "is on target", improving: "is improving" };

export interface Contradiction {
  entry: CommentaryEntry;
  rating: IndicatorRating;
  claim: Claim;
  /** "says NI 20 was exceeded; the scorecard has it Amber, 5.8 against 5.7". */
  says: string;
}

/** A figure as a finding quotes it: as the unit reads, without the papers' formatting. */
function figure(indicator: Indicator, v: PeriodValue | null): string {
  if (!v || v.value === null) return "no figure";
  const n = indicator.unit === "percent" ? v.value * 100 : v.value;
  const text = String(Number(n.toPrecision(6)));
  return indicator.unit === "percent" ? `${text}%` : indicator.unit === "money" ? `£${text}` : text;
}

/** What the scorecard says instead, or null when it agrees (or cannot judge: no figure, no target). */
function contradiction(claim: Claim, r: IndicatorRating): string | null {
  if (claim === "improving") {
    if (r.direction !== "Worsening" && r.direction !== "No change") return null;
    const was = r.previous ? ` from ${figure(r.indicator, r.previous)} in ${formatPeriod(r.previous.period)}` : "";
    const now = r.latest ? ` to ${figure(r.indicator, r.latest)} in ${formatPeriod(r.latest.period)}` : "";
    return `the scorecard has it ${r.direction === "Worsening" ? "worsening" : "unchanged"}${was}${now}`;
  }
  if (r.status !== "Amber" && r.status !== "Red") return null;
  return `the scorecard has it ${r.status}, ${figure(r.indicator, r.latest)} against ${figure(r.indicator, r.target)}`;
}

/** The indicators of the ratings, one list for every paragraph (mentionsIn indexes a list once). */
const indicatorLists = new WeakMap<readonly IndicatorRating[], Indicator[]>();

/** The claims of one paragraph that the figures contradict. */
export function contradictionsIn(entry: CommentaryEntry, ratings: readonly IndicatorRating[], byIndicator: Map<Indicator, IndicatorRating>): Contradiction[] {
  const out: Contradiction[] = [];
  let indicators = indicatorLists.get(ratings);
  if (!indicators) indicatorLists.set(ratings, (indicators = ratings.map((r) => r.indicator)));
  for (const sentence of entry.text.split(/(?<=[.!?;])\s+|\n+/)) {
    const mentions = mentionsIn(sentence, indicators);
    mentions.forEach((m, i) => {
      const from = i > 0 ? mentions[i - 1].end : 0;
      const to = i + 1 < mentions.length ? mentions[i + 1].start : sentence.length;
      const stretch = sentence.slice(from, to);
      if (NEGATION.test(stretch)) return;
      const rating = byIndicator.get(m.indicator)!;
      for (const [claim, pattern] of CLAIMS) {
        if (!pattern.test(stretch)) continue;
        const instead = contradiction(claim, rating);
        if (instead && !out.some((c) => c.rating === rating)) out.push({ entry, rating, claim, says: `says ${m.indicator.ref} ${CLAIM_WORDS[claim]}; ${instead}` });
      }
    });
  }
  return out;
}

/** Every contradicted claim of the Commentary sheet, in its order. */
export function commentaryContradictions(commentary: readonly CommentaryEntry[], ratings: readonly IndicatorRating[]): Contradiction[] {
  const byIndicator = new Map(ratings.map((r) => [r.indicator, r]));
  return commentary.flatMap((entry) => contradictionsIn(entry, ratings, byIndicator));
}

/** The warnings, one per contradicted claim, at the paragraph's cell. */
export function checkCommentary(commentary: readonly CommentaryEntry[], ratings: readonly IndicatorRating[], sheet: string): Finding[] {
  return commentaryContradictions(commentary, ratings).map((c) =>
    finding("commentary-contradicts-figures", sheet, c.entry.cell, `The commentary ${c.says}.`,
      "Change the words (or the figures, if they are wrong): until then the papers print this paragraph in grey as a prompt, and they stay a DRAFT."),
  );
}
