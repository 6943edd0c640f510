import { partnershipKey } from "../keys";
import { Indicator } from "../model";
import { reportingOf } from "../due";

// What a return was made from, in eight hex digits: the partnership's indicators as they stood (Ref,
// title, polarity, unit, how often each reports, and their order). The merge makes it again from the
// scorecard it merges into; a different value says the indicators have changed since the return went out.

export function indicatorsFingerprint(indicators: readonly Indicator[]): string {
  const text = indicators.map((i) => [i.refKey, i.title.trim(), i.polarity ?? "", i.unit, reportingOf(i)].join("\u0001")).join("\u0002");
  // FNV-1a, 32 bits: a check for change, not for tampering.
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    hash ^= text.charCodeAt(k);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The indicators of one partnership, in scorecard order. */
export function indicatorsOf(indicators: readonly Indicator[], partnership: string): Indicator[] {
  const key = partnershipKey(partnership);
  return indicators.filter((i) => partnershipKey(i.partnership) === key);
}
