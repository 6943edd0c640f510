// WordprocessingML written as text, for the blocks that are added to the package after docx has
// filled the template (tables and charts: see raw.ts). Workbook text is escaped here, once.

// Characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage return,
// lone surrogates, U+FFFE/U+FFFF); a cell can hold them, a Word document cannot.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface RunXml {
  bold?: boolean;
  italics?: boolean;
  colour?: string;
  /** Half-points, as Word stores font sizes: 16 is 8 pt. */
  size?: number;
}

/** A run of text; the properties in the order the schema wants them. */
export function runXml(text: string, style: RunXml = {}): string {
  const props = [
    style.bold ? "<w:b/><w:bCs/>" : "",
    style.italics ? "<w:i/><w:iCs/>" : "",
    style.colour ? `<w:color w:val="${style.colour}"/>` : "",
    style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : "",
  ].join("");
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph of a style, of runs already written. */
export function paragraphXml(style: string | null, runs: string, keepNext = false): string {
  const props = (style ? `<w:pStyle w:val="${style}"/>` : "") + (keepNext ? "<w:keepNext/>" : "");
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${runs}</w:p>`;
}
