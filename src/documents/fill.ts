import JSZip from "jszip";
import { IPatch, PatchType, patchDocument } from "docx";
import { Block } from "./blocks";
import { unshield } from "./literal";
import { ParagraphChild } from "docx";

// Fills a template: inline placeholders keep the formatting the template gives them; block
// placeholders are replaced, paragraph and all, by tables or paragraphs. Then every shielded brace
// of workbook text is put back (see literal.ts).

export type Fill = { inline: ParagraphChild[] } | { blocks: Block[] };

export async function fillTemplate(template: Uint8Array, fills: Record<string, Fill>, title: string): Promise<Uint8Array> {
  const patches: Record<string, IPatch> = {};
  for (const [name, fill] of Object.entries(fills)) {
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
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
