import { Indicator } from "./model";

// Where the user's words name an indicator by its ref: "NI 20", "NI20", "ni 20" and "L17.1" as typed
// in the Commentary and Actions sheets. A ref is matched whole, so "NI 13" is not found in "NI 135"
// nor "L17.1" in "L17.10". Used to find an indicator's corrective action and latest note, and the
// claims the commentary makes about it.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The pattern of one ref: its letters and digits, any spaces between them optional. */
export function refPattern(ref: string): RegExp {
  const chunks = ref.trim().match(/[A-Za-z]+|\d+(?:\.\d+)*|[^\sA-Za-z\d]+/g) ?? [];
  return new RegExp(`(?<![A-Za-z\\d.])${chunks.map(escape).join("\\s*")}(?![\\d]|\\.\\d)`, "gi");
}

export interface Mention {
  indicator: Indicator;
  /** Where the ref starts and ends in the text. */
  start: number;
  end: number;
}

const patterns = new WeakMap<Indicator, RegExp>();

/** Every mention of any of the indicators in the text, in the order of the text. */
export function mentionsIn(text: string, indicators: readonly Indicator[]): Mention[] {
  const found: Mention[] = [];
  for (const indicator of indicators) {
    if (!indicator.ref.trim()) continue;
    let pattern = patterns.get(indicator);
    if (!pattern) patterns.set(indicator, (pattern = refPattern(indicator.ref)));
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push({ indicator, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether the text names the indicator. */
export function names(text: string | null, indicator: Indicator): boolean {
  return text ? mentionsIn(text, [indicator]).length > 0 : false;
}
