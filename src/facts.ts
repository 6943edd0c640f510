import { PeriodReview } from "./engine";
import { Exception, ExceptionHeading } from "./exceptions";
import { IndicatorRating } from "./model";
import { partnershipKey } from "./keys";

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
 * standing facts are known).
 */
export function factsOf(ratings: readonly IndicatorRating[], review: PeriodReview | null): Fact[] {
  const exceptions = new Map(review?.exceptions.map((e) => [e.indicator, e]) ?? []);
  const facts: Fact[] = [];
  for (const rating of ratings) {
    const exception = exceptions.get(rating.indicator) ?? null;
    if (exception) {
      facts.push({ rating, heading: exception.heading, exception, standing: null });
      continue;
    }
    const standing = standingOf(rating);
    if (standing) facts.push({ rating, heading: STANDING_HEADING[standing], exception: null, standing });
  }
  return facts;
}

/** The facts of one partnership. */
export function factsOfPartnership(facts: readonly Fact[], partnership: string): Fact[] {
  const key = partnershipKey(partnership);
  return facts.filter((f) => partnershipKey(f.rating.indicator.partnership) === key);
}
