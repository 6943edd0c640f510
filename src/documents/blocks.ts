import { ChartPart } from "./chart-xml";
import { TABLE_FIGURE_STYLE, TABLE_TEXT_STYLE } from "./table-styles";
import { BULLET_NUMBERING, CHART_MARK, escapeXml, paragraphXml, runXml } from "./xml";

// The pieces every paper is made of: runs of text, paragraphs, headings, bullets, tables and charts.
// A block is WordprocessingML written here as text; fill.ts hands docx one marker paragraph per
// block placeholder and package.ts puts the blocks in its place once docx has filled the template.
// docx's patcher walks every element it inserts, patch after patch: a 200-indicator review built
// from docx paragraphs took over a second, written as text it takes milliseconds. Text in a block
// never passes through the patcher, so braces typed in a cell cannot be read as placeholders.

/** The text width of A4 with 2.54 cm margins, in twentieths of a point. */
export const PAGE_WIDTH = 9026;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  colour?: string;
  /** Half-points: 16 is 8 pt. */
  size?: number;
  /** Shading behind the text, as the status colours. */
  fill?: string;
}

/** A run of text with its style; `prompt` marks words that ask the author for something. */
export interface Run {
  text: string;
  style: RunStyle;
  prompt?: boolean;
}

export interface Block {
  readonly xml: string;
  /** How many prompts for the author it holds (see fill.ts: the DRAFT line). */
  readonly prompts: number;
  /** The charts it draws, by the token that stands for each drawing in `xml`. */
  readonly charts?: ReadonlyMap<string, ChartPart>;
}

export function run(text: string, style: RunStyle = {}): Run {
  return { text, style };
}

interface ParagraphOptions {
  keepNext?: boolean;
  style?: string;
  before?: number;
  after?: number;
  align?: "right";
}

function toRuns(children: Run[] | string): Run[] {
  return typeof children === "string" ? [run(children)] : children;
}

function paragraphBlock(children: Run[], options: ParagraphOptions, numbered = false): Block {
  const spacing = options.before !== undefined || options.after !== undefined
    ? `<w:spacing${options.before !== undefined ? ` w:before="${options.before}"` : ""}${options.after !== undefined ? ` w:after="${options.after}"` : ""}/>`
    : "";
  const props =
    (options.style ? `<w:pStyle w:val="${options.style}"/>` : "") +
    (options.keepNext ? "<w:keepNext/>" : "") +
    (numbered ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${BULLET_NUMBERING}"/></w:numPr>` : "") +
    spacing +
    (numbered ? `<w:ind w:left="720" w:hanging="360"/>` : "") +
    (options.align ? `<w:jc w:val="${options.align}"/>` : "");
  const xml = `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${children.map((r) => runXml(r.text, r.style)).join("")}</w:p>`;
  return { xml, prompts: children.some((r) => r.prompt) ? 1 : 0 };
}

/** A paragraph of body text; `keepNext` keeps it on the page of what follows (a chart, a list). */
export function paragraph(children: Run[] | string, keepNext: boolean | ParagraphOptions = false): Block {
  const options = typeof keepNext === "boolean" ? { keepNext } : keepNext;
  return paragraphBlock(toRuns(children), { after: 120, ...options });
}

/**
 * Marks a user's paragraph the figures contradict (partnership-data.ts commentaryOf): the mark, the
 * note saying what is wrong, the mark, then the paragraph. A control character, which a cell's text
 * never holds as typed.
 */
export const CONTRADICTED = "\u0001";

/** One paragraph per line of the text, so Alt+Enter in a cell becomes a new paragraph; a contradicted paragraph is printed as a prompt, with its note. */
export function paragraphs(text: string, style: RunStyle = {}): Block[] {
  if (text.startsWith(CONTRADICTED)) {
    const [, note, words] = text.split(CONTRADICTED);
    return [...words.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "").map((line) => paragraph([promptRun(line)])), prompt(note)];
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => paragraph([run(line, style)]));
}

/** Words that tell the author what is missing and where to add it: italic and grey, so they stand out in a draft. */
export function promptRun(text: string): Run {
  return { text, style: { italics: true, colour: "595959" }, prompt: true };
}

/** A sentence that prompts the author (see promptRun). */
export function prompt(text: string): Block {
  return paragraph([promptRun(text)]);
}

/** A heading in Word's built-in style, so it shows in the navigation pane, a table of contents and a PDF's bookmarks. */
export function heading(level: 1 | 2 | 3, children: Run[] | string): Block {
  return paragraphBlock(toRuns(children), { style: `Heading${level}`, keepNext: true });
}

/** A bulleted paragraph; `keepNext` keeps it with a chart after it (package.ts gives the document the bullet numbering it needs). */
export function bullet(children: Run[] | string, keepNext = false): Block {
  return paragraphBlock(toRuns(children), { after: 60, keepNext }, true);
}

/** A gap after a table, so the next paragraph does not butt against it. */
export function spacer(): Block {
  return paragraphBlock([], { after: 120 });
}

let charts = 0;

/** A paragraph that holds one chart, drawn inline (package.ts adds its part). */
export function chartParagraph(chart: ChartPart): Block {
  const token = `${CHART_MARK}${++charts}${CHART_MARK}`;
  return { xml: `<w:p><w:pPr><w:spacing w:after="240"/></w:pPr>${token}</w:p>`, prompts: 0, charts: new Map([[token, chart]]) };
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

/** A table whose header row repeats on every page and whose rows do not break across pages; the caption names it for screen readers. */
export function table(headers: string[], rows: Cell[][], widths: number[], caption: string): Block {
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
  return { xml, prompts: 0 };
}
