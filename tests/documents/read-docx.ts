import JSZip from "jszip";

// Reads a generated .docx back the way a person sees it: paragraphs with their style, tables as
// rows of cell texts with each cell's shading.

export interface DocParagraph {
  style: string | null;
  text: string;
}

export interface DocCell {
  text: string;
  fill: string | null;
}

export interface ReadDocx {
  xml: string;
  paragraphs: DocParagraph[];
  tables: { headerRepeats: boolean; rows: DocCell[][] }[];
  /** All the text of the body, paragraphs joined by newlines. */
  text: string;
}

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

function textOf(xml: string): string {
  return (xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? []).map((t) => (t === "<w:tab/>" ? "\t" : decode(t.replace(/<[^>]+>/g, "")))).join("");
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const paragraphs = (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: textOf(p),
  }));
  const tables = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((t) => {
    const rows = (t.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((r) =>
      (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => ({ text: textOf(c), fill: /<w:tcPr>[\s\S]*?<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(c)?.[1]?.toUpperCase() ?? null })),
    );
    return { headerRepeats: /<w:tr[ >](?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>/.test(t), rows };
  });
  return { xml, paragraphs, tables, text: paragraphs.map((p) => p.text).join("\n") };
}

/** The headings in order, as "Heading1: Underlying trends". */
export function headings(doc: ReadDocx): string[] {
  return doc.paragraphs.filter((p) => p.style && /^(Title|Heading\d)$/.test(p.style)).map((p) => `${p.style}: ${p.text}`);
}
