import { Run } from "./blocks";
import { runOf, runPropertyElements } from "./xml";

// An inline placeholder's runs take the formatting of the placeholder as typed in the template (its
// run's properties), and set their own on top: bold, italics, colour, size and shading win, the
// template's font, underline and the rest stay. A run holds one w:rPr, its elements in the schema's
// order, which Word and the Open XML SDK validator insist on.

/** CT_RPr's elements in order; anything else (Word 2010's w14 effects, w:rPrChange) keeps its place after them. */
const ORDER = [
  "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike", "w:outline", "w:shadow",
  "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position",
  "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
  "w:eastAsianLayout", "w:specVanish", "w:oMath",
];
const RANK = new Map(ORDER.map((name, i) => [name, i]));

export type PropertyElements = readonly (readonly [string, string])[];

const TAG = /<(\/?)([\w.:-]+)[^>]*?(\/?)>/g;

/** The top-level elements of a w:rPr's content, each with its name: `<w:b/><w:sz w:val="28"/>` gives w:b and w:sz. */
export function propertyElements(inner: string): PropertyElements {
  const out: [string, string][] = [];
  let depth = 0;
  let start = 0;
  let name = "";
  for (const m of inner.matchAll(TAG)) {
    const [whole, closing, tag, selfClosing] = m;
    if (closing) {
      depth--;
      if (depth === 0) out.push([name, inner.slice(start, m.index! + whole.length)]);
    } else {
      if (depth === 0) [start, name] = [m.index!, tag];
      if (selfClosing) {
        if (depth === 0) out.push([name, whole]);
      } else depth++;
    }
  }
  return out;
}

function rank(name: string): number {
  return RANK.get(name) ?? ORDER.length;
}

/** The runs of an inline fill, each with the template's properties under its own. */
export function inlineRunsXml(runs: readonly Run[], template: PropertyElements): string {
  return runs
    .map((r) => {
      const own = runPropertyElements(r.style);
      const names = new Set(own.map(([n]) => n));
      const merged = [...template.filter(([n]) => !names.has(n)), ...own].sort((a, b) => rank(a[0]) - rank(b[0]));
      return runOf(merged.map(([, xml]) => xml).join(""), r.text);
    })
    .join("");
}
