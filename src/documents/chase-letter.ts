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
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: LANGUAGE } } } } },
    sections: [{ children }],
  });
  return Packer.pack(doc, "uint8array");
}
