import { mentionsIn, refPattern } from "../../src/mentions";
import { indicator } from "./factory";

// Where the words name an indicator. mentionsIn looks refs up in an index before running their
// patterns (one pattern per ref per sentence took seconds at 10,000 indicators): it must find just
// what each ref's own pattern finds, however the ref is spaced, cased or punctuated.

const REFS = ["NI 20", "NI 2", "NI 200", "ni20", "L17.1", "L17.10", "L 3.2", "LAA-7", "LAA - 7a", "Ψ 5", "HC (a)", "NI 20", "   "];
const indicators = REFS.map((ref, row) => indicator({ ref, row }));

/** What running every ref's pattern over the text finds, in the text's order. */
function byEveryPattern(text: string): string[] {
  const found: { row: number; start: number; end: number }[] = [];
  for (const i of indicators) {
    if (!i.ref.trim()) continue;
    for (const m of text.matchAll(refPattern(i.ref))) found.push({ row: i.row, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start).map((m) => `${m.row}@${m.start}-${m.end}`);
}

const TEXTS = [
  "The interim target for assaults with injury (NI20) has been exceeded.",
  "NI 20, NI 2 and NI 200 all moved; ni  2 did not, nor did NI2O.",
  "L17.1 and L17.10 and L17.1.2 and XL17.1 and .L17.1 and L 17 . 1",
  "laa-7, LAA -7A and LAA - 7 a are the same; LAA-77 is not.",
  "ψ5 rose; Ψ 5 fell. HC(a) and hc ( A ) and HC (a",
  "NI\t20 rose,\nL17.1\ffell and LAA\v-7 held: spaced by tabs and breaks, all ASCII.",
  "NI\u00a020 and L\u00a017.1: a no-break space is a space too, in text beyond ASCII.",
  "No ref here at all.",
  "",
];

describe("mentions of refs in the user's words", () => {
  it.each(TEXTS)("finds what each ref's pattern finds: %s", (text) => {
    const found = mentionsIn(text, indicators).map((m) => `${m.indicator.row}@${m.start}-${m.end}`);
    expect(found).toEqual(byEveryPattern(text));
  });

  it("finds NI 20 in (NI20), and does not find NI 2 there", () => {
    expect(mentionsIn("(NI20) exceeded", indicators).map((m) => m.indicator.ref)).toEqual(["NI 20", "ni20", "NI 20"]);
  });
});
