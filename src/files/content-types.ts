import { WorkbookPackage } from "./package";
import { XmlCursor, escapeText } from "./xml";

// [Content_Types].xml: every part's media type, by an Override for the part or a Default for its
// extension. A part we add gets an Override; a part we remove loses its Override.

export const CONTENT_TYPES = "[Content_Types].xml";

export const TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function readContentTypes(pkg: WorkbookPackage): ContentTypes {
  return parseContentTypes(pkg.text(CONTENT_TYPES) ?? "");
}

/** The Defaults and Overrides of a [Content_Types].xml (the Word papers read theirs with this too). */
export function parseContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.kind === "close") continue;
    if (cursor.local === "Default") defaults.set((cursor.attr("Extension") ?? "").toLowerCase(), cursor.attr("ContentType") ?? "");
    if (cursor.local === "Override") overrides.set((cursor.attr("PartName") ?? "").replace(/^\//, "").toLowerCase(), cursor.attr("ContentType") ?? "");
  }
  return { defaults, overrides };
}

/** The media type of a part: its Override, else the Default for its extension. */
export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const override = types.overrides.get(part.toLowerCase());
  if (override !== undefined) return override;
  const dot = part.lastIndexOf(".");
  return dot < 0 ? undefined : types.defaults.get(part.slice(dot + 1).toLowerCase());
}

/** Adds an Override for a new part, unless its extension's Default already gives that type. */
export function addContentType(pkg: WorkbookPackage, part: string, type: string): void {
  const types = readContentTypes(pkg);
  if (contentTypeOf(types, part) === type) return;
  const xml = pkg.text(CONTENT_TYPES) ?? "";
  const close = xml.lastIndexOf("</");
  pkg.set(CONTENT_TYPES, `${xml.slice(0, close)}<Override PartName="/${escapeText(part)}" ContentType="${type}"/>${xml.slice(close)}`);
}

/** Removes the Override of a part that is no longer in the package. */
export function removeContentType(pkg: WorkbookPackage, part: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  if (xml === undefined) return;
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.kind === "close" || cursor.local !== "Override") continue;
    if ((cursor.attr("PartName") ?? "").replace(/^\//, "").toLowerCase() !== part.toLowerCase()) continue;
    const start = cursor.start;
    if (cursor.kind === "open") cursor.skipElement();
    pkg.set(CONTENT_TYPES, xml.slice(0, start) + xml.slice(cursor.position));
    return;
  }
}
