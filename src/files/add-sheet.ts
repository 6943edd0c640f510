import { addContentType, TYPE } from "./content-types";
import { REL, WorkbookPackage } from "./package";
import { NS_REL, prefixFor, WorkbookInfo } from "./workbook-part";
import { XmlCursor, decodeText, escapeText } from "./xml";

// A new worksheet, with every piece of package plumbing Excel expects: its part, the workbook's
// relationship to it, its <sheet> entry after the last tab, its content type, and its name among the
// titles of docProps/app.xml.

/** Adds a sheet at the end of the tabs and returns its part name; the caller writes the part. */
export function addSheet(pkg: WorkbookPackage, info: WorkbookInfo, name: string): { part: string; sheetId: number } {
  const folder = info.part.slice(0, info.part.lastIndexOf("/") + 1);
  let n = info.sheets.length + 1;
  while (pkg.has(`${folder}worksheets/sheet${n}.xml`)) n++;
  const part = `${folder}worksheets/sheet${n}.xml`;
  const rId = pkg.addRelationship(info.part, REL.worksheet, part);
  const sheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId)) + 1;

  const xml = pkg.text(info.part)!;
  const cursor = new XmlCursor(xml);
  let relPrefix: string | undefined;
  let entry = "";
  while (cursor.next()) {
    if (cursor.local === "workbook" && cursor.kind === "open") relPrefix = prefixFor(cursor.attrs(), NS_REL);
    if (cursor.local !== "sheets" || cursor.kind === "close") continue;
    const prefix = cursor.name.slice(0, cursor.name.length - cursor.local.length);
    const id = relPrefix ? `${relPrefix}:id="${rId}"` : `xmlns:r="${NS_REL}" r:id="${rId}"`;
    entry = `<${prefix}sheet name="${escapeText(name)}" sheetId="${sheetId}" ${id}/>`;
    if (cursor.kind === "empty") {
      pkg.set(info.part, `${xml.slice(0, cursor.start)}${cursor.text.replace(/\s*\/>$/, ">")}${entry}</${prefix}sheets>${xml.slice(cursor.end)}`);
    } else {
      cursor.skipElement();
      pkg.set(info.part, `${xml.slice(0, cursor.start)}${entry}${xml.slice(cursor.start)}`);
    }
    break;
  }
  if (!entry) throw new Error("the workbook part lists no sheets");
  addContentType(pkg, part, TYPE.worksheet);
  addAppTitle(pkg, info, name);
  info.sheets.push({ name, sheetId, rId, part, worksheet: true });
  return { part, sheetId };
}

/**
 * docProps/app.xml names the sheets for Windows Explorer and SharePoint: TitlesOfParts lists them,
 * HeadingPairs counts them per group ("Worksheets", in the book's language). The group whose titles
 * are exactly the worksheets gets the new name after its last; a book without such a list is left as it is.
 */
function addAppTitle(pkg: WorkbookPackage, info: WorkbookInfo, name: string): void {
  const appPart = pkg.relationships("").find((r) => r.type === REL.extendedProperties || r.type.endsWith("/extended-properties"));
  const part = appPart ? pkg.find(appPart.part) : undefined;
  const xml = part ? pkg.text(part) : undefined;
  if (!part || !xml) return;
  const pairs = /<(\w+:)?HeadingPairs>\s*<(\w+:)?vector\b[^>]*>([\s\S]*?)<\/\2vector>/.exec(xml);
  const titles = /<(\w+:)?TitlesOfParts>\s*<(\w+:)?vector\b[^>]*>([\s\S]*?)<\/\2vector>/.exec(xml);
  // Schema order puts HeadingPairs first; the edits below rely on it.
  if (!pairs || !titles || pairs.index > titles.index) return;
  const vt = titles[2] ?? "";
  const counts = [...pairs[3].matchAll(/<(\w+:)?i4>(\d+)<\/\1?i4>/g)];
  const titleTags = [...titles[3].matchAll(/<(\w+:)?lpstr>([^<]*)<\/\1?lpstr>/g)];
  const worksheets = info.sheets.filter((s) => s.worksheet).map((s) => s.name);
  let offset = 0;
  for (const count of counts) {
    const n = Number(count[2]);
    const names = titleTags.slice(offset, offset + n).map((t) => decodeText(t[2]));
    if (n === worksheets.length && names.every((t, i) => t === worksheets[i])) {
      const lastTitle = n > 0 ? titleTags[offset + n - 1] : undefined;
      const insertAt = titles.index + titles[0].indexOf(titles[3]) + (lastTitle ? lastTitle.index! + lastTitle[0].length : 0);
      const countAt = pairs.index + pairs[0].indexOf(pairs[3]) + count.index!;
      let out = xml.slice(0, insertAt) + `<${vt}lpstr>${escapeText(name)}</${vt}lpstr>` + xml.slice(insertAt);
      out = out.slice(0, countAt) + count[0].replace(`>${count[2]}<`, `>${n + 1}<`) + out.slice(countAt + count[0].length);
      out = out.replace(/(<(\w+:)?TitlesOfParts>\s*<(\w+:)?vector\b[^>]*\bsize=")(\d+)(")/, (_, a: string, _b, _c, size: string, z: string) => `${a}${Number(size) + 1}${z}`);
      pkg.set(part, out);
      return;
    }
    offset += n;
  }
}
