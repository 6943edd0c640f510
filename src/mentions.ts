import { isAscii, literalPattern } from "./keys";
import { Indicator } from "./model";

// Where the user's words name an indicator by its ref: "NI 20", "NI20", "ni 20" and "L17.1" as typed
// in the Commentary and Actions sheets. A ref is matched whole, so "NI 13" is not found in "NI 135"
// nor "L17.1" in "L17.10". Used to find an indicator's corrective action and latest note, and the
// claims the commentary makes about it.


/** The pattern of one ref: its letters and digits, any spaces between them optional. */
export function refPattern(ref: string): RegExp {
  const chunks = ref.trim().match(/[A-Za-z]+|\d+(?:\.\d+)*|[^\sA-Za-z\d]+/g) ?? [];
  return new RegExp(`(?<![A-Za-z\\d.])${chunks.map(literalPattern).join("\\s*")}(?![\\d]|\\.\\d)`, "gi");
}

export interface Mention {
  indicator: Indicator;
  /** Its place in the list of indicators searched. */
  at: number;
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
// patterns' \s as it stands there), anything else by the pattern itself.
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(c);
}

function fold(c: string): string {
  const upper = c.toUpperCase();
  return upper.length === 1 ? upper : c;
}

function folded(ref: string): string {
  const bare = ref.replace(/\s+/g, "");
  // ASCII folds as a whole; otherwise by UTF-16 units, as the text is (and as a pattern without the u flag compares).
  if (isAscii(bare)) return bare.toUpperCase();
  let out = "";
  for (let i = 0; i < bare.length; i++) out += fold(bare[i]);
  return out;
}

interface RefIndex {
  /** The first position in `indicators` of each folded ref; `more` holds the later ones, for a ref written twice. */
  first: Map<string, number>;
  more: Map<string, number[]>;
  shortest: number;
  longest: number;
}

const indexes = new WeakMap<readonly Indicator[], RefIndex>();

function indexOf(indicators: readonly Indicator[]): RefIndex {
  let index = indexes.get(indicators);
  if (index) return index;
  index = { first: new Map(), more: new Map(), shortest: Infinity, longest: 0 };
  for (let i = 0; i < indicators.length; i++) {
    const { ref, refKey } = indicators[i];
    // A ref already in its key form (L18.1: no space, no lower case, nothing beyond ASCII) is its folded form.
    const key = ref !== "" && ref === refKey ? ref : ref.trim() ? folded(ref) : "";
    if (!key) continue;
    const at = index.first.get(key);
    if (at === undefined) index.first.set(key, i);
    else {
      const later = index.more.get(key);
      if (later) later.push(i);
      else index.more.set(key, [i]);
    }
    if (key.length < index.shortest) index.shortest = key.length;
    if (key.length > index.longest) index.longest = key.length;
  }
  indexes.set(indicators, index);
  return index;
}

// Where a ref may start: a character that is not a space, after none that joins a ref (a letter, a digit, a dot).
const REF_START = /(?<![A-Za-z\d.])\S/g;

const ASCII_SPACES = /[\t\n\v\f\r ]+/g;

/** The text folded (spaces taken out, upper case), and where each of its characters starts in the folded text. */
function foldedText(text: string): { all: string; starts: number[] } {
  const starts: number[] = new Array(text.length);
  let all = "";
  if (isAscii(text)) {
    // ASCII, as commentary mostly is: folded in one go, the places counted by character code.
    all = text.replace(ASCII_SPACES, "").toUpperCase();
    for (let i = 0, n = 0; i < text.length; i++) {
      starts[i] = n;
      const code = text.charCodeAt(i);
      if (code !== 32 && (code < 9 || code > 13)) n++;
    }
    return { all, starts };
  }
  for (let i = 0; i < text.length; i++) {
    starts[i] = all.length;
    if (!isSpace(text[i])) all += fold(text[i]);
  }
  return { all, starts };
}

/** Positions in `indicators` of the refs the text may name, in their order. */
function candidates(text: string, index: RefIndex): number[] {
  const { all, starts } = foldedText(text);
  const found = new Set<number>();
  REF_START.lastIndex = 0;
  for (let m = REF_START.exec(text); m; m = REF_START.exec(text)) {
    const from = starts[m.index];
    for (let n = index.shortest; n <= index.longest && from + n <= all.length; n++) {
      const key = all.slice(from, from + n);
      const k = index.first.get(key);
      if (k === undefined) continue;
      found.add(k);
      for (const later of index.more.get(key) ?? []) found.add(later);
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
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push({ indicator, at: k, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether the text names the indicator. */
export function names(text: string | null, indicator: Indicator): boolean {
  return text ? mentionsIn(text, [indicator]).length > 0 : false;
}
