import JSZip from "jszip";
import { IPatch, Paragraph, PatchType, ShadingType, TextRun, patchDocument } from "docx";
import { Block, Run, run } from "./blocks";
import { ChartPart } from "./chart-xml";
import { shield, unshield } from "./literal";
import { PlacedBlocks, draftParagraphXml, placeBlocks, removeDirectoryEntries, setPaperProperties } from "./package";
import { makePlainDocument } from "./template-kind";
import { craftStyles, LANGUAGE } from "./word-styles";
import { BLOCK_MARK } from "./xml";

// Fills a template. Inline placeholders are patched by docx, so they keep the formatting the
// template gives them. Block placeholders are replaced, paragraph and all: docx puts a marker
// paragraph in each, and package.ts puts the blocks' XML there. Then the package is finished:
// every shielded brace of inline workbook text put back (literal.ts), the styles made sure of
// (word-styles.ts), the DRAFT line, the paper's properties, no directory entries.

export type Fill = { inline: Run[] } | { blocks: Block[] };

/** What Word shows in File > Info, and the date the document was made. */
export interface PaperInfo {
  /** "Safer Essex annual review, Q2 2009/10". */
  title: string;
  subject: string;
  /** Who the paper is from: the Area, else the product. */
  author: string;
  keywords: string;
  created: Date;
  /** Why the paper is a draft whatever its prompts: minutes not yet approved ("subject to approval at the next meeting"). */
  draft?: string;
}

/** The placeholder that carries the DRAFT line; a template without it gets the line at the top of the body. */
export const DRAFT_PLACEHOLDER = "draft";

/** How many prompts for the author the fills hold. */
export function promptCount(fills: Record<string, Fill>): number {
  let count = 0;
  for (const fill of Object.values(fills)) {
    if ("inline" in fill) count += fill.inline.some((r) => r.prompt) ? 1 : 0;
    else for (const block of fill.blocks) count += block.prompts;
  }
  return count;
}

function draftWords(prompts: number, why?: string): string | null {
  const waiting = prompts === 0 ? null : `${prompts === 1 ? "1 passage" : `${prompts} passages`} in grey italics still await${prompts === 1 ? "s" : ""} the author`;
  const said = [why, waiting].filter((s): s is string => !!s);
  return said.length === 0 ? null : `DRAFT: ${said.join("; ")}`;
}

/** An inline run as docx writes it, its braces shielded from the patcher (literal.ts). */
function textRun(r: Run): TextRun {
  const { bold, italics, colour, size, fill } = r.style;
  return new TextRun({
    text: shield(r.text),
    bold,
    italics,
    color: colour,
    size,
    shading: fill ? { type: ShadingType.CLEAR, fill, color: "auto" } : undefined,
  });
}

export async function fillTemplate(template: Uint8Array, given: Record<string, Fill>, info: PaperInfo): Promise<Uint8Array> {
  const prompts = promptCount(given);
  const draft = draftWords(prompts, info.draft);
  const fills: Record<string, Fill> = { ...given, [DRAFT_PLACEHOLDER]: { inline: draft ? [run(draft, { bold: true, colour: "C00000" })] : [] } };

  const blocks = new Map<string, PlacedBlocks>();
  const patches: Record<string, IPatch> = {};
  for (const [name, fill] of Object.entries(fills)) {
    if ("inline" in fill) {
      patches[name] = { type: PatchType.PARAGRAPH, children: fill.inline.map(textRun) };
    } else {
      const charts = new Map<string, ChartPart>();
      for (const b of fill.blocks) for (const [token, chart] of b.charts ?? []) charts.set(token, chart);
      blocks.set(name, { xml: fill.blocks.map((b) => b.xml).join(""), charts });
      patches[name] = { type: PatchType.DOCUMENT, children: [new Paragraph({ children: [new TextRun(`${BLOCK_MARK}${name}${BLOCK_MARK}`)] })] };
    }
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
  // Before the blocks go in: their text was never shielded, and must not be unshielded.
  for (const name of Object.keys(zip.files)) {
    if (!/^word\/.*\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    const done = name === "word/styles.xml" ? craftStyles(unshield(xml)) : unshield(xml);
    if (done !== xml) zip.file(name, done);
  }
  await placeBlocks(zip, blocks);
  if (draft) {
    const parts = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/(header|document)\d*\.xml$/.test(n)).map((n) => zip.file(n)!.async("string")));
    if (!parts.some((xml) => xml.includes(draft))) {
      const body = await zip.file("word/document.xml")!.async("string");
      zip.file("word/document.xml", body.replace(/<w:body>/, `<w:body>${draftParagraphXml(draft)}`));
    }
  }
  await makePlainDocument(zip); // a .dotx or .docm template still gives a plain .docx
  await setPaperProperties(zip, { created: info.created, language: LANGUAGE });
  removeDirectoryEntries(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
