import { finding } from "./findings";
import { mentionsIn } from "./mentions";
import { CommentaryEntry, Finding, Indicator, IndicatorRating, PeriodValue } from "./model";
import { figureFormat, formatFigure } from "./format";
import { formatPeriod } from "./periods";

// The user's words checked against the figures (docs/documents.md, "Commentary checked against the
// figures"): a Commentary paragraph that names an indicator and says it was met, exceeded, on
// target or improving, when the scorecard says otherwise, is a warning at its cell, and the papers
// print it as a prompt until it is changed. Each claim is looked for in the stretch of its sentence
// that belongs to the ref: from the clause break ("and", "but", ";") after the mention before it to
// the break before the mention after it, so "NI 20 has been exceeded and NI 16 has improved" gives
// NI 16 only "improved". A clause of it that says "not", "never", "yet to", "failed to", "missed" or
// "short of" claims nothing, and only that clause: "NI 39 is improving but remains off target"
// still claims improving.

export type Claim = "exceeded" | "met" | "onTarget" | "improving";

const CLAIMS: readonly [Claim, RegExp][] = [
  ["exceeded", /\b(?:exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|beat(?:en|s)?|overachiev\w*|ahead of (?:its |the )?target)\b/i],
  ["met", /\b(?:met|meets|achiev(?:ed|es|ing)|hit(?:s|ting)?)\s+(?:its|the|our|their)?\s*(?:\w+\s+)?targets?\b|\btargets?\s+(?:has|have)?\s*(?:been|was|is|were)\s+(?:met|achieved|hit)\b/i],
  ["onTarget", /\bon (?:target|track|course)\b/i],
  ["improving", /\b(?:improv(?:ing|ed|es)|getting better)\b/i],
];
const NEGATION = /\b(?:not|never|neither|nor|no longer|yet to|failed to|fails? to|unlikely to|missed|short of|off target|off track)\b|n't\b/i;
/** Where one clause ends and the next begins: "and", "but", "although" and the like, or a semicolon. */
const CLAUSE_BREAK = /\s*[,:]?\s+\b(?:and|but|while|whereas|although|though|however)\b\s+|\s*;\s*/gi;

/** The start and end of the last clause break in `text`, or null. */
function lastBreak(text: string): [number, number] | null {
  let last: [number, number] | null = null;
  for (const m of text.matchAll(CLAUSE_BREAK)) last = [m.index!, m.index! + m[0].length];
  return last;
}

/** How the claim reads in a finding: "says NI 20 was exceeded". */
export const CLAIM_WORDS: Record<Claim, string> = { exceeded: "was exceeded", met: "met its target", onTarget: "is on target", improving: "is improving" };

export interface Contradiction {
  entry: CommentaryEntry;
  rating: IndicatorRating;
  claim: Claim;
  /** "says NI 20 was exceeded; the scorecard has it Amber, 5.8 against 5.7". */
  says: string;
}

/** A figure as the papers print it beside the paragraph (one format per indicator: "1,561", "71.0%"). */
function figure(indicator: Indicator, v: PeriodValue | null): string {
  return !v || v.value === null ? "no figure" : formatFigure(v.value, figureFormat(indicator));
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

/** The ratings' indicators, in their order: a plain loop, as `map` calls a function for each of 10,000. */
function indicatorsOf(ratings: readonly IndicatorRating[]): Indicator[] {
  const indicators: Indicator[] = [];
  for (let i = 0; i < ratings.length; i++) indicators.push(ratings[i].indicator);
  return indicators;
}

/** The claims of one paragraph that the figures contradict. */
export function contradictionsIn(entry: CommentaryEntry, ratings: readonly IndicatorRating[]): Contradiction[] {
  const out: Contradiction[] = [];
  let indicators = indicatorLists.get(ratings);
  if (!indicators) indicatorLists.set(ratings, (indicators = indicatorsOf(ratings)));
  for (const sentence of entry.text.split(/(?<=[.!?;])\s+|\n+/)) {
    const mentions = mentionsIn(sentence, indicators);
    // Between two mentions, the last clause break parts them; without one, the later ref starts its own stretch.
    const cuts = mentions.slice(1).map((m, i) => {
      const after = mentions[i].end;
      const b = lastBreak(sentence.slice(after, m.start));
      return b ? [after + b[0], after + b[1]] : [m.start, m.start];
    });
    mentions.forEach((m, i) => {
      const from = i > 0 ? cuts[i - 1][1] : 0;
      const to = i < cuts.length ? cuts[i][0] : sentence.length;
      const clauses = sentence.slice(from, to).split(CLAUSE_BREAK).filter((c) => !NEGATION.test(c));
      // A mention's place in the indicators is its rating's place in the ratings.
      const rating = ratings[m.at];
      for (const [claim, pattern] of CLAIMS) {
        if (!clauses.some((c) => pattern.test(c))) continue;
        const instead = contradiction(claim, rating);
        if (instead && !out.some((c) => c.rating === rating)) out.push({ entry, rating, claim, says: `says ${m.indicator.ref} ${CLAIM_WORDS[claim]}; ${instead}` });
      }
    });
  }
  return out;
}

/** Every contradicted claim of the Commentary sheet, in its order. */
export function commentaryContradictions(commentary: readonly CommentaryEntry[], ratings: readonly IndicatorRating[]): Contradiction[] {
  return commentary.flatMap((entry) => contradictionsIn(entry, ratings));
}

/** The warnings, one per contradicted claim, at the paragraph's cell. */
export function checkCommentary(commentary: readonly CommentaryEntry[], ratings: readonly IndicatorRating[], sheet: string): Finding[] {
  return commentaryContradictions(commentary, ratings).map((c) =>
    finding("commentary-contradicts-figures", sheet, c.entry.cell, `The commentary ${c.says}.`,
      "Change the words (or the figures, if they are wrong): until then the papers print this paragraph in grey as a prompt, and they stay a DRAFT."),
  );
}
