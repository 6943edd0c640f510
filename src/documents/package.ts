import JSZip from "jszip";
import { ChartPart, chartDrawingXml } from "./chart-xml";
import { WORKBOOK_RELATIONSHIP_ID } from "./chart-data";
import { XLSX_TYPE, chartWorkbook } from "../files/chart-workbook";
import { BLOCK_MARK, BULLET_NUMBERING, CHART_MARK, escapeXml } from "./xml";

// The package, once docx has filled the template: the blocks (blocks.ts) put in place of their
// marker paragraphs, each chart as a part of its own with its relationship, its content type and its
// embedded workbook, the bullet list's numbering, the paper's dates in its core properties, and no
// directory entries.

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NUMBERING_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
// A marker paragraph: from its <w:p> (never <w:pPr>) to its </w:p>, with no other paragraph between.
const MARKED_PARAGRAPH = new RegExp(`<w:p\\b(?:(?!<w:p\\b)[\\s\\S])*?${BLOCK_MARK}([^${BLOCK_MARK}<]+)${BLOCK_MARK}[\\s\\S]*?</w:p>`, "g");
const CHART_TOKEN = new RegExp(`${CHART_MARK}\\d+${CHART_MARK}`, "g");

export interface PlacedBlocks {
  xml: string;
  charts: ReadonlyMap<string, ChartPart>;
}

// Each part's text, decoded once: a paper's package shares the prepared template's parts
// (paper-template.ts), so a part no paper changes is decoded once per run, not once per paper.
const decoded = new WeakMap<JSZip.JSZipObject, string>();

/** A part's text, or null when the package has no such part. */
export async function text(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name);
  if (!file) return null;
  let xml = decoded.get(file);
  if (xml === undefined) decoded.set(file, (xml = await file.async("string")));
  return xml;
}

// The bytes of a part a paper adds (a chart's workbook), kept as given rather than read back through jszip.
const given = new WeakMap<JSZip.JSZipObject, Uint8Array>();

/** A part's bytes, from its text or bytes where those are known (encoded natively, not by jszip). */
export async function partBytes(zip: JSZip, name: string): Promise<Uint8Array> {
  const file = zip.file(name)!;
  const xml = decoded.get(file);
  if (xml !== undefined) return new TextEncoder().encode(xml);
  return given.get(file) ?? file.async("uint8array");
}

/** Writes a part's bytes (deflated unless `store`d). */
export function setBytes(zip: JSZip, name: string, bytes: Uint8Array, options?: JSZip.JSZipFileOptions): void {
  zip.file(name, bytes, { createFolders: false, ...options });
  given.set(zip.file(name)!, bytes);
}

/** Writes a part's text (deflated unless `store`d), known from then on without decoding it again; a part left as it was stays shared. */
export function setText(zip: JSZip, name: string, xml: string, options?: JSZip.JSZipFileOptions): void {
  const file = zip.file(name);
  if (file && decoded.get(file) === xml && options === undefined) return; // unchanged: still the template's, stored as it was
  zip.file(name, xml, { createFolders: false, ...options });
  decoded.set(zip.file(name)!, xml);
}

/** The relationships part of a part: word/document.xml -> word/_rels/document.xml.rels. */
function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** A relationships part being added to: ids already taken, and the new relationships, written once at the end. */
class Relationships {
  private readonly taken: Set<string>;
  private readonly added: string[] = [];
  constructor(private xml: string) {
    this.taken = new Set([...xml.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  }

  has(target: string): boolean {
    return this.xml.includes(`Target="${target}"`);
  }

  /** A unique id for a new relationship. */
  add(type: string, target: string, wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted}_${n}`;
    this.taken.add(id);
    this.added.push(`<Relationship Id="${id}" Type="${RELATIONSHIPS}/${type}" Target="${target}"/>`);
    return id;
  }

  toString(): string {
    return this.added.length === 0 ? this.xml : this.xml.replace("</Relationships>", `${this.added.join("")}</Relationships>`);
  }
}

/** The content types part being added to, written once at the end. */
class ContentTypes {
  private readonly added: string[] = [];
  private readonly defaults: string[] = [];
  constructor(private readonly xml: string) {}

  override(part: string, type: string): void {
    if (!this.xml.includes(`PartName="/${part}"`)) this.added.push(`<Override PartName="/${part}" ContentType="${type}"/>`);
  }

  /** The type of every part with this extension, unless the template already gives one (Defaults come first). */
  default(extension: string, type: string): void {
    const entry = `<Default Extension="${extension}" ContentType="${type}"/>`;
    if (new RegExp(`<Default Extension="${extension}"`, "i").test(this.xml) || this.defaults.includes(entry)) return;
    this.defaults.push(entry);
  }

  toString(): string {
    // The schema wants each Default and Override in any order; Word writes the Defaults first.
    const withDefaults = this.defaults.length === 0 ? this.xml : this.xml.replace(/(<Types\b[^>]*>)/, `$1${this.defaults.join("")}`);
    return withDefaults.replace("</Types>", `${this.added.join("")}</Types>`);
  }
}

/** The w:numId of a plain bullet list, added to the numbering part (made if the template has none). */
async function bulletNumbering(zip: JSZip, rels: Relationships, types: ContentTypes): Promise<string> {
  const name = "word/numbering.xml";
  let xml = await text(zip, name);
  if (xml === null) {
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:numbering>`;
    if (!rels.has("numbering.xml")) rels.add("numbering", "numbering.xml", "rIdNumbering");
    types.override(name, NUMBERING_TYPE);
  }
  const next = (attribute: string) => Math.max(0, ...[...xml!.matchAll(new RegExp(`${attribute}="(\\d+)"`, "g"))].map((m) => Number(m[1]))) + 1;
  const abstractId = next("w:abstractNumId");
  const numId = next("w:numId");
  const abstract =
    `<w:abstractNum w:abstractNumId="${abstractId}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>` +
    `<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>`;
  // Every abstractNum comes before the first num.
  const firstNum = xml.search(/<w:num\b/);
  xml = firstNum >= 0 ? `${xml.slice(0, firstNum)}${abstract}${xml.slice(firstNum)}` : xml.replace("</w:numbering>", `${abstract}</w:numbering>`);
  const num = `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/></w:num>`;
  xml = xml.includes("<w:numIdMacAtCleanup") ? xml.replace("<w:numIdMacAtCleanup", `${num}<w:numIdMacAtCleanup`) : xml.replace("</w:numbering>", `${num}</w:numbering>`);
  setText(zip, name, xml);
  return String(numId);
}

/** word/embeddings/Microsoft_Excel_WorksheetN.xlsx, as Word names a chart's workbook; the next free N from the chart's own. */
function embeddingName(zip: JSZip, chart: number): string {
  let n = chart;
  while (zip.file(`word/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`)) n++;
  return `word/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`;
}

/** The chart part's relationships: its one workbook, as an embedded package (c:externalData names it). */
function chartRelsXml(workbook: string): string {
  return EMPTY_RELS.replace(
    "</Relationships>",
    `<Relationship Id="${WORKBOOK_RELATIONSHIP_ID}" Type="${RELATIONSHIPS}/package" Target="../embeddings/${workbook.slice("word/embeddings/".length)}"/></Relationships>`,
  );
}

/** Puts every block in place of its marker paragraph, in every part of word/ that holds one. */
export async function placeBlocks(zip: JSZip, blocks: ReadonlyMap<string, PlacedBlocks>): Promise<void> {
  if (blocks.size === 0) return;
  const chartNumbers = Object.keys(zip.files).map((n) => /^word\/charts\/chart(\d+)\.xml$/.exec(n)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  let nextChart = Math.max(0, ...chartNumbers) + 1;
  const types = new ContentTypes((await text(zip, "[Content_Types].xml"))!);
  for (const part of Object.keys(zip.files).filter((n) => /^word\/[^/]+\.xml$/.test(n))) {
    const xml = await text(zip, part);
    if (xml === null || !xml.includes(BLOCK_MARK)) continue;
    const relsName = relsOf(part);
    const rels = new Relationships((await text(zip, relsName)) ?? EMPTY_RELS);
    let drawingId = Math.max(0, ...[...xml.matchAll(/<wp:docPr\b[^>]*?\bid="(\d+)"/g)].map((m) => Number(m[1])));
    let placed = xml.replace(MARKED_PARAGRAPH, (whole, id: string) => {
      const block = blocks.get(id);
      if (!block) return whole;
      return block.xml.replace(CHART_TOKEN, (token) => {
        const chart = block.charts.get(token)!;
        const number = nextChart++;
        // Stored, not deflated: each deflated part costs a compressor of its own (a quarter of a
        // megabyte), and 200 of them took longer than the rest of a 200-indicator review. The
        // workbook's parts are deflated already (chart-workbook.ts): it is stored as it is.
        setText(zip, `word/charts/chart${number}.xml`, chart.xml, { compression: "STORE" });
        types.override(`word/charts/chart${number}.xml`, CHART_TYPE);
        const workbook = embeddingName(zip, number);
        setBytes(zip, workbook, chartWorkbook(chart.data), { compression: "STORE" });
        types.default("xlsx", XLSX_TYPE);
        setText(zip, `word/charts/_rels/chart${number}.xml.rels`, chartRelsXml(workbook), { compression: "STORE" });
        const rId = rels.add("chart", `charts/chart${number}.xml`, `rIdChart${number}`);
        return chartDrawingXml(chart, rId, ++drawingId);
      });
    });
    if (placed.includes(BULLET_NUMBERING)) placed = placed.split(BULLET_NUMBERING).join(await bulletNumbering(zip, rels, types));
    setText(zip, part, placed);
    setText(zip, relsName, rels.toString());
  }
  setText(zip, "[Content_Types].xml", types.toString());
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
  setText(zip, name, body);
}

/** A DRAFT line at the top of the body, for a template without a {{draft}} placeholder. */
export function draftParagraphXml(words: string): string {
  return `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/><w:color w:val="C00000"/></w:rPr><w:t xml:space="preserve">${escapeXml(words)}</w:t></w:r></w:p>`;
}
