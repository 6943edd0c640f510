import JSZip from "jszip";
import { IPatch, Paragraph, PatchType, TextRun, patchDocument } from "docx";
import { PropertyElements, propertyElements } from "./inline-runs";
import { ZipEntry, ZipOutput, hasCodec, readZip, useFallbackCodec, writeZip } from "../files/zip";
import { partBytes, removeDirectoryEntries, setText, text } from "./package";
import { PlaceholderSpec } from "./placeholders";
import { TemplateFinding, checkTemplate } from "./template-check";
import { TemplateData, templateBytes } from "./template-data";
import { makePlainDocument } from "./template-kind";
import { craftStyles } from "./word-styles";
import { BLOCK_MARK, INLINE_MARK, PROPERTY_MARK } from "./xml";

// A template read, checked and made ready once, for as many papers as the run writes: one paper per
// partnership of a 1,000-partnership book must not unzip and parse the template 1,000 times. docx's
// patcher fills every placeholder once with a marker (it finds a placeholder split across runs, and
// gives the marker the placeholder's formatting); the styles are made sure of, the package made a
// plain document. Each paper then shares the template's parts, each decoded and compressed once, and
// only replaces the markers in the parts that hold them (fill.ts): the parts it does not change are
// written as they are stored, never deflated again.

const CONTENT_TYPES = "[Content_Types].xml";
/** A part this small is stored, not deflated: compressing it costs more time than its few bytes save (a core properties part, a header). */
const SMALL_PART = 4096;

/** The placeholder that carries the DRAFT line; a template without it gets the line at the top of the body. */
export const DRAFT_PLACEHOLDER = "draft";

/** The core properties docx writes, each as a marker each paper replaces. */
export const PAPER_PROPERTIES = ["title", "subject", "creator", "keywords"] as const;
export type PaperProperty = (typeof PAPER_PROPERTIES)[number];

/** A part that holds inline placeholders: its XML cut at each one, the placeholder's run properties kept. */
export type Piece = string | { placeholder: string; properties: PropertyElements };

/** A run docx wrote for a marker: the marker is its only text. Its properties never reach back over another run's start. */
const MARKER_RUN = new RegExp(`<w:r>(?:<w:rPr>((?:(?!<w:r>|<w:r )[\\s\\S])*?)</w:rPr>|<w:rPr/>)?<w:t(?: [^>]*)?>${INLINE_MARK}([^${INLINE_MARK}<]+)${INLINE_MARK}</w:t></w:r>`, "g");

function pieces(xml: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of xml.matchAll(MARKER_RUN)) {
    out.push(xml.slice(at, m.index), { placeholder: m[2], properties: propertyElements(m[1] ?? "") });
    at = m.index! + m[0].length;
  }
  out.push(xml.slice(at));
  return out;
}

export class PaperTemplate {
  private constructor(
    /** The template's file name, as the user knows it. */
    readonly name: string,
    /** The placeholders it was checked against: the paper it is for. */
    readonly specs: readonly PlaceholderSpec[],
    private readonly parts: Readonly<Record<string, JSZip.JSZipObject>>,
    /** Each of those parts as the zip stores it, compressed. */
    private readonly stored: ReadonlyMap<JSZip.JSZipObject, ZipEntry>,
    /** The parts that hold inline placeholders, cut at each. */
    readonly inline: ReadonlyMap<string, readonly Piece[]>,
    /** Whether the template places the DRAFT line itself ({{draft}}). */
    readonly placesDraft: boolean,
  ) {}

  /** The package of one paper: every part of the template, shared until the paper changes it. */
  package(): JSZip {
    const zip = new JSZip();
    for (const [name, file] of Object.entries(this.parts)) zip.files[name] = file;
    return zip;
  }

  /**
   * The paper's bytes: each part the paper left as the template had it copied as stored, each of its
   * own compressed (a chart's workbook, already compressed, stored as it is), the content types first.
   */
  async bytes(zip: JSZip): Promise<Uint8Array> {
    // Node's zlib on the command line (src/node); in a browser, fflate, loaded when the first paper is written.
    if (!hasCodec()) useFallbackCodec((await import("../files/fflate-codec")).FFLATE);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const parts: ZipOutput[] = [];
    for (const name of [...names.filter((n) => n === CONTENT_TYPES), ...names.filter((n) => n !== CONTENT_TYPES)]) {
      const file = zip.files[name];
      const entry = this.stored.get(file);
      if (entry) {
        parts.push({ name, entry });
        continue;
      }
      const content = await partBytes(zip, name);
      parts.push({ name, content, store: file.options.compression === "STORE" || content.length < SMALL_PART });
    }
    return writeZip(parts);
  }

  /** Reads and checks the template; the problems, when it has any, and nothing is made. */
  static async prepare(template: TemplateData, specs: readonly PlaceholderSpec[], name: string): Promise<{ ok: true; template: PaperTemplate } | { ok: false; problems: TemplateFinding[] }> {
    const bytes = await templateBytes(template);
    const problems = await checkTemplate(bytes, specs, name);
    if (problems.length > 0) return { ok: false, problems };

    const patches: Record<string, IPatch> = {};
    for (const spec of [...specs, { name: DRAFT_PLACEHOLDER, block: false }]) {
      patches[spec.name] = spec.block
        ? { type: PatchType.DOCUMENT, children: [new Paragraph({ children: [new TextRun(`${BLOCK_MARK}${spec.name}${BLOCK_MARK}`)] })] }
        : { type: PatchType.PARAGRAPH, children: [new TextRun(`${INLINE_MARK}${spec.name}${INLINE_MARK}`)] };
    }
    const property = (p: PaperProperty) => `${PROPERTY_MARK}${p}${PROPERTY_MARK}`;
    const patched = await patchDocument({
      outputType: "uint8array",
      data: bytes,
      patches,
      keepOriginalStyles: true,
      trimPlaceholders: true,
      properties: { title: property("title"), subject: property("subject"), creator: property("creator"), lastModifiedBy: property("creator"), keywords: property("keywords"), revision: 1 },
    });

    const zip = await JSZip.loadAsync(patched);
    const styles = await text(zip, "word/styles.xml");
    if (styles !== null) setText(zip, "word/styles.xml", craftStyles(styles));
    await makePlainDocument(zip); // a .dotx or .docm template still gives a plain .docx
    removeDirectoryEntries(zip);

    const inline = new Map<string, Piece[]>();
    for (const part of Object.keys(zip.files).filter((n) => /^word\/[^/]+\.xml$/.test(n))) {
      const xml = (await text(zip, part))!;
      if (xml.includes(INLINE_MARK)) inline.set(part, pieces(xml));
    }
    const placesDraft = [...inline.values()].some((p) => p.some((piece) => typeof piece !== "string" && piece.placeholder === DRAFT_PLACEHOLDER));
    // Compressed once here; each paper's package reuses these bytes for every part it leaves alone.
    const prepared = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const shared = await JSZip.loadAsync(prepared);
    const entries = new Map(readZip(prepared).map((e) => [e.name, e]));
    const stored = new Map(Object.entries(shared.files).flatMap(([n, file]) => (entries.has(n) ? [[file, entries.get(n)!] as const] : [])));
    return { ok: true, template: new PaperTemplate(name, specs, shared.files, stored, inline, placesDraft) };
  }
}

/** A template ready for papers, or its problems, whichever it was given. */
export async function paperTemplate(template: TemplateData | PaperTemplate, specs: readonly PlaceholderSpec[], name: string): Promise<{ ok: true; template: PaperTemplate } | { ok: false; problems: TemplateFinding[] }> {
  if (!(template instanceof PaperTemplate)) return PaperTemplate.prepare(template, specs, name);
  // A programming mistake, not the user's: a template checked for one paper filled as another.
  if (template.specs !== specs) throw new Error(`The template ${template.name} was prepared for another kind of paper.`);
  return { ok: true, template };
}
