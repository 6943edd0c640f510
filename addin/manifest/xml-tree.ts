// A small XML reader for the manifest check: elements with their namespace, attributes and line, and
// the well-formedness mistakes a hand-edited manifest makes (an unescaped &, a tag left open or closed
// twice, a stray <). Enough for manifest.xml, not a general XML parser (no DTDs, no entities beyond
// the five predefined ones and character references, which is all a manifest may use).

export interface XmlElement {
  /** As written, with its prefix: "bt:Image". */
  name: string;
  /** Without the prefix: "Image". */
  local: string;
  /** The namespace URI its prefix (or the default namespace) stands for. */
  ns: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export type XmlRead = { ok: true; root: XmlElement } | { ok: false; problem: string };

const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const NAME = "[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?";
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g");
/** An & that does not start one of the five predefined entities or a character reference. */
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

export function readXml(xml: string): XmlRead {
  const open: { element: XmlElement; scope: Map<string, string> }[] = [];
  let root: XmlElement | null = null;
  let line = 1;
  let i = 0;
  const fail = (problem: string): XmlRead => ({ ok: false, problem: `line ${line}: ${problem}` });
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    const bare = BARE_AMPERSAND.exec(text);
    if (bare) {
      line += countLines(text.slice(0, bare.index));
      return fail('an "&" that is not escaped; write it as &amp;');
    }
    if (open.length) open[open.length - 1].element.text += decode(text);
    else if (text.trim() && root) return fail("text after the last element");
    line += countLines(text);
    if (lt < 0) break;
    const rest = xml.slice(lt);
    const skip = /^<\?[\s\S]*?\?>|^<!--[\s\S]*?-->|^<!\[CDATA\[[\s\S]*?\]\]>/.exec(rest);
    if (skip) {
      if (skip[0].startsWith("<![CDATA[") && open.length) open[open.length - 1].element.text += skip[0].slice(9, -3);
      line += countLines(skip[0]);
      i = lt + skip[0].length;
      continue;
    }
    const tag = TAG.exec(rest);
    if (!tag) return fail(`"${rest.slice(0, 20).split("\n")[0]}" is not a well-formed tag (a "<" in text must be written &lt;)`);
    const [whole, closing, name, attributeText, selfClosing] = tag;
    if (BARE_AMPERSAND.test(attributeText)) return fail(`an "&" that is not escaped in an attribute of <${name}>; write it as &amp;`);
    if (closing) {
      const top = open.pop();
      if (!top) return fail(`</${name}> closes nothing`);
      if (top.element.name !== name) return fail(`</${name}> closes <${top.element.name}> (line ${top.element.line})`);
    } else {
      if (root && open.length === 0) return fail(`a second root element <${name}>`);
      const parentScope = open.length ? open[open.length - 1].scope : new Map([["xsi", XSI]]);
      const element = newElement(name, attributeText, parentScope, line);
      if ("problem" in element) return fail(element.problem);
      if (open.length) open[open.length - 1].element.children.push(element.element);
      else root = element.element;
      if (!selfClosing) open.push(element);
    }
    line += countLines(whole);
    i = lt + whole.length;
  }
  if (open.length) return { ok: false, problem: `<${open[open.length - 1].element.name}> (line ${open[open.length - 1].element.line}) is never closed` };
  if (!root) return { ok: false, problem: "there is no element at all" };
  return { ok: true, root };
}

function newElement(
  name: string,
  attributeText: string,
  parentScope: Map<string, string>,
  line: number,
): { element: XmlElement; scope: Map<string, string> } | { problem: string } {
  const attributes = new Map<string, string>();
  for (const [, key, double, single] of attributeText.matchAll(ATTRIBUTE)) {
    if (attributes.has(key)) return { problem: `<${name}> has the attribute ${key} twice` };
    attributes.set(key, decode(double ?? single ?? ""));
  }
  const scope = new Map(parentScope);
  for (const [key, value] of attributes) {
    if (key === "xmlns") scope.set("", value);
    else if (key.startsWith("xmlns:")) scope.set(key.slice(6), value);
  }
  const [prefix, local] = name.includes(":") ? name.split(":") : ["", name];
  const ns = scope.get(prefix);
  if (ns === undefined) return { problem: `<${name}> uses the prefix "${prefix}", which is not declared` };
  return { element: { name, local, ns, attributes, children: [], text: "", line }, scope };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The element's xsi:type, without any prefix it may carry. */
export function xsiType(element: XmlElement): string | undefined {
  for (const [key, value] of element.attributes) if (key === "xsi:type") return value.replace(/^\w+:/, "");
  return undefined;
}
