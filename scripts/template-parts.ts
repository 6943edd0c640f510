import JSZip from "jszip";
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, IStylesOptions, LineRuleType, Packer, PageNumber, Paragraph, Tab,
  TabStopType, TextRun,
} from "docx";
import { removeDirectoryEntries, setPaperProperties } from "../src/documents/package";
import { TABLE_FIGURE_STYLE, TABLE_TEXT_STYLE } from "../src/documents/table-styles";
import { craftStyles, LANGUAGE } from "../src/documents/word-styles";

// The pieces every standard template is made of (scripts/make-templates.ts): Word's built-in Title
// and Heading styles, restyled, so the navigation pane and a table of contents work and a user can
// restyle them again in Word; the front matter as a form; "Page X of Y" in the footer and a
// {{draft}} line in the header; and the package finished as every generated document's is.

export const NAVY = "1F3864";
const FONT = "Arial";

const AUTO = LineRuleType.AUTO;
export const styles: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22, language: { value: LANGUAGE } }, paragraph: { spacing: { after: 120, line: 264, lineRule: AUTO } } },
    title: { run: { font: FONT, size: 40, bold: true, color: NAVY }, paragraph: { spacing: { after: 80, line: 240, lineRule: AUTO } } },
    heading1: { run: { font: FONT, size: 28, bold: true, color: NAVY }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, outlineLevel: 0 } },
    heading2: { run: { font: FONT, size: 24, bold: true, color: NAVY }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 1 } },
    heading3: { run: { font: FONT, size: 22, bold: true, color: NAVY }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, outlineLevel: 2 } },
  },
  // The cells of the generated tables (see src/documents/table-styles.ts): restyle them here in Word.
  paragraphStyles: [
    { id: TABLE_TEXT_STYLE, name: "LAA table text", basedOn: "Normal", quickFormat: true, run: { size: 18 }, paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: AUTO } } },
    { id: TABLE_FIGURE_STYLE, name: "LAA table figure", basedOn: TABLE_TEXT_STYLE, quickFormat: true, paragraph: { alignment: AlignmentType.RIGHT } },
  ],
};

export const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
export const h1 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
export const h2 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
/** "Thematic lead:" in bold, a tab, then the placeholder: the front matter reads as a form, a long value wrapping under itself. */
export const field = (name: string, placeholder: string) =>
  new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 2600 }], indent: { left: 2600, hanging: 2600 }, spacing: { after: 60 }, children: [new TextRun({ text: `${name}:`, bold: true }), new TextRun({ children: [new Tab(), `{{${placeholder}}}`] })] });
export const rule = () => new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: NAVY, space: 4 } }, spacing: { after: 240 }, children: [] });

const GREY = { size: 16, color: "595959" };

/** "Safer Essex · Annual review, Q2 2009/10" on the left, "Page 2 of 9" on the right. */
export function footer(...left: (string | TextRun)[]): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9026 }],
        children: [
          ...left.map((l) => (typeof l === "string" ? new TextRun({ text: l, ...GREY }) : l)),
          new TextRun({ children: [new Tab(), "Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], ...GREY }),
        ],
      }),
    ],
  });
}

/** The DRAFT line, filled while any prompt for the author remains, empty once none does. */
export function header(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: "{{draft}}", bold: true, color: "C00000" })] })] });
}

/** The package docx writes, with the styles made sure of as every generated document's are, and fixed dates so a rerun gives the same file. */
export async function finished(doc: Document): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  zip.file("word/styles.xml", craftStyles(await zip.file("word/styles.xml")!.async("string")));
  await setPaperProperties(zip, { created: new Date(Date.UTC(2009, 9, 12, 9)), language: LANGUAGE });
  removeDirectoryEntries(zip);
  for (const file of Object.values(zip.files)) file.date = new Date(Date.UTC(2009, 9, 12, 9));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}


/** The line under the title: "Annual Review of LAA performance, {{reporting_period}}". */
export const subtitle = (text: string) => new Paragraph({ children: [new TextRun({ text, size: 28, color: NAVY })], spacing: { after: 240 } });

/** A standard template: one section with the DRAFT header, a footer naming the paper, and its body. */
export function paper(title: string, footerText: string, children: Paragraph[]): Document {
  return new Document({
    creator: "LAA Scorecard",
    lastModifiedBy: "LAA Scorecard",
    title,
    styles,
    sections: [{ headers: { default: header() }, footers: { default: footer(footerText) }, children }],
  });
}
