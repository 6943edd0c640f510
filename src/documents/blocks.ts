import { FileChild, HeadingLevel, Paragraph, ParagraphChild, ShadingType, TextRun } from "docx";
import { shield } from "./literal";
import { rawBlock } from "./raw";
import { TABLE_FIGURE_STYLE, TABLE_TEXT_STYLE } from "./table-styles";
import { escapeXml, paragraphXml, runXml } from "./xml";

// The pieces both documents are made of. Every piece of text passes through `run`, so workbook text
// is always inserted literally (see literal.ts).

/** The text width of A4 with 2.54 cm margins, in twentieths of a point. */
export const PAGE_WIDTH = 9026;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  colour?: string;
  size?: number;
  fill?: string;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: shield(text),
    bold: style.bold,
    italics: style.italics,
    color: style.colour,
    size: style.size,
    shading: style.fill ? { type: ShadingType.CLEAR, fill: style.fill, color: "auto" } : undefined,
  });
}

/** One paragraph per line of the text, so Alt+Enter in a cell becomes a new paragraph. */
export function paragraphs(text: string, style: RunStyle = {}): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => new Paragraph({ children: [run(line, style)], spacing: { after: 120 } }));
}

export function paragraph(children: ParagraphChild[] | string, keepNext = false): Paragraph {
  return new Paragraph({ children: typeof children === "string" ? [run(children)] : children, spacing: { after: 120 }, keepNext });
}

// Prompts for the author, remembered so a document knows it is still a draft (see fill.ts).
const prompts = new WeakSet<object>();

/** Words that tell the author what is missing and where to add it: italic and grey, so they stand out in a draft. */
export function promptRun(text: string): TextRun {
  const made = run(text, { italics: true, colour: "595959" });
  prompts.add(made);
  return made;
}

/** A sentence that prompts the author (see promptRun). */
export function prompt(text: string): Paragraph {
  const made = new Paragraph({ children: [promptRun(text)], spacing: { after: 120 } });
  prompts.add(made);
  return made;
}

/** Whether a block or run is a prompt for the author. */
export function isPrompt(piece: object): boolean {
  return prompts.has(piece);
}

/** A heading in Word's built-in style, so it shows in the navigation pane, a table of contents and a PDF's bookmarks. */
export function heading(level: 1 | 2 | 3, children: ParagraphChild[] | string): Paragraph {
  const style = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: style, children: typeof children === "string" ? [run(children)] : children, keepNext: true });
}

export function bullet(children: ParagraphChild[] | string): Paragraph {
  return new Paragraph({ children: typeof children === "string" ? [run(children)] : children, bullet: { level: 0 }, spacing: { after: 60 } });
}


export interface Cell {
  text: string;
  /** Smaller grey lines under the text: the period of a figure that is not the reporting period's. */
  notes?: string[];
  fill?: string;
  bold?: boolean;
  align?: "right";
}

const BORDER = `w:val="single" w:sz="4" w:space="0" w:color="808080"`;
const HEADER_FILL = "1F3864";
const NOTE = { size: 16, colour: "595959" } as const;

function cellXml(cell: Cell, width: number, header: boolean): string {
  const fill = header ? HEADER_FILL : cell.fill;
  const style = cell.align === "right" ? TABLE_FIGURE_STYLE : TABLE_TEXT_STYLE;
  const lines = cell.text.split(/\r?\n/);
  // Header cells at 8 pt, so "Planned improvement achieved" fits its column without breaking a word.
  const main = lines.map((line) => paragraphXml(style, runXml(line, header ? { bold: true, colour: "FFFFFF", size: 16 } : { bold: cell.bold }))).join("");
  const notes = (cell.notes ?? []).map((n) => paragraphXml(style, runXml(n, NOTE))).join("");
  const shading = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : "";
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr>${main}${notes}</w:tc>`;
}

/**
 * A table whose header row repeats on every page and whose rows do not break across pages; the
 * caption names it for screen readers. Written as XML (see raw.ts): a 200-row table fills in
 * milliseconds.
 */
export function table(headers: string[], rows: Cell[][], widths: number[], caption: string): Paragraph {
  const total = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.floor((w / total) * PAGE_WIDTH));
  const row = (cells: Cell[], header: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/>${header ? "<w:tblHeader/>" : ""}</w:trPr>${cells.map((c, i) => cellXml(c, scaled[i], header)).join("")}</w:tr>`;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} ${BORDER}/>`).join("");
  const xml =
    `<w:tbl><w:tblPr><w:tblW w:w="${PAGE_WIDTH}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/><w:tblCaption w:val="${escapeXml(caption)}"/></w:tblPr>` +
    `<w:tblGrid>${scaled.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
    row(headers.map((h) => ({ text: h })), true) +
    rows.map((r) => row(r, false)).join("") +
    `</w:tbl>`;
  return rawBlock({ kind: "xml", xml });
}

/** A gap after a table, so the next paragraph does not butt against it. */
export function spacer(): Paragraph {
  return new Paragraph({ children: [], spacing: { after: 120 } });
}

export type Block = FileChild;
