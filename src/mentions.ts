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

function patternOf(indicator: Indicator): RegExp {
  let pattern = patterns.get(indicator);
  if (!pattern) patterns.set(indicator, (pattern = refPattern(indicator.ref)));
  return pattern;
}

// Running every ref's pattern over every sentence costs refs x sentences (10,000 indicators and a
// Commentary sheet took seconds), so the refs a text may name are found first by their folded form
// (spaces taken out, as the pattern lets them be; upper case, as its `i` flag compares), and only
// those patterns are run. Any text a pattern matches, folded, starts with its ref folded, so no
// mention is missed; the patterns still decide.

const SPACE = /\s/;

// Character by character, over a Commentary sheet and 10,000 refs: ASCII is tested by its code (the
// patterns' \s and [A-Za-z\d.] as they stand there), anything else by the pattern itself.
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(c);
}

/** A letter, a digit or a dot: what may not stand just before a ref. */
function joinsRef(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 46 || ((code | 32) >= 97 && (code | 32) <= 122);
}

function fold(c: string): string {
  const upper = c.toUpperCase();
  return upper.length === 1 ? upper : c;
}

function folded(ref: string): string {
  const bare = ref.replace(/\s+/g, "");
  // ASCII folds as a whole; otherwise by UTF-16 units, as the text is (and as a pattern without the u flag compares).
  if (!/[^ -~]/.test(bare)) return bare.toUpperCase();
  let out = "";
  for (let i = 0; i < bare.length; i++) out += fold(bare[i]);
  return out;
}

interface RefIndex {
  /** Positions in `indicators`, by folded ref. */
  byKey: Map<string, number[]>;
  shortest: number;
  longest: number;
}

const indexes = new WeakMap<readonly Indicator[], RefIndex>();

function indexOf(indicators: readonly Indicator[]): RefIndex {
  let index = indexes.get(indicators);
  if (index) return index;
  index = { byKey: new Map(), shortest: Infinity, longest: 0 };
  indicators.forEach((indicator, i) => {
    if (!indicator.ref.trim()) return;
    const key = folded(indicator.ref);
    const at = index!.byKey.get(key);
    if (at) at.push(i);
    else index!.byKey.set(key, [i]);
    index!.shortest = Math.min(index!.shortest, key.length);
    index!.longest = Math.max(index!.longest, key.length);
  });
  indexes.set(indicators, index);
  return index;
}

/** Positions in `indicators` of the refs the text may name, in their order. */
function candidates(text: string, index: RefIndex): number[] {
  // The text folded, and where each of its characters starts in the folded text.
  let all = "";
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(all.length);
    if (!isSpace(text[i])) all += fold(text[i]);
  }
  const found = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text[i]) || (i > 0 && joinsRef(text.charCodeAt(i - 1)))) continue;
    for (let n = index.shortest; n <= index.longest && starts[i] + n <= all.length; n++) {
      for (const k of index.byKey.get(all.slice(starts[i], starts[i] + n)) ?? []) found.add(k);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** Every mention of any of the indicators in the text, in the order of the text. */
export function mentionsIn(text: string, indicators: readonly Indicator[]): Mention[] {
  const found: Mention[] = [];
  for (const k of candidates(text, indexOf(indicators))) {
    const indicator = indicators[k];
    const pattern = patternOf(indicator);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push({ indicator, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether the text names the indicator. */
export function names(text: string | null, indicator: Indicator): boolean {
  return text ? mentionsIn(text, [indicator]).length > 0 : false;
}
