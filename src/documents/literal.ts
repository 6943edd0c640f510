// Workbook text goes into a document as typed. docx's patcher reads placeholders in text that an
// earlier patch inserted, so "{{lead}}" typed in a commentary cell would be filled like the
// template's own. Each "{" of inserted text travels as a private-use character and is put back
// once every patch is applied (see fill.ts). Markup characters (<, >, &) are escaped by docx itself.

/** U+E07B, in the Unicode private-use area: no Word document or workbook of ours holds it. */
export const SHIELDED_BRACE = "\uE07B";

export function shield(text: string): string {
  return text.replace(/\{/g, SHIELDED_BRACE);
}

export function unshield(xml: string): string {
  return xml.split(SHIELDED_BRACE).join("{");
}
