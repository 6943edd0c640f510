import {
  BorderStyle, FileChild, Paragraph, ParagraphChild, ShadingType, Table, TableCell, TableLayoutType, TableRow,
  TextRun, WidthType,
} from "docx";
import { shield } from "./literal";
import { TABLE_FIGURE_STYLE, TABLE_TEXT_STYLE } from "./table-styles";

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

/** A sentence that tells the author what is missing and where to add it: italic and grey, so it stands out in a draft. */
export function prompt(text: string): Paragraph {
  return new Paragraph({ children: [run(text, { italics: true, colour: "595959" })], spacing: { after: 120 } });
}

export function bullet(children: ParagraphChild[] | string): Paragraph {
  return new Paragraph({ children: typeof children === "string" ? [run(children)] : children, bullet: { level: 0 }, spacing: { after: 60 } });
}

/** A bold label on its own line, like "Action:" in the minutes. */
export function label(text: string): Paragraph {
  return new Paragraph({ children: [run(text, { bold: true })], spacing: { before: 120, after: 60 }, keepNext: true });
}

export interface Cell {
  text: string;
  fill?: string;
  bold?: boolean;
  align?: "right";
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const HEADER_FILL = "1F3864";

// Widths and margins are set once on the table, not on each cell: a 200-row table fills twice as fast.
function tableCell(cell: Cell, header: boolean): TableCell {
  return new TableCell({
    shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: "auto" } : cell.fill ? { type: ShadingType.CLEAR, fill: cell.fill, color: "auto" } : undefined,
    children: [
      new Paragraph({
        style: cell.align === "right" ? TABLE_FIGURE_STYLE : TABLE_TEXT_STYLE,
        children: [run(cell.text, { bold: header || cell.bold, colour: header ? "FFFFFF" : undefined })],
      }),
    ],
  });
}

const tableRows = new WeakMap<object, number>();

/** The number of rows of a table made here (0 for any other block): fill.ts orders patches by size. */
export function rowsOf(block: object): number {
  return tableRows.get(block) ?? 0;
}

/** A table whose header row repeats on every page and whose rows do not break across pages. */
export function table(headers: string[], rows: Cell[][], widths: number[]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.floor((w / total) * PAGE_WIDTH));
  const made = new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: scaled,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h) => tableCell({ text: h }, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => tableCell(c, false)) })),
    ],
  });
  tableRows.set(made, rows.length);
  return made;
}

/** A gap after a table, so the next paragraph does not butt against it. */
export function spacer(): Paragraph {
  return new Paragraph({ children: [], spacing: { after: 120 } });
}

export type Block = FileChild;
