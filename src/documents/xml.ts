// WordprocessingML written as text (see blocks.ts). Workbook text is escaped here, once.

// Characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage return,
// lone surrogates, U+FFFE/U+FFFF); a cell can hold them, a Word document cannot.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Private-use characters that no workbook or template holds: markers for package.ts to replace. */
export const BLOCK_MARK = "\uE000";
export const CHART_MARK = "\uE001";
/** Around an inline placeholder's name in a prepared template (paper-template.ts), and a core property's. */
export const INLINE_MARK = "\uE003";
export const PROPERTY_MARK = "\uE004";
/** Stands for the bullet list's w:numId until package.ts knows it. */
export const BULLET_NUMBERING = "\uE002bullet\uE002";

const SPECIAL = /[&<>"]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The text without the characters a Word document cannot hold, as escapeXml writes it. */
export function xmlSafe(text: string): string {
  return NEEDS_WORK.test(text) ? text.replace(NOT_XML, "") : text;
}

export function escapeXml(text: string): string {
  // Most text needs nothing: a 200-indicator review escapes some 20,000 strings.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(NOT_XML, "").replace(SPECIAL, (c) => ENTITY[c]);
}

export interface RunXml {
  bold?: boolean;
  italics?: boolean;
  colour?: string;
  /** Half-points, as Word stores font sizes: 16 is 8 pt. */
  size?: number;
  /** Shading behind the text. */
  fill?: string;
}

/** A run's own properties as elements, by name, in the order the schema wants them. */
export function runPropertyElements(style: RunXml): [string, string][] {
  const out: [string, string][] = [];
  if (style.bold) out.push(["w:b", "<w:b/>"], ["w:bCs", "<w:bCs/>"]);
  if (style.italics) out.push(["w:i", "<w:i/>"], ["w:iCs", "<w:iCs/>"]);
  if (style.colour) out.push(["w:color", `<w:color w:val="${style.colour}"/>`]);
  if (style.size) out.push(["w:sz", `<w:sz w:val="${style.size}"/>`], ["w:szCs", `<w:szCs w:val="${style.size}"/>`]);
  if (style.fill) out.push(["w:shd", `<w:shd w:val="clear" w:color="auto" w:fill="${style.fill}"/>`]);
  return out;
}

/** A run of text, its properties in the order the schema wants them; a tab stays a tab, a line break a break. */
export function runXml(text: string, style: RunXml = {}): string {
  return runOf(runPropertyElements(style).map(([, xml]) => xml).join(""), text);
}

/** A run of the given properties (already written) and text. */
export function runOf(properties: string, text: string): string {
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ""}${textXml(text)}</w:r>`;
}

/** The text of a run: a tab stays a tab, a line break a break. */
function textXml(text: string): string {
  if (!/[\t\n]/.test(text)) return `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;
  return text
    .split(/(\t|\r?\n)/)
    .map((piece) => (piece === "\t" ? "<w:tab/>" : piece === "\n" || piece === "\r\n" ? "<w:br/>" : piece === "" ? "" : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`))
    .join("");
}

/** A paragraph of a style, of runs already written. */
export function paragraphXml(style: string | null, runs: string): string {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${runs}</w:p>`;
}
