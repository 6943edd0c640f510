import { PeriodReview } from "./engine";
import { Exception, ExceptionHeading } from "./exceptions";
import { commentaryContradictions } from "./commentary-claims";
import { ActionItem, CommentaryEntry, CommentarySection, IndicatorRating, Papers } from "./model";
import { partnershipKey } from "./keys";
import { names } from "./mentions";
import { actionDone } from "./progress";

// One set of facts for every paper (docs/exceptions.md, "One set of facts"): which indicators of a
// partnership are its good news, its barriers, its data assurance and its resource issues. The
// exceptions the engine picks out go under their own headings; an indicator that is no exception
// but that a reader would still look for under a heading is listed there too: short of target
// (Amber), no figure at all, on target and improving. The minutes, the progress update, the
// mid-year report, the annual review and the covering report all list these, so an indicator is
// never under one heading in one paper and another, or missing, in the next.

/** Why an indicator that is not an exception is still listed. */
export type StandingKind =
  /** Red or Amber and no exception (Amber as it was, or up from Red): short of target. */
  | "short"
  /** No figure at all, and none due yet. */
  | "noFigure"
  /** Green, and better than its figure before. */
  | "improving";

export const STANDING_HEADING: Record<StandingKind, ExceptionHeading> = { short: "barriers", noFigure: "dataAssurance", improving: "goodNews" };

export interface Fact {
  rating: IndicatorRating;
  heading: ExceptionHeading;
  /** The exception the engine picked out, when the indicator is one. */
  exception: Exception | null;
  /** Otherwise why it is listed. */
  standing: StandingKind | null;
  /** What is being done about it, when it is Red or an emerging concern (null otherwise). */
  correction: Correction | null;
}

/**
 * The exception row a performance system such as Pentana prints for each indicator that needs
 * action: the corrective action, who owns it, when improvement is expected, and the latest note.
 * The action is the first open one on the Actions sheet that names the indicator's ref (done ones are
 * history, not a plan); the note the last paragraph of the partnership's Commentary that names it.
 * Each is null where the book has none, and the papers prompt for it.
 */
export interface Correction {
  /** Why it has a row: Red, an emerging concern (worse two periods running), or both. */
  why: "red" | "emergingConcern" | "both";
  action: ActionItem | null;
  note: string | null;
}

/** A milestone is a plan for later ("targets agreed with GO-East" in 12 months), not the latest word on what is being done. */
const MILESTONES: ReadonlySet<CommentarySection> = new Set(["milestones6", "milestones12", "milestones18"]);

/** `contradicted`: paragraphs the figures contradict, prompts in every paper, so never quoted as the latest word. */
function correctionOf(rating: IndicatorRating, exception: Exception | null, papers: Pick<Papers, "actions" | "commentary">, contradicted: ReadonlySet<CommentaryEntry>): Correction | null {
  const red = rating.status === "Red";
  const concern = !!exception?.reasons.some((r) => r.kind === "emergingConcern");
  if (!red && !concern) return null;
  const { indicator } = rating;
  const key = partnershipKey(indicator.partnership);
  const notes = papers.commentary.filter((c) => partnershipKey(c.partnership) === key && !MILESTONES.has(c.section) && names(c.text, indicator) && !contradicted.has(c));
  return {
    why: red && concern ? "both" : red ? "red" : "emergingConcern",
    action: papers.actions.find((a) => !actionDone(a) && names(a.action, indicator)) ?? null,
    note: notes.length > 0 ? notes[notes.length - 1].text : null,
  };
}

function standingOf(r: IndicatorRating): StandingKind | null {
  if (r.status === "Red" || r.status === "Amber") return "short";
  if (r.status === "No data") return "noFigure";
  if (r.status === "Green" && r.direction === "Improving") return "improving";
  return null;
}

/**
 * The facts of the whole scorecard, in its order: each indicator at most once. `review` is the
 * reporting period against the period before (null when there are no actuals yet: then only the
 * standing facts are known); `papers` give what is being done about each indicator that needs it.
 */
export function factsOf(ratings: readonly IndicatorRating[], review: PeriodReview | null, papers: Pick<Papers, "actions" | "commentary">): Fact[] {
  const exceptions = new Map(review?.exceptions.map((e) => [e.indicator, e]) ?? []);
  const contradicted = new Set(commentaryContradictions(papers.commentary, ratings).map((c) => c.entry));
  const facts: Fact[] = [];
  for (const rating of ratings) {
    const exception = exceptions.get(rating.indicator) ?? null;
    if (exception) {
      facts.push({ rating, heading: exception.heading, exception, standing: null, correction: correctionOf(rating, exception, papers, contradicted) });
      continue;
    }
    const standing = standingOf(rating);
    if (standing) facts.push({ rating, heading: STANDING_HEADING[standing], exception: null, standing, correction: correctionOf(rating, null, papers, contradicted) });
  }
  return facts;
}

/** The facts of one partnership. */
export function factsOfPartnership(facts: readonly Fact[], partnership: string): Fact[] {
  const key = partnershipKey(partnership);
  return facts.filter((f) => partnershipKey(f.rating.indicator.partnership) === key);
}
