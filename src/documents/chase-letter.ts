import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { ChaseLetter } from "../returns/chase-words";
import { LANGUAGE } from "./word-styles";

// A lead's short chase letter as a .docx: what the merge of returns still needs from them
// (src/returns/chase-words.ts writes the words). Built in code rather than from a template: it is a
// note, not a paper of the performance group, and has nothing an officer restyles.

export async function buildChaseLetter(letter: ChaseLetter): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(letter.title)] }),
    new Paragraph({ children: [new TextRun({ text: "To: ", bold: true }), new TextRun(letter.to)] }),
    new Paragraph({ children: [new TextRun(letter.opening)] }),
  ];
  for (const list of letter.lists) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(list.heading)] }));
    for (const item of list.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
  }
  children.push(new Paragraph({ children: [new TextRun(letter.closing)] }));
  const doc = new Document({
    creator: "LAA Scorecard",
    title: letter.title,
    // Outline levels on docx's default heading styles, as every paper has (PDF bookmarks, screen readers).
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: { value: LANGUAGE } } },
        heading1: { paragraph: { outlineLevel: 0 } }, heading2: { paragraph: { outlineLevel: 1 } },
        heading3: { paragraph: { outlineLevel: 2 } }, heading4: { paragraph: { outlineLevel: 3 } },
        heading5: { paragraph: { outlineLevel: 4 } }, heading6: { paragraph: { outlineLevel: 5 } },
      },
    },
    sections: [{ children }],
  });
  return Packer.pack(doc, "uint8array");
}
