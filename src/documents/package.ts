import JSZip from "jszip";
import { chartDrawingXml } from "./chart-xml";
import { RAW_MARK, RawContent } from "./raw";
import { escapeXml } from "./xml";

// The package, once docx has filled the template: the tables and charts put in place of their
// marker paragraphs (raw.ts), each chart as a part of its own with its relationship and content
// type, the paper's dates in its core properties, and no directory entries in the zip.

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CHART_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
// A marker paragraph: from its <w:p> (never <w:pPr>) to its </w:p>, with no other paragraph between.
const MARKED_PARAGRAPH = new RegExp(`<w:p\\b(?:(?!<w:p\\b)[\\s\\S])*?${RAW_MARK}(raw\\d+)${RAW_MARK}[\\s\\S]*?</w:p>`, "g");

async function text(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name);
  return file ? file.async("string") : null;
}

/** The relationships part of a part: word/document.xml -> word/_rels/document.xml.rels. */
function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Puts every raw block in place of its marker, in every part of word/ that holds one. */
export async function placeRawBlocks(zip: JSZip, raws: ReadonlyMap<string, RawContent>): Promise<void> {
  if (raws.size === 0) return;
  const chartNumbers = Object.keys(zip.files).map((n) => /^word\/charts\/chart(\d+)\.xml$/.exec(n)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  let nextChart = Math.max(0, ...chartNumbers) + 1;
  const overrides: string[] = [];
  for (const part of Object.keys(zip.files).filter((n) => /^word\/[^/]+\.xml$/.test(n))) {
    const xml = await text(zip, part);
    if (xml === null || !xml.includes(RAW_MARK)) continue;
    const relsName = relsOf(part);
    let rels = (await text(zip, relsName)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const usedIds = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let drawingId = Math.max(0, ...[...xml.matchAll(/<wp:docPr\b[^>]*?\bid="(\d+)"/g)].map((m) => Number(m[1])));
    const added: string[] = [];
    const placed = xml.replace(MARKED_PARAGRAPH, (whole, id: string) => {
      const raw = raws.get(id);
      if (!raw) return whole;
      if (raw.kind === "xml") return raw.xml;
      const number = nextChart++;
      let rId = `rIdChart${number}`;
      for (let n = 2; usedIds.has(rId); n++) rId = `rIdChart${number}_${n}`;
      usedIds.add(rId);
      zip.file(`word/charts/chart${number}.xml`, raw.chart.xml);
      added.push(`<Relationship Id="${rId}" Type="${CHART_RELATIONSHIP}" Target="charts/chart${number}.xml"/>`);
      overrides.push(`<Override PartName="/word/charts/chart${number}.xml" ContentType="${CHART_TYPE}"/>`);
      return `<w:p><w:pPr><w:spacing w:after="240"/></w:pPr>${chartDrawingXml(raw.chart, rId, ++drawingId)}</w:p>`;
    });
    zip.file(part, placed);
    if (added.length > 0) {
      rels = rels.replace("</Relationships>", `${added.join("")}</Relationships>`);
      zip.file(relsName, rels);
    }
  }
  if (overrides.length > 0) {
    const types = (await text(zip, "[Content_Types].xml"))!;
    zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  }
}

/** OPC packages have no directories; a template saved by LibreOffice has entries for them, which Word is reported to refuse. */
export function removeDirectoryEntries(zip: JSZip): void {
  // zip.remove() on a folder removes what is in it too: only the entry itself goes.
  for (const [name, entry] of Object.entries(zip.files)) if (entry.dir) delete zip.files[name];
}

export interface PaperProperties {
  created: Date;
  /** dc:language of the core properties. */
  language: string;
}

function w3cdtf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Created and modified now, and the language, in the core properties (docx sets the title, subject and authors). */
export async function setPaperProperties(zip: JSZip, properties: PaperProperties): Promise<void> {
  const name = "docProps/core.xml";
  const xml = await text(zip, name);
  if (xml === null) return;
  const namespaces: Record<string, string> = { dcterms: "http://purl.org/dc/terms/", xsi: "http://www.w3.org/2001/XMLSchema-instance", dc: "http://purl.org/dc/elements/1.1/" };
  let root = /<cp:coreProperties\b[^>]*>/.exec(xml)?.[0];
  if (!root) return;
  const opened = root;
  for (const [prefix, uri] of Object.entries(namespaces)) if (!root.includes(`xmlns:${prefix}=`)) root = root.replace(/>$/, ` xmlns:${prefix}="${uri}">`);
  const when = w3cdtf(properties.created);
  const body = xml
    .replace(opened, root)
    .replace(/<dcterms:(created|modified)\b[\s\S]*?<\/dcterms:\1>|<dcterms:(created|modified)\b[^>]*\/>/g, "")
    .replace(/<dc:language\b[\s\S]*?<\/dc:language>|<dc:language\b[^>]*\/>/g, "")
    .replace(
      "</cp:coreProperties>",
      `<dc:language>${escapeXml(properties.language)}</dc:language>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`,
    );
  zip.file(name, body);
}

/** A DRAFT line at the top of the body, for a template without a {{draft}} placeholder. */
export function draftParagraphXml(words: string): string {
  return `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/><w:color w:val="C00000"/></w:rPr><w:t xml:space="preserve">${escapeXml(words)}</w:t></w:r></w:p>`;
}
