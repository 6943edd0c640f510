import { CellWrite } from "../refresh-plan";
import { plural } from "../words";
import { RefreshRefused } from "./refresh-refused";
import { builtInId } from "./styles";
import { XmlCursor, decodeText, escapeText, withAttrs } from "./xml";

// The formats the refresh needs, added to styles.xml without disturbing the user's: a written cell's
// format is a copy of the format it had, with only the fill (and, where the plan says, the number
// format or bold) changed, appended to cellXfs. A format, fill, font or number format that already
// exists with the same XML is used again, so a second refresh adds nothing.

// Excel opens at most this many cell formats (Microsoft's notes on ISO 29500, cellXfs: 65,430).
const EXCEL_MAX_CELL_FORMATS = 65_430;

const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
type Collection = "numFmts" | "fonts" | "fills" | "cellXfs";
const COLLECTIONS: Collection[] = ["numFmts", "fonts", "fills", "cellXfs"];

export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

export class StyleBook {
  private readonly items: Record<Collection, string[]> = { numFmts: [], fonts: [], fills: [], cellXfs: [] };
  private readonly added: Record<Collection, string[]> = { numFmts: [], fonts: [], fills: [], cellXfs: [] };
  private readonly derived = new Map<string, number>();
  private readonly prefix: string;

  constructor(private readonly xml: string = DEFAULT_STYLES) {
    const cursor = new XmlCursor(xml);
    let depth = 0;
    let inside: Collection | null = null;
    let prefix = "";
    while (cursor.next()) {
      if (cursor.kind === "close") {
        depth--;
        if (depth === 1) inside = null;
        continue;
      }
      if (depth === 0) prefix = cursor.name.slice(0, cursor.name.length - cursor.local.length);
      if (depth === 1) inside = cursor.kind === "open" && (COLLECTIONS as string[]).includes(cursor.local) ? (cursor.local as Collection) : null;
      else if (depth === 2 && inside) {
        const start = cursor.start;
        if (cursor.kind === "open") cursor.skipElement();
        this.items[inside].push(xml.slice(start, cursor.position));
        continue;
      }
      if (cursor.kind === "open") depth++;
    }
    this.prefix = prefix;
  }

  /** The cellXfs index for a write over a cell whose format was `base`. */
  styleFor(base: number, write: CellWrite): number {
    if (!write.fill && !write.numFmt && write.bold === undefined) return base;
    const key = `${base}|${write.fill ?? ""}|${write.numFmt ?? ""}|${write.bold ?? ""}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const xfs = this.all("cellXfs");
    const from = xfs[base] ?? xfs[0] ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const attrs: Record<string, string> = {};
    if (write.numFmt) Object.assign(attrs, { numFmtId: String(this.numFmtId(write.numFmt)), applyNumberFormat: "1" });
    if (write.bold !== undefined) Object.assign(attrs, { fontId: String(this.boldFont(Number(attrOf(from, "fontId") ?? 0), write.bold)), applyFont: "1" });
    if (write.fill) Object.assign(attrs, { fillId: String(this.solidFill(write.fill)), applyFill: "1" });
    const index = this.indexOf("cellXfs", withAttrs(from, attrs));
    this.derived.set(key, index);
    return index;
  }

  /** styles.xml with what was added; undefined when nothing was. */
  changedXml(): string | undefined {
    if (COLLECTIONS.every((c) => this.added[c].length === 0)) return undefined;
    let xml = this.xml;
    for (const name of COLLECTIONS) {
      if (this.added[name].length === 0) continue;
      xml = appendTo(xml, this.prefix, name, this.added[name], this.all(name).length);
    }
    return xml;
  }

  private all(name: Collection): string[] {
    return [...this.items[name], ...this.added[name]];
  }

  private indexOf(name: Collection, element: string): number {
    const all = this.all(name);
    const found = all.indexOf(element);
    if (found >= 0) return found;
    if (name === "cellXfs" && all.length >= EXCEL_MAX_CELL_FORMATS) {
      throw new RefreshRefused(
        `The workbook already has ${plural(all.length, "cell format")}, the most Excel allows, so the refresh cannot add the status colours without Excel reporting the file as damaged. ` +
          "Clear the formats of unused cells (or let Excel's Inquire > Clean Excess Cell Formatting do it), save, and try again.",
      );
    }
    this.added[name].push(element);
    return all.length;
  }

  private solidFill(rgb: string): number {
    const p = this.prefix;
    return this.indexOf("fills", `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb.toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
  }

  private boldFont(fontId: number, bold: boolean): number {
    const p = this.prefix;
    const font = this.all("fonts")[fontId] ?? `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`;
    const b = new RegExp(`<${p}b(\\s[^>]*)?/>`).exec(font);
    const isBold = b !== null && !/val\s*=\s*["'](0|false)["']/.test(b[0]);
    if (isBold === bold && fontId in this.all("fonts")) return fontId;
    const plain = b ? font.replace(b[0], "") : font;
    if (!bold) return this.indexOf("fonts", fontInSchemaOrder(plain));
    const open = /^<[^>]*?(\/?)>/.exec(plain)!;
    const withB = open[1] ? `${open[0].slice(0, -2)}><${p}b/></${p}font>` : `${open[0]}<${p}b/>${plain.slice(open[0].length)}`;
    return this.indexOf("fonts", fontInSchemaOrder(withB));
  }

  private numFmtId(code: string): number {
    const builtIn = builtInId(code);
    if (builtIn !== undefined) return builtIn;
    let max = 163;
    for (const item of this.all("numFmts")) {
      const id = Number(attrOf(item, "numFmtId"));
      if (decodeText(attrOf(item, "formatCode") ?? "") === code) return id;
      if (id > max) max = id;
    }
    this.indexOf("numFmts", `<${this.prefix}numFmt numFmtId="${max + 1}" formatCode="${escapeText(code)}"/>`);
    return max + 1;
  }
}

// CT_Font's children in the order Office's validator (the Open XML SDK) and Excel expect. Some
// writers (exceljs) put color and family before sz and name; a font we derive from theirs is written
// in this order, so the copy is valid even where the user's original is not.
const FONT_ORDER = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];

/** A <font> element with its children put in schema order (unknown children last, as they were). */
export function fontInSchemaOrder(font: string): string {
  const cursor = new XmlCursor(font);
  if (!opensElement(cursor)) return font;
  const openEnd = cursor.end;
  const children: { local: string; xml: string }[] = [];
  let closeStart = font.length;
  while (cursor.next()) {
    if (cursor.kind === "close") {
      closeStart = cursor.start;
      break;
    }
    const start = cursor.start;
    const local = cursor.local;
    cursor.skipElement();
    children.push({ local, xml: font.slice(start, cursor.end) });
  }
  const rank = (local: string) => (FONT_ORDER.includes(local) ? FONT_ORDER.indexOf(local) : FONT_ORDER.length);
  const sorted = children.map((c, i) => ({ ...c, i })).sort((a, b) => rank(a.local) - rank(b.local) || a.i - b.i);
  return font.slice(0, openEnd) + sorted.map((c) => c.xml).join("") + font.slice(closeStart);
}

function opensElement(cursor: XmlCursor): boolean {
  return cursor.next() && cursor.kind === "open";
}

function attrOf(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag)?.slice(2).find((v) => v !== undefined);
}

/** Appends elements to a collection of the styleSheet (creating it in its schema place) and sets its count. */
function appendTo(xml: string, prefix: string, name: Collection, elements: string[], count: number): string {
  const open = new RegExp(`<${prefix}${name}(\\s[^>]*)?(/?)>`).exec(xml);
  if (!open) {
    const later = ORDER.slice(ORDER.indexOf(name) + 1).map((n) => xml.search(new RegExp(`<${prefix}${n}[\\s/>]`))).filter((i) => i >= 0);
    const at = later.length ? Math.min(...later) : xml.lastIndexOf(`</${prefix}styleSheet`);
    return `${xml.slice(0, at)}<${prefix}${name} count="${count}">${elements.join("")}</${prefix}${name}>${xml.slice(at)}`;
  }
  const tag = withAttrs(open[0], { count: String(count) });
  if (open[2]) return `${xml.slice(0, open.index)}${tag.replace(/\s*\/>$/, ">")}${elements.join("")}</${prefix}${name}>${xml.slice(open.index + open[0].length)}`;
  const close = xml.indexOf(`</${prefix}${name}>`, open.index);
  return `${xml.slice(0, open.index)}${tag}${xml.slice(open.index + open[0].length, close)}${elements.join("")}${xml.slice(close)}`;
}
