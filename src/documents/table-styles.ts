// The paragraph styles of table cells: 9 pt, no space after, figures right-aligned. Carried by the
// standard templates and added by word-styles.ts to any template that lacks them (Word saves only the
// styles a document uses). A style per cell, rather than the same formatting on every run, keeps
// a 200-row table small, and it fills faster.

export const TABLE_TEXT_STYLE = "LAATableText";
export const TABLE_FIGURE_STYLE = "LAATableFigure";

export const TABLE_STYLES_XML =
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${TABLE_TEXT_STYLE}"><w:name w:val="LAA table text"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
  `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${TABLE_FIGURE_STYLE}"><w:name w:val="LAA table figure"/><w:basedOn w:val="${TABLE_TEXT_STYLE}"/><w:qFormat/>` +
  `<w:pPr><w:jc w:val="right"/></w:pPr></w:style>`;

/** The styles part with the table styles added where it lacks them. */
export function withTableStyles(stylesXml: string): string {
  if (stylesXml.includes(`w:styleId="${TABLE_TEXT_STYLE}"`)) return stylesXml;
  return stylesXml.replace("</w:styles>", `${TABLE_STYLES_XML}</w:styles>`);
}
