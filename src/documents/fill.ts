import JSZip from "jszip";
import { IPatch, PatchType, patchDocument } from "docx";
import { Block, rowsOf } from "./blocks";
import { unshield } from "./literal";
import { withTableStyles } from "./table-styles";
import { makePlainDocument } from "./template-kind";
import { ParagraphChild } from "docx";

// Fills a template: inline placeholders keep the formatting the template gives them; block
// placeholders are replaced, paragraph and all, by tables or paragraphs. Then every shielded brace
// of workbook text is put back (see literal.ts).

export type Fill = { inline: ParagraphChild[] } | { blocks: Block[] };

/** Roughly how much a fill adds to the document: a table counts by its rows. */
function weight(fill: Fill): number {
  if ("inline" in fill) return 0;
  return fill.blocks.reduce((sum, b) => sum + 1 + rowsOf(b), 0);
}

export async function fillTemplate(template: Uint8Array, fills: Record<string, Fill>, title: string): Promise<Uint8Array> {
  const patches: Record<string, IPatch> = {};
  // docx applies patches one after another, each walking the whole document as patched so far; so
  // the small ones go first and the biggest blocks (a table of 200 indicators) last.
  const ordered = Object.entries(fills).sort(([, a], [, b]) => weight(a) - weight(b));
  for (const [name, fill] of ordered) {
    patches[name] = "inline" in fill ? { type: PatchType.PARAGRAPH, children: fill.inline } : { type: PatchType.DOCUMENT, children: fill.blocks };
  }
  const patched = await patchDocument({
    outputType: "uint8array",
    data: template,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    properties: { title, creator: "LAA Scorecard" },
  });
  const zip = await JSZip.loadAsync(patched);
  for (const name of Object.keys(zip.files)) {
    if (!/^word\/.*\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    if (xml.includes("\uE07B")) zip.file(name, unshield(xml));
  }
  const styles = zip.file("word/styles.xml");
  if (styles) {
    const xml = await styles.async("string");
    const added = withTableStyles(xml);
    if (added !== xml) zip.file("word/styles.xml", added);
  }
  await makePlainDocument(zip); // a .dotx or .docm template still gives a plain .docx
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
