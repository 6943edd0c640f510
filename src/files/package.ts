import { DeflatedPart, deflatedEntry, entryBytes, readZip, writeZip, ZipEntry, ZipOutput } from "./zip";
import { XmlCursor, escapeText } from "./xml";
import { WorkbookFileError } from "./workbook-file-error";

// The workbook as an Open Packaging Conventions package: parts by name, their content types and their
// relationships. Parts are decoded only when asked for; a part that is never changed is written back
// as the very bytes it was stored as.

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  extendedProperties: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
} as const;

export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  external: boolean;
  /** The part it points to, resolved against its source ("xl/worksheets/sheet1.xml"); "" when external. */
  part: string;
}

export class WorkbookPackage {
  /** Part names in the zip's order; a name's key is its lower case (part names are case-insensitive). */
  private readonly order: string[] = [];
  private readonly entries = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, string | Uint8Array | DeflatedPart>();
  private readonly names = new Map<string, string>();
  private readonly texts: Map<string, string>;

  /** `textCache` lets packages opened from the same bytes share the parts already decoded. */
  constructor(bytes: Uint8Array, textCache?: Map<string, string>) {
    this.texts = textCache ?? new Map<string, string>();
    for (const entry of readZip(bytes)) {
      // A directory entry is not a part: it is left out of the refreshed file.
      if (entry.name.endsWith("/")) continue;
      const name = entry.name.replace(/^\//, "");
      // Part names ignore case: two such parts are a damaged package, and dropping one could lose the user's.
      const twin = this.names.get(name.toLowerCase());
      if (twin !== undefined) throw new WorkbookFileError(`is damaged: it holds two parts named ${twin}${twin === name ? "" : ` and ${name}`} (part names ignore case)`);
      this.names.set(name.toLowerCase(), name);
      this.order.push(name);
      this.entries.set(name, entry);
    }
  }

  /** The part's name as stored, found case-insensitively; undefined when there is no such part. */
  find(part: string): string | undefined {
    return this.names.get(part.replace(/^\//, "").toLowerCase());
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  get partNames(): readonly string[] {
    return this.order.filter((name) => this.names.has(name.toLowerCase()));
  }

  /** A part's text (UTF-8), or undefined when it does not exist. */
  text(part: string): string | undefined {
    const name = this.find(part);
    if (name === undefined) return undefined;
    const changed = this.changed.get(name);
    if (typeof changed === "string") return changed;
    if (isDeflated(changed)) return decodeUtf(entryBytes(deflatedEntry(name, changed)));
    if (changed !== undefined) return decodeUtf(changed);
    // The cache holds only parts as stored, so packages opened from the same bytes may share it.
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const text = decodeUtf(entryBytes(this.entries.get(name)!));
    this.texts.set(name, text);
    return text;
  }

  /** Replaces a part's content, or adds the part (at the end of the zip) when it is new. */
  set(part: string, content: string | Uint8Array | DeflatedPart): void {
    const name = this.find(part) ?? part.replace(/^\//, "");
    if (!this.names.has(name.toLowerCase())) {
      this.names.set(name.toLowerCase(), name);
      // A part removed and written again (the summary's drawing, on a second refresh) keeps its place,
      // so refreshing a refreshed book gives the same bytes.
      if (!this.order.includes(name)) this.order.push(name);
    }
    this.changed.set(name, content);
  }

  remove(part: string): void {
    const name = this.find(part);
    if (name === undefined) return;
    this.names.delete(name.toLowerCase());
    this.entries.delete(name);
    this.changed.delete(name);
  }

  /** Whether the part will be written with new content. */
  isChanged(part: string): boolean {
    const name = this.find(part);
    return name !== undefined && this.changed.has(name);
  }

  /** The package's relationships part for a source part ("" for the package itself). */
  relsPartOf(source: string): string {
    const slash = source.lastIndexOf("/");
    return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
  }

  relationships(source: string): Relationship[] {
    const xml = this.text(this.relsPartOf(source));
    if (xml === undefined) return [];
    const out: Relationship[] = [];
    const cursor = new XmlCursor(xml);
    while (cursor.next()) {
      if (cursor.kind === "close" || cursor.local !== "Relationship") continue;
      const target = cursor.attr("Target") ?? "";
      const external = (cursor.attr("TargetMode") ?? "").toLowerCase() === "external";
      out.push({ id: cursor.attr("Id") ?? "", type: cursor.attr("Type") ?? "", target, external, part: external ? "" : resolveTarget(source, target) });
    }
    return out;
  }

  /** Adds a relationship from source to part; returns its id (the first free rIdN). */
  addRelationship(source: string, type: string, part: string): string {
    const relsPart = this.relsPartOf(source);
    const existing = this.relationships(source);
    const ids = new Set(existing.map((r) => r.id));
    let n = existing.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const line = `<Relationship Id="${id}" Type="${type}" Target="${escapeText(relativeTarget(source, part))}"/>`;
    const xml = this.text(relsPart);
    if (xml === undefined) {
      this.set(relsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${line}</Relationships>`);
    } else {
      const close = xml.lastIndexOf("</");
      this.set(relsPart, close < 0 ? xml.replace(/\/>\s*$/, `>${line}</Relationships>`) : `${xml.slice(0, close)}${line}${xml.slice(close)}`);
    }
    return id;
  }

  /** Removes the relationships with these ids from the source's relationships part. */
  removeRelationships(source: string, ids: ReadonlySet<string>): void {
    const relsPart = this.relsPartOf(source);
    const xml = this.text(relsPart);
    if (xml === undefined || ids.size === 0) return;
    let out = "";
    let last = 0;
    const cursor = new XmlCursor(xml);
    while (cursor.next()) {
      if (cursor.kind === "close" || cursor.local !== "Relationship" || !ids.has(cursor.attr("Id") ?? "")) continue;
      const start = cursor.start;
      if (cursor.kind === "open") cursor.skipElement();
      out += xml.slice(last, start);
      last = cursor.position;
    }
    this.set(relsPart, out + xml.slice(last));
  }

  /** The refreshed file: every part in its place, unchanged ones as their stored bytes. */
  bytes(): Uint8Array {
    const encoder = new TextEncoder();
    const parts: ZipOutput[] = this.partNames.map((name) => {
      const changed = this.changed.get(name);
      if (changed === undefined) return { name, entry: this.entries.get(name)! };
      if (typeof changed === "string") return { name, content: encoder.encode(utf8Declared(changed)) };
      return isDeflated(changed) ? { name, deflated: changed } : { name, content: changed };
    });
    return writeZip(parts);
  }
}

// Told apart by a field that bytes do not have.
function isDeflated(content: string | Uint8Array | DeflatedPart | undefined): content is DeflatedPart {
  return typeof content === "object" && "stored" in content;
}

/** Our text is written as UTF-8, so a declaration of another encoding (UTF-16) is corrected with it. */
export function utf8Declared(xml: string): string {
  return xml.replace(/^(<\?xml[^>]*encoding=["'])UTF-16(["'])/i, "$1UTF-8$2");
}

/** A relationship target (relative to its source part's folder, or absolute from the root) as a part name. */
export function resolveTarget(source: string, target: string): string {
  let path = target.split("#")[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray "%" is a literal character.
  }
  const base = path.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The target to write in source's relationships for a part: relative, as Excel writes them. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function decodeUtf(bytes: Uint8Array): string {
  // A part may be UTF-16 with a byte order mark; XML parts of a workbook are almost always UTF-8.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
