import { Block, Run, run } from "./blocks";
import { ChartPart } from "./chart-xml";
import { inlineRunsXml } from "./inline-runs";
import { PlacedBlocks, draftParagraphXml, placeBlocks, removeDirectoryEntries, setPaperProperties, setText, text } from "./package";
import { DRAFT_PLACEHOLDER, PAPER_PROPERTIES, PaperTemplate } from "./paper-template";
import { LANGUAGE } from "./word-styles";
import { PROPERTY_MARK, escapeXml } from "./xml";

// Fills a prepared template (paper-template.ts) for one paper. Each inline placeholder's runs go
// where its marker is, with the placeholder's formatting under their own; each block goes in place
// of its marker paragraph (package.ts). Then the DRAFT line, the paper's properties, and no
// directory entries. Workbook text is written here as text, escaped once, and never read again as
// a template: braces typed in a cell stay braces.

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

export async function fillTemplate(template: PaperTemplate, given: Record<string, Fill>, info: PaperInfo): Promise<Uint8Array> {
  const prompts = promptCount(given);
  const draft = draftWords(prompts, info.draft);
  const fills: Record<string, Fill> = { ...given, [DRAFT_PLACEHOLDER]: { inline: draft ? [run(draft, { bold: true, colour: "C00000" })] : [] } };

  const blocks = new Map<string, PlacedBlocks>();
  for (const [name, fill] of Object.entries(fills)) {
    if ("inline" in fill) continue;
    const charts = new Map<string, ChartPart>();
    for (const b of fill.blocks) for (const [token, chart] of b.charts ?? []) charts.set(token, chart);
    blocks.set(name, { xml: fill.blocks.map((b) => b.xml).join(""), charts });
  }
  const zip = template.package();
  for (const [part, pieces] of template.inline) {
    const xml = pieces.map((p) => {
      if (typeof p === "string") return p;
      const fill = fills[p.placeholder];
      return fill && "inline" in fill ? inlineRunsXml(fill.inline, p.properties) : "";
    });
    setText(zip, part, xml.join(""));
  }
  await placeBlocks(zip, blocks);
  if (draft && !template.placesDraft) {
    const body = (await text(zip, "word/document.xml"))!;
    setText(zip, "word/document.xml", body.replace(/<w:body>/, `<w:body>${draftParagraphXml(draft)}`));
  }
  const core = await text(zip, "docProps/core.xml");
  if (core !== null) {
    const values: Record<(typeof PAPER_PROPERTIES)[number], string> = { title: info.title, subject: info.subject, creator: info.author, keywords: info.keywords };
    setText(zip, "docProps/core.xml", core.replace(new RegExp(`${PROPERTY_MARK}(\\w+)${PROPERTY_MARK}`, "g"), (_, p: keyof typeof values) => escapeXml(values[p] ?? "")));
  }
  await setPaperProperties(zip, { created: info.created, language: LANGUAGE });
  removeDirectoryEntries(zip);
  return template.bytes(zip);
}
