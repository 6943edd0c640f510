import { withTableStyles } from "./table-styles";

// The styles part of every document, made sure of whatever template it came from: the language on
// the document defaults (en-GB, so spell-check and screen readers read British English: WCAG 3.1.1),
// an outline level on every heading style (so LibreOffice, PDF bookmarks and screen readers see the
// headings, not only Word's navigation pane), the heading styles the generated blocks use, and line
// spacing that is proportional (a w:line without w:lineRule reads as exact in LibreOffice, and a
// long title then overlaps the next line). scripts/make-templates.ts runs the same on the templates.

export const LANGUAGE = "en-GB";

const STYLE = /<w:style\b[^>]*>[\s\S]*?<\/w:style>/g;

/** The heading level (1-9) of a paragraph style, by Word's built-in name, whatever its id or the Word's language. */
function headingLevel(style: string): number | null {
  if (!/w:type="paragraph"/.test(style)) return null;
  const name = /<w:name w:val="([^"]*)"/.exec(style)?.[1] ?? "";
  const m = /^heading ([1-9])$/i.exec(name.trim());
  return m ? Number(m[1]) : null;
}

function withOutlineLevel(style: string, level: number): string {
  if (style.includes("<w:outlineLvl ")) return style;
  const outline = `<w:outlineLvl w:val="${level - 1}"/>`;
  if (style.includes("</w:pPr>")) return style.replace("</w:pPr>", `${outline}</w:pPr>`);
  if (style.includes("<w:pPr/>")) return style.replace("<w:pPr/>", `<w:pPr>${outline}</w:pPr>`);
  const at = style.search(/<w:rPr>|<w:rPr\/>|<\/w:style>/);
  return `${style.slice(0, at)}<w:pPr>${outline}</w:pPr>${style.slice(at)}`;
}

/** Word's built-in Heading N as a template without it would get it: bold, kept with the next paragraph. */
function headingStyle(level: number): string {
  const size = [0, 28, 24, 22][level] ?? 22;
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
    `<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="${level === 1 ? 320 : 200}" w:after="80"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`
  );
}

function withLanguage(xml: string): string {
  const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>|<w:rPrDefault\/>/.exec(xml)?.[0];
  const lang = `<w:lang w:val="${LANGUAGE}"/>`;
  if (defaults) {
    if (defaults.includes("<w:lang ")) return xml;
    const filled = defaults.includes("</w:rPr>") ? defaults.replace("</w:rPr>", `${lang}</w:rPr>`) : `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`;
    return xml.replace(defaults, filled);
  }
  const rPrDefault = `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`;
  if (/<w:docDefaults>/.test(xml)) return xml.replace("<w:docDefaults>", `<w:docDefaults>${rPrDefault}`);
  if (/<w:docDefaults\/>/.test(xml)) return xml.replace("<w:docDefaults/>", `<w:docDefaults>${rPrDefault}</w:docDefaults>`);
  return xml.replace(/(<w:styles\b[^>]*>)/, `$1<w:docDefaults>${rPrDefault}</w:docDefaults>`);
}

/** A w:line without w:lineRule is "auto" in the standard; saying so makes LibreOffice agree. */
export function proportionalSpacing(xml: string): string {
  return xml.replace(/<w:spacing\b[^>]*\/>/g, (tag) => (tag.includes("w:line=") && !tag.includes("w:lineRule=") ? tag.replace("w:line=", 'w:lineRule="auto" w:line=') : tag));
}

/** The styles part, with every rule above applied; unchanged where it already complies. */
export function craftStyles(stylesXml: string): string {
  let xml = withLanguage(proportionalSpacing(withTableStyles(stylesXml)));
  const levels = new Set<number>();
  const ids = new Set<string>();
  xml = xml.replace(STYLE, (style) => {
    const id = /w:styleId="([^"]+)"/.exec(style)?.[1];
    if (id) ids.add(id);
    const level = headingLevel(style);
    if (level === null) return style;
    levels.add(level);
    return withOutlineLevel(style, level);
  });
  const missing = [1, 2, 3].filter((l) => !ids.has(`Heading${l}`)).map(headingStyle).join("");
  return missing ? xml.replace("</w:styles>", `${missing}</w:styles>`) : xml;
}

/** What check-pdf.sh and the tests look for: heading styles without an outline level, and whether a language is declared. */
export function stylesProblems(stylesXml: string): string[] {
  const problems: string[] = [];
  for (const style of stylesXml.match(STYLE) ?? []) {
    const level = headingLevel(style);
    if (level !== null && !style.includes("<w:outlineLvl ")) problems.push(`the style "heading ${level}" has no outline level`);
  }
  const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(stylesXml)?.[0] ?? "";
  if (!/<w:lang\b[^>]*w:val="[^"]+"/.test(defaults)) problems.push("no language is declared on the document defaults");
  return problems;
}
