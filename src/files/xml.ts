import { literalPattern } from "../keys";

// A pull scanner over the XML of one package part, with positions, so the patcher can splice new text
// into the user's XML and leave every other byte as it was. It reads what Excel, LibreOffice and
// other writers put in a workbook (namespace prefixes, either quote, comments, CDATA, processing
// instructions); it does not validate. Measured against saxes on a 10,000-row sheet and on a sheet of
// a million formatted empty cells: see docs/file-refresh.md.

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

export type TagKind = "open" | "close" | "empty";

/** Walks the tags of a document in order. After next() returns true the fields describe one tag. */
export class XmlCursor {
  kind: TagKind = "open";
  /** Index of the tag's "<" and just after its ">". */
  start = 0;
  end = 0;
  // The name is kept as positions: the sheet reader meets hundreds of thousands of tags, and
  // comparing in place (is()) costs no string per tag.
  private nameStart = 0;
  private localStart = 0;
  private nameEnd = 0;

  constructor(
    readonly xml: string,
    private pos = 0,
  ) {}

  /** The name as written, with its prefix ("x:row"). */
  get name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** The name without a namespace prefix ("row"). */
  get local(): string {
    return this.xml.slice(this.localStart, this.nameEnd);
  }

  /** Whether the tag's name, without its prefix, is `local`. */
  is(local: string): boolean {
    return this.nameEnd - this.localStart === local.length && this.xml.startsWith(local, this.localStart);
  }

  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) return false;
      const c = xml.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        this.pos = after(xml, "?>", lt);
        continue;
      }
      if (c === 33 /* ! */) {
        if (xml.startsWith("<!--", lt)) this.pos = after(xml, "-->", lt);
        else if (xml.startsWith("<![CDATA[", lt)) this.pos = after(xml, "]]>", lt);
        else {
          // <!DOCTYPE ...>, possibly with an internal subset in brackets.
          const gt = xml.indexOf(">", lt);
          const bracket = xml.indexOf("[", lt);
          this.pos = after(xml, bracket >= 0 && bracket < gt ? "]>" : ">", lt);
        }
        continue;
      }
      this.start = lt;
      if (c === 47 /* / */) {
        const gt = xml.indexOf(">", lt);
        if (gt < 0) throw new XmlError("a closing tag is not finished");
        this.kind = "close";
        this.setName(lt + 2, trimEnd(xml, lt + 2, gt));
        this.end = this.pos = gt + 1;
        return true;
      }
      let i = lt + 1;
      while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) i++;
      this.setName(lt + 1, i);
      // Find the ">" that ends the tag, stepping over quoted attribute values (they may hold ">").
      let quote = 0;
      for (; i < xml.length; i++) {
        const ch = xml.charCodeAt(i);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      if (i >= xml.length) throw new XmlError(`the tag <${this.name}> is not finished`);
      this.kind = xml.charCodeAt(i - 1) === 47 ? "empty" : "open";
      this.end = this.pos = i + 1;
      return true;
    }
  }

  /** Moves on to just after the element the cursor is on (an open tag's matching close). */
  skipElement(): void {
    if (this.kind !== "open") return;
    const name = this.name;
    let depth = 1;
    while (depth > 0 && this.next()) {
      if (this.kind === "open") depth++;
      else if (this.kind === "close") depth--;
    }
    // Ended by another element's end tag (</worksheet> where </sheetData> is missing): not well-formed.
    if (depth > 0 || this.name !== name) throw new XmlError(`the element <${name}> is not closed`);
  }

  /**
   * The decoded text of a text-only element (<v>, <t>, <f>) the cursor is on, leaving the cursor on its
   * close tag: one search for the close tag instead of a walk through the content.
   */
  leafText(): string {
    if (this.kind !== "open") return "";
    const from = this.end;
    const closeTag = `</${this.name}>`;
    const close = this.xml.indexOf(closeTag, from);
    if (close < 0 || this.xml.lastIndexOf("<", close - 1) >= from) {
      // Something inside (a comment, CDATA): walk it properly.
      this.skipElement();
      return contentText(this.xml, from, this.start);
    }
    this.kind = "close";
    this.start = close;
    this.end = this.pos = close + closeTag.length;
    return decodeText(this.xml.slice(from, close));
  }

  /** An attribute of the current tag, decoded; undefined when absent. */
  attr(name: string): string | undefined {
    const raw = rawAttr(this.xml, this.nameEnd, this.end, name);
    return raw === undefined ? undefined : decodeText(raw);
  }

  /**
   * Several attributes of the current tag in one pass, raw (not decoded): out[i] is names[i]'s value.
   * For the reader's hot path, where values (cell references, numbers) never hold entities.
   */
  rawAttrs(names: readonly string[], out: (string | undefined)[]): void {
    out.fill(undefined);
    const xml = this.xml;
    const to = this.end;
    let i = this.nameEnd;
    while (i < to) {
      let c = xml.charCodeAt(i);
      while (i < to && (c === 32 || c === 9 || c === 10 || c === 13)) c = xml.charCodeAt(++i);
      const nameStart = i;
      while (i < to && c !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 47 && c !== 62) c = xml.charCodeAt(++i);
      const nameEnd = i;
      while (i < to && c !== 34 && c !== 39) {
        if (c === 62) return;
        c = xml.charCodeAt(++i);
      }
      if (i >= to) return;
      const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0 || close >= to) return;
      for (let k = 0; k < names.length; k++) {
        if (nameEnd - nameStart === names[k].length && xml.startsWith(names[k], nameStart)) out[k] = xml.slice(i + 1, close);
      }
      i = close + 1;
    }
  }

  /** Every attribute of the current tag, by name as written, decoded. */
  attrs(): Map<string, string> {
    return allAttrs(this.xml, this.nameEnd, this.end);
  }

  /** The current tag's text. */
  get text(): string {
    return this.xml.slice(this.start, this.end);
  }

  /** Where the next scan starts (after the current tag). */
  get position(): number {
    return this.pos;
  }

  /** Continues the scan from `position` (which must be outside any tag). */
  moveTo(position: number): void {
    this.pos = position;
  }

  private setName(from: number, to: number): void {
    this.nameStart = from;
    this.nameEnd = to;
    let local = from;
    for (let k = from; k < to; k++) if (this.xml.charCodeAt(k) === 58 /* : */) local = k + 1;
    this.localStart = local;
  }
}

function after(xml: string, marker: string, from: number): number {
  const i = xml.indexOf(marker, from);
  if (i < 0) throw new XmlError("the document is cut short");
  return i + marker.length;
}

/** Whether the character (a char code) ends a tag's name: white space, "/" or ">". */
export function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}

function trimEnd(xml: string, from: number, to: number): number {
  while (to > from && xml.charCodeAt(to - 1) <= 32) to--;
  return to;
}

/** The raw (undecoded) value of one attribute in the tag text between `from` and `to`, read in place. */
function rawAttr(xml: string, from: number, to: number, name: string): string | undefined {
  let i = from;
  while (i < to) {
    let c = xml.charCodeAt(i);
    while (i < to && (c === 32 || c === 9 || c === 10 || c === 13)) c = xml.charCodeAt(++i);
    const nameStart = i;
    while (i < to && c !== 61 /* = */ && c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 47 && c !== 62) c = xml.charCodeAt(++i);
    const nameEnd = i;
    while (i < to && c !== 34 && c !== 39) {
      if (c === 62) return undefined;
      c = xml.charCodeAt(++i);
    }
    if (i >= to) return undefined;
    const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= to) return undefined;
    if (nameEnd - nameStart === name.length && xml.startsWith(name, nameStart)) return xml.slice(i + 1, close);
    i = close + 1;
  }
  return undefined;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function allAttrs(xml: string, from: number, to: number): Map<string, string> {
  const out = new Map<string, string>();
  const text = xml.slice(from, to);
  for (const m of text.matchAll(ATTRIBUTE)) out.set(m[1], decodeText(m[3] ?? m[4] ?? ""));
  return out;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text or attribute value to plain text. */
export function decodeText(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(ENTITY, (_, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Plain text to XML text, safe in element content and in double-quoted attributes. */
export function escapeText(text: string): string {
  if (!/[&<>"]/.test(text)) return text;
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** The text of an element's content between its open tag and close tag, CDATA included, decoded. */
export function contentText(xml: string, from: number, to: number): string {
  const raw = xml.slice(from, to);
  if (raw.indexOf("<") < 0) return decodeText(raw);
  if (raw.indexOf("<![CDATA[") < 0) return decodeText(raw.replace(/<!--[\s\S]*?-->/g, ""));
  return raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((piece) => (piece.startsWith("<![CDATA[") ? piece.slice(9, -3) : decodeText(piece))).join("");
}

/**
 * Sets (or adds) attributes in an element's start tag, leaving the rest as written. `element` is the
 * element's text ("<xf numFmtId=\"0\" .../>" or "<xf ...><alignment/></xf>"); values are plain text.
 */
export function withAttrs(element: string, values: Record<string, string>): string {
  const end = startTagEnd(element);
  let tag = element.slice(0, end);
  for (const [name, value] of Object.entries(values)) {
    const re = new RegExp(`(\\s${literalPattern(name)}\\s*=\\s*)("[^"]*"|'[^']*')`);
    const quoted = `"${escapeText(value)}"`;
    if (re.test(tag)) tag = tag.replace(re, (_, lead: string) => `${lead}${quoted}`);
    else {
      const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
      tag = `${tag.slice(0, close).replace(/\s+$/, "")} ${name}=${quoted}${tag.slice(close)}`;
    }
  }
  return tag + element.slice(end);
}

/** Just after the ">" that ends an element's start tag (quoted values may hold ">"). */
function startTagEnd(element: string): number {
  let quote = 0;
  for (let i = 0; i < element.length; i++) {
    const ch = element.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i + 1;
  }
  return element.length;
}

/**
 * Where the next start tag of any of the given names ("<v", "<x:f") is, at or after a position that only
 * moves forward: each name's next place is searched for once and remembered, so a whole sheet costs one
 * pass per name. Lets a reader pass over rows that hold nothing it wants in a single step.
 */
export class NextTag {
  private readonly next: number[];

  constructor(
    private readonly xml: string,
    private readonly opens: readonly string[],
  ) {
    this.next = opens.map(() => -1);
  }

  after(position: number): number {
    let best = Infinity;
    for (let k = 0; k < this.opens.length; k++) {
      if (this.next[k] < position) this.next[k] = this.find(this.opens[k], position);
      if (this.next[k] < best) best = this.next[k];
    }
    return best;
  }

  private find(open: string, from: number): number {
    for (let i = this.xml.indexOf(open, from); i >= 0; i = this.xml.indexOf(open, i + 1)) {
      const c = this.xml.charCodeAt(i + open.length);
      if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) return i;
    }
    return Infinity;
  }
}

/**
 * Where the first comment, CDATA section or processing instruction at or after `from` starts; Infinity
 * when none. Found by "!" and "?", rare in a sheet's cells, rather than by "<", which starts every tag.
 */
export function markupFrom(data: string, from: number): number {
  let at = Infinity;
  for (const mark of ["!", "?"]) {
    let i = data.indexOf(mark, from + 1);
    while (i >= 0 && data.charCodeAt(i - 1) !== 60) i = data.indexOf(mark, i + 1);
    if (i >= 0) at = Math.min(at, i - 1);
  }
  return at;
}
