import JSZip from "jszip";

// Reads a generated .docx back the way a person sees it: paragraphs with their style, tables as
// rows of cell texts with each cell's shading.

export interface DocParagraph {
  style: string | null;
  text: string;
}

export interface DocCell {
  text: string;
  /** The text of each paragraph of the cell: the figure, then the period and other notes under it. */
  lines: string[];
  fill: string | null;
}

export interface ReadDocx {
  xml: string;
  paragraphs: DocParagraph[];
  tables: { headerRepeats: boolean; rows: DocCell[][] }[];
  /** All the text of the body, paragraphs joined by newlines. */
  text: string;
  /** The package, to read its other parts. */
  zip: JSZip;
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
      (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => ({
        text: textOf(c),
        lines: (c.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map(textOf),
        fill: /<w:tcPr>[\s\S]*?<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(c)?.[1]?.toUpperCase() ?? null,
      })),
    );
    return { headerRepeats: /<w:tr[ >](?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>/.test(t), rows };
  });
  return { xml, paragraphs, tables, text: paragraphs.map((p) => p.text).join("\n"), zip };
}

/** The headings in order, as "Heading1: Underlying trends". */
export function headings(doc: ReadDocx): string[] {
  return doc.paragraphs.filter((p) => p.style && /^(Title|Heading\d)$/.test(p.style)).map((p) => `${p.style}: ${p.text}`);
}

/** The text of a part of the package, or "" when it has none. */
export async function part(doc: ReadDocx, name: string): Promise<string> {
  return (await doc.zip.file(name)?.async("string")) ?? "";
}

/** The text of every paragraph of a part (a header or footer), as Word shows it. */
export function partText(xml: string): string {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map(textOf).join("\n");
}

/** The text of each heading's section, down to the next heading of any level (table cells included), by heading text. */
export function sections(doc: ReadDocx): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | null = null;
  for (const p of doc.paragraphs) {
    if (p.style && /^(Title|Heading\d)$/.test(p.style)) {
      current = p.text;
      out.set(current, "");
    } else if (current !== null) out.set(current, `${out.get(current)}${p.text}\n`);
  }
  return out;
}
