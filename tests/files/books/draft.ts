import { zipSync } from "fflate";

// A workbook package being written part by part, as Excel lays one out, for the fixture books: parts,
// their content types and relationships, and a way to put an element into a sheet in its schema place.

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  x14ac: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
};

export const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** CT_Worksheet's children in schema order: a feature's element goes in its place. */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

export class Draft {
  readonly parts = new Map<string, string | Uint8Array>();
  private readonly overrides: [string, string][] = [];
  private readonly defaults: [string, string][] = [
    ["rels", "application/vnd.openxmlformats-package.relationships+xml"],
    ["xml", "application/xml"],
  ];

  add(part: string, content: string | Uint8Array, contentType?: string): void {
    this.parts.set(part, content);
    if (contentType) this.overrides.push([part, contentType]);
  }

  addDefault(extension: string, contentType: string): void {
    if (!this.defaults.some(([e]) => e === extension)) this.defaults.push([extension, contentType]);
  }

  setOverride(part: string, contentType: string): void {
    const found = this.overrides.find(([p]) => p === part);
    if (found) found[1] = contentType;
    else this.overrides.push([part, contentType]);
  }

  text(part: string): string {
    const content = this.parts.get(part);
    if (typeof content !== "string") throw new Error(`no text part ${part}`);
    return content;
  }

  edit(part: string, change: (xml: string) => string): void {
    this.parts.set(part, change(this.text(part)));
  }

  /** Adds a relationship from `source` ("" for the package) to a target written relative to it; returns its id. */
  rel(source: string, type: string, target: string, external = false): string {
    const slash = source.lastIndexOf("/");
    const relsPart = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
    const existing = this.parts.has(relsPart) ? this.text(relsPart) : `${XML}<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
    const id = `rId${(existing.match(/<Relationship /g) ?? []).length + 1}`;
    const mode = external ? ' TargetMode="External"' : "";
    this.parts.set(relsPart, existing.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"${mode}/></Relationships>`));
    return id;
  }

  /**
   * Puts an element into a worksheet in its schema place: before the first of the worksheet's own
   * children that comes after it. Only the worksheet's children count: an `<extLst>` inside a
   * conditional format's rule is not the sheet's, and putting a drawing before it would make a file
   * Excel never writes.
   */
  insertInSheet(part: string, element: string, xml: string): void {
    this.edit(part, (sheet) => {
      const later = new Set(WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(element) + 1));
      const at = sheetChildren(sheet).find((child) => later.has(child.name))?.start ?? sheet.lastIndexOf("</worksheet>");
      return sheet.slice(0, at) + xml + sheet.slice(at);
    });
  }

  bytes(): Uint8Array {
    const types =
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      this.defaults.map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`).join("") +
      this.overrides.map(([p, t]) => `<Override PartName="/${p}" ContentType="${t}"/>`).join("") +
      "</Types>";
    const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
    const mtime = new Date(Date.UTC(2009, 9, 12, 9, 0, 0));
    const encode = (c: string | Uint8Array) => (typeof c === "string" ? new TextEncoder().encode(c) : c);
    files["[Content_Types].xml"] = [encode(types), { mtime }];
    for (const [name, content] of this.parts) files[name] = [encode(content), { mtime }];
    return zipSync(files, { level: 6 });
  }
}

/** The worksheet element's own children (depth one), each with its name and where its tag starts. */
export function sheetChildren(sheet: string): { name: string; start: number }[] {
  const children: { name: string; start: number }[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->/g;
  let depth = 0;
  for (let m = tag.exec(sheet); m; m = tag.exec(sheet)) {
    if (m[2] === undefined) continue; // a declaration or a comment
    if (m[1]) {
      depth--;
      continue;
    }
    if (depth === 1) children.push({ name: m[2].replace(/^.*:/, ""), start: m.index });
    if (!m[3]) depth++;
  }
  return children;
}
