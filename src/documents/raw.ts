import { Paragraph, TextRun } from "docx";
import { ChartPart } from "./chart-xml";

// Blocks written as XML rather than through docx: tables and charts. docx's patcher walks every
// element it inserts, patch after patch, so a 200-row table and 200 charts made with docx took over a
// second (and docx's own ChartRun embeds a workbook in every chart). Such a block enters the template
// as a marker paragraph, and package.ts puts the XML in its place once docx is done. The text in it
// never passes through the patcher, so braces typed in a cell cannot be read as placeholders.

export type RawContent = { kind: "xml"; xml: string } | { kind: "chart"; chart: ChartPart };

/** U+E000, in the private-use area, like literal.ts's shielded brace: no workbook or template holds it. */
export const RAW_MARK = "\uE000";

const raws = new WeakMap<object, { id: string; content: RawContent }>();
let issued = 0;

/** A paragraph that package.ts replaces with the content. */
export function rawBlock(content: RawContent): Paragraph {
  const id = `raw${++issued}`;
  const marker = new Paragraph({ children: [new TextRun(`${RAW_MARK}${id}${RAW_MARK}`)] });
  raws.set(marker, { id, content });
  return marker;
}

/** The content a block stands for, if it is a raw block. */
export function rawContentOf(block: object): { id: string; content: RawContent } | undefined {
  return raws.get(block);
}
