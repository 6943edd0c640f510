import { PeriodReview, reviewPeriod } from "../engine";
import { Analysis, Period } from "../model";
import { formatPeriod } from "../periods";

// The engine's comparison of the reporting period with an earlier one, worked out once per analysis
// and period, not once per partnership: a batch of progress updates or mid-year reports for every
// partnership of a large scorecard compares the whole scorecard once. An analysis is never changed
// after it is made (the pane and the CLI analyse again after any edit), so it is a safe key.

const reviews = new WeakMap<Analysis, Map<string, PeriodReview | null>>();

export function reviewOf(analysis: Analysis, before?: Period): PeriodReview | null {
  let known = reviews.get(analysis);
  if (!known) reviews.set(analysis, (known = new Map()));
  const key = before ? formatPeriod(before) : "";
  if (!known.has(key)) known.set(key, reviewPeriod(analysis, before));
  return known.get(key)!;
}
