import JSZip from "jszip";
import { IPatch, ParagraphChild, PatchType, patchDocument } from "docx";
import { Block, isPrompt, run } from "./blocks";
import { unshield } from "./literal";
import { draftParagraphXml, placeRawBlocks, removeDirectoryEntries, setPaperProperties } from "./package";
import { RawContent, rawContentOf } from "./raw";
import { craftStyles, LANGUAGE } from "./word-styles";

// Fills a template: inline placeholders keep the formatting the template gives them; block
// placeholders are replaced, paragraph and all, by tables or paragraphs. Then the package is
// finished (package.ts): tables and charts in place, every shielded brace of workbook text put back
// (literal.ts), the styles made sure of (word-styles.ts), the paper's properties set.

export type Fill = { inline: ParagraphChild[] } | { blocks: Block[] };

/** What Word shows in File > Info, and the date the document was made. */
export interface PaperInfo {
  /** "Safer Essex annual review, Q2 2009/10". */
  title: string;
  subject: string;
  /** Who the paper is from: the Area's partnership, else the product. */
  author: string;
  keywords: string;
  created: Date;
}

/** The placeholder that carries the DRAFT marker; a template without it gets the marker at the top of the body. */
export const DRAFT_PLACEHOLDER = "draft";

/** Roughly how much a fill adds to the document. */
function weight(fill: Fill): number {
  return "inline" in fill ? 0 : fill.blocks.length;
}

/** How many prompts for the author the fills hold. */
export function promptCount(fills: Record<string, Fill>): number {
  let count = 0;
  for (const fill of Object.values(fills)) {
    const pieces: object[] = "inline" in fill ? fill.inline : fill.blocks;
    for (const piece of pieces) if (isPrompt(piece)) count++;
  }
  return count;
}

function draftWords(prompts: number): string {
  return `DRAFT: ${prompts === 1 ? "1 passage" : `${prompts} passages`} in grey italics still await${prompts === 1 ? "s" : ""} the author`;
}

export async function fillTemplate(template: Uint8Array, given: Record<string, Fill>, info: PaperInfo): Promise<Uint8Array> {
  const prompts = promptCount(given);
  const draft = prompts > 0 ? draftWords(prompts) : null;
  const fills: Record<string, Fill> = { ...given, [DRAFT_PLACEHOLDER]: { inline: draft ? [run(draft, { bold: true, colour: "C00000" })] : [] } };

  const raws = new Map<string, RawContent>();
  const patches: Record<string, IPatch> = {};
  // docx applies patches one after another, each walking the whole document as patched so far; so
  // the small ones go first and the biggest blocks last.
  const ordered = Object.entries(fills).sort(([, a], [, b]) => weight(a) - weight(b));
  for (const [name, fill] of ordered) {
    if ("blocks" in fill) {
      for (const block of fill.blocks) {
        const raw = rawContentOf(block);
        if (raw) raws.set(raw.id, raw.content);
      }
    }
    patches[name] = "inline" in fill ? { type: PatchType.PARAGRAPH, children: fill.inline } : { type: PatchType.DOCUMENT, children: fill.blocks };
  }
  const patched = await patchDocument({
    outputType: "uint8array",
    data: template,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    properties: { title: info.title, subject: info.subject, creator: info.author, lastModifiedBy: info.author, keywords: info.keywords, revision: 1 },
  });

  const zip = await JSZip.loadAsync(patched);
  await placeRawBlocks(zip, raws);
  let draftShown = false;
  for (const name of Object.keys(zip.files)) {
    if (!/^word\/.*\.xml$/.test(name)) continue;
    let xml = await zip.file(name)!.async("string");
    const original = xml;
    if (xml.includes("\uE07B")) xml = unshield(xml);
    if (name === "word/styles.xml") xml = craftStyles(xml);
    if (draft && xml.includes(draft)) draftShown = true;
    if (xml !== original) zip.file(name, xml);
  }
  if (draft && !draftShown) {
    const body = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", body.replace(/<w:body>/, `<w:body>${draftParagraphXml(draft)}`));
  }
  await setPaperProperties(zip, { created: info.created, language: LANGUAGE });
  removeDirectoryEntries(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
