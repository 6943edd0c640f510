import { unzipSync } from "fflate";
import { SaxesParser, SaxesTagPlain } from "saxes";

// A structural check of a workbook package, for the rules Excel is strict about and LibreOffice is not
// (nobody here has Excel): it reads the file with other code than the refresh writes it with (fflate's
// unzip, the saxes XML parser). Each broken rule comes back as one line; [] means the package passed.
// What it covers is listed in README.md ("How a file refresh is checked").

const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];
const CELL_ORDER = ["f", "v", "is", "extLst"];
// CT_ConditionalFormatting and CT_CfRule: where an element put in the wrong place of a sheet shows first.
const CONDITIONAL_FORMAT_ORDER = ["cfRule", "extLst"];
const RULE_ORDER = ["formula", "colorScale", "dataBar", "iconSet", "extLst"];
const EXTENSION_LIST_ORDER = ["ext"];
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Node {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** Parses XML into a small tree; throws on anything that is not well-formed. */
export function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const root: Node = { name: "", local: "", attrs: {}, children: [], text: "" };
  const stack: Node[] = [root];
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = tag.name;
    const node: Node = { name, local: name.slice(name.indexOf(":") + 1), attrs: tag.attributes as Record<string, string>, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (t) => (stack[stack.length - 1].text += t));
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

function all(node: Node, local: string, out: Node[] = []): Node[] {
  for (const child of node.children) {
    if (child.local === local) out.push(child);
    all(child, local, out);
  }
  return out;
}

function resolve(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decodeURIComponent(target.split("#")[0]).split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

function column(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? "") n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function packageProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const has = (part: string) => lower.has(part.toLowerCase());
  for (const name of names) if (name.endsWith("/")) problems.push(`directory entry in the zip: ${name}`);
  if (lower.size !== names.length) problems.push("two parts differ only in case");

  const trees = new Map<string, Node>();
  for (const name of names) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    try {
      trees.set(name, parseXml(text(name)));
    } catch (e) {
      problems.push(`${name} is not well-formed XML: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  const tree = (name: string) => trees.get(lower.get(name.toLowerCase()) ?? name);

  // Content types: every part has one; every Override names a part.
  const types = tree("[Content_Types].xml");
  if (!types) return [...problems, "no [Content_Types].xml"];
  const defaults = new Map(all(types, "Default").map((d) => [d.attrs.Extension.toLowerCase(), d.attrs.ContentType]));
  const overrides = new Map(all(types, "Override").map((o) => [o.attrs.PartName.replace(/^\//, "").toLowerCase(), o.attrs.ContentType]));
  for (const part of overrides.keys()) if (!has(part)) problems.push(`content type for a missing part: /${part}`);
  const typeOf = (part: string) => overrides.get(part.toLowerCase()) ?? defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase());
  for (const name of names) if (name !== "[Content_Types].xml" && !name.endsWith("/") && !typeOf(name)) problems.push(`no content type: ${name}`);

  // Relationships: every source exists, ids are unique, every internal target exists.
  const relsOf = new Map<string, Map<string, { type: string; part: string; external: boolean }>>();
  for (const name of names.filter((n) => /(^|\/)_rels\/[^/]*\.rels$/i.test(n))) {
    const m = /^(.*?)_rels\/(.*)\.rels$/i.exec(name)!;
    const source = `${m[1]}${m[2]}`;
    if (source && !has(source)) problems.push(`relationships for a missing part: ${name}`);
    const rels = new Map<string, { type: string; part: string; external: boolean }>();
    for (const r of all(tree(name) ?? parseXml("<x/>"), "Relationship")) {
      if (rels.has(r.attrs.Id)) problems.push(`${name}: relationship id ${r.attrs.Id} twice`);
      const external = r.attrs.TargetMode === "External";
      const part = external ? "" : resolve(source, r.attrs.Target);
      if (!external && !has(part)) problems.push(`${name}: ${r.attrs.Id} points to a missing part ${part}`);
      rels.set(r.attrs.Id, { type: r.attrs.Type, part, external });
    }
    relsOf.set(source.toLowerCase(), rels);
  }
  const relsFor = (source: string) => relsOf.get(source.toLowerCase()) ?? new Map();

  const main = [...relsFor("").values()].find((r) => r.type.endsWith("/officeDocument"));
  const workbookPart = main ? lower.get(main.part.toLowerCase()) : undefined;
  const workbook = workbookPart ? tree(workbookPart) : undefined;
  if (!workbookPart || !workbook) return [...problems, "no workbook part"];
  const bookRels = relsFor(workbookPart);

  // Styles: counts match, and every index a format or a cell uses is in range.
  const stylesRel = [...bookRels.values()].find((r) => r.type.endsWith("/styles"));
  const styles = stylesRel ? tree(stylesRel.part) : undefined;
  let cellXfs = 1;
  if (styles) {
    const collection = (name: string) => styles.children.find((c) => c.local === name);
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]) {
      const c = collection(name);
      if (c && c.attrs.count !== undefined && Number(c.attrs.count) !== c.children.length) problems.push(`styles: ${name} count="${c.attrs.count}" but ${c.children.length} items`);
    }
    const size = (name: string) => collection(name)?.children.length ?? 0;
    const numFmts = new Set((collection("numFmts")?.children ?? []).map((n) => Number(n.attrs.numFmtId)));
    cellXfs = size("cellXfs");
    (collection("cellXfs")?.children ?? []).forEach((xf, i) => {
      const check = (attr: string, max: number) => {
        if (xf.attrs[attr] !== undefined && Number(xf.attrs[attr]) >= max) problems.push(`styles: cellXfs[${i}] ${attr}=${xf.attrs[attr]} is out of range (${max})`);
      };
      check("fontId", size("fonts"));
      check("fillId", size("fills"));
      check("borderId", size("borders"));
      check("xfId", size("cellStyleXfs"));
      const id = Number(xf.attrs.numFmtId ?? 0);
      if (id >= 164 && !numFmts.has(id)) problems.push(`styles: cellXfs[${i}] uses number format ${id}, which is not defined`);
    });
  }
  const sstRel = [...bookRels.values()].find((r) => r.type.endsWith("/sharedStrings"));
  const sstCount = sstRel ? (tree(sstRel.part)?.children.length ?? 0) : 0;

  // Sheets: names, ids, and each worksheet's element order, rows, cells and relationships.
  const sheetNames = new Set<string>();
  const formulaCells = new Map<string, Set<string>>();
  for (const sheet of all(workbook, "sheet")) {
    const name = sheet.attrs.name;
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) problems.push(`workbook: sheet name "${name}" is not allowed`);
    if (sheetNames.has(name.toLowerCase())) problems.push(`workbook: two sheets named "${name}"`);
    sheetNames.add(name.toLowerCase());
    const relId = Object.entries(sheet.attrs).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
    const rel = bookRels.get(relId);
    if (!rel) {
      problems.push(`workbook: sheet "${name}" has no relationship ${relId}`);
      continue;
    }
    if (!rel.type.endsWith("/worksheet")) continue;
    const xml = tree(rel.part);
    if (!xml) continue;
    formulaCells.set(sheet.attrs.sheetId, checkWorksheet(rel.part, xml, relsFor(rel.part), cellXfs, sstCount, problems));
  }
  const ids = all(workbook, "sheet").map((s) => s.attrs.sheetId);
  if (new Set(ids).size !== ids.length) problems.push("workbook: two sheets share a sheetId");

  // The calculation chain names only cells that hold a formula (Excel repairs the file otherwise).
  const chainRel = [...bookRels.values()].find((r) => r.type.endsWith("/calcChain"));
  const chain = chainRel ? tree(chainRel.part) : undefined;
  if (chain) {
    if (chain.children.length === 0) problems.push("calcChain has no entries (it should have been removed)");
    let sheet = "";
    for (const c of chain.children) {
      if (c.attrs.i !== undefined) sheet = c.attrs.i;
      if (!formulaCells.get(sheet)?.has(c.attrs.r)) problems.push(`calcChain: ${c.attrs.r} on sheet ${sheet} holds no formula`);
    }
  }

  // Chart formulas name sheets that exist.
  for (const [name, node] of trees) {
    if (!/charts\/chart[^/]*\.xml$/i.test(name)) continue;
    for (const f of all(node, "f")) {
      const m = /^'?((?:[^']|'')+?)'?!/.exec(f.text);
      if (m && !sheetNames.has(m[1].replace(/''/g, "'").toLowerCase())) problems.push(`${name}: refers to a sheet "${m[1]}" that does not exist`);
    }
  }

  // docProps/app.xml: the sheet titles add up.
  const appRel = [...relsFor("").values()].find((r) => r.type.endsWith("/extended-properties"));
  const app = appRel ? tree(appRel.part) : undefined;
  if (app) {
    const pairs = all(app, "HeadingPairs")[0];
    const titles = all(app, "TitlesOfParts")[0];
    if (pairs && titles) {
      const vector = (n: Node) => n.children.find((c) => c.local === "vector")!;
      const sum = all(pairs, "i4").reduce((t, n) => t + Number(n.text), 0);
      const count = vector(titles).children.length;
      if (sum !== count) problems.push(`app.xml: HeadingPairs count ${sum} titles, TitlesOfParts has ${count}`);
      for (const v of [vector(pairs), vector(titles)]) if (Number(v.attrs.size) !== v.children.length) problems.push(`app.xml: vector size="${v.attrs.size}" but ${v.children.length} items`);
    }
  }
  return problems;
}

/** Checks one worksheet; returns the addresses of its formula cells. */
function checkWorksheet(part: string, sheet: Node, rels: Map<string, unknown>, cellXfs: number, sstCount: number, problems: string[]): Set<string> {
  const formulas = new Set<string>();
  let last = -1;
  for (const child of sheet.children) {
    if (child.name.startsWith("mc:")) continue;
    const index = WORKSHEET_ORDER.indexOf(child.local);
    if (index < 0) problems.push(`${part}: unknown element <${child.name}>`);
    else if (index < last) problems.push(`${part}: <${child.local}> is out of the schema's order`);
    else last = index;
  }
  const prefix = Object.entries(sheet.attrs).find(([k, v]) => k.startsWith("xmlns:") && v === REL_NS)?.[0].slice(6);
  const walk = (node: Node) => {
    for (const [k, v] of Object.entries(node.attrs)) if (prefix && (k === `${prefix}:id` || k === `${prefix}:embed`) && !rels.has(v)) problems.push(`${part}: ${k}="${v}" has no relationship`);
    node.children.forEach(walk);
  };
  walk(sheet);
  for (const format of sheet.children.filter((c) => c.local === "conditionalFormatting")) {
    checkOrder(part, format, CONDITIONAL_FORMAT_ORDER, problems);
    for (const rule of format.children.filter((c) => c.local === "cfRule")) {
      checkOrder(part, rule, RULE_ORDER, problems);
      for (const list of rule.children.filter((c) => c.local === "extLst")) checkOrder(part, list, EXTENSION_LIST_ORDER, problems);
    }
  }
  const data = sheet.children.find((c) => c.local === "sheetData");
  let previousRow = 0;
  for (const row of data?.children ?? []) {
    const r = Number(row.attrs.r ?? previousRow + 1);
    if (r <= previousRow) problems.push(`${part}: row ${r} comes after row ${previousRow}`);
    previousRow = r;
    let previousColumn = 0;
    for (const c of row.children) {
      const ref = c.attrs.r ?? "";
      const col = ref ? column(ref) : previousColumn + 1;
      if (ref && Number(ref.replace(/^[A-Z]+/, "")) !== r) problems.push(`${part}: cell ${ref} is in row ${r}`);
      if (col <= previousColumn) problems.push(`${part}: cell ${ref} is out of order in row ${r}`);
      previousColumn = col;
      if (c.attrs.s !== undefined && Number(c.attrs.s) >= cellXfs) problems.push(`${part}: cell ${ref} uses format ${c.attrs.s} of ${cellXfs}`);
      let order = -1;
      for (const x of c.children) {
        const i = CELL_ORDER.indexOf(x.local);
        if (i <= order) problems.push(`${part}: cell ${ref} has <${x.local}> out of order`);
        order = i;
      }
      if (c.children.some((x) => x.local === "f")) formulas.add(ref);
      if (c.attrs.t === "s") {
        const v = c.children.find((x) => x.local === "v");
        if (!v || Number(v.text) >= sstCount) problems.push(`${part}: cell ${ref} points past the shared strings`);
      }
      if (c.attrs.t === "inlineStr" && !c.children.some((x) => x.local === "is")) problems.push(`${part}: inline string cell ${ref} has no <is>`);
    }
  }
  return formulas;
}

/** The element's children are ones its schema type allows, in its order (repeats allowed). */
function checkOrder(part: string, node: Node, order: string[], problems: string[]): void {
  let last = -1;
  for (const child of node.children) {
    const index = order.indexOf(child.local);
    if (index < 0) problems.push(`${part}: <${child.name}> cannot stand inside <${node.local}>`);
    else if (index < last) problems.push(`${part}: <${child.local}> is out of the schema's order inside <${node.local}>`);
    else last = index;
  }
}
