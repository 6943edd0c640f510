import JSZip from "jszip";

// A template may be any kind of Word file (.docx, .dotx, .docm, .dotm); what we write is always a plain
// Word document, saved as .docx. Word refuses a .docx whose main part declares a template or a
// macro-enabled document, so the main part gets the document content type, and the macro project
// (vbaProject.bin, its data, and the key-map and toolbar customisations that run macros) is removed
// with its relationships and content types.

const DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const MAIN_TYPES = new Set([
  DOCUMENT_MAIN,
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  "application/vnd.ms-word.document.macroEnabled.main+xml",
  "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
]);
/** Parts that belong to a macro project: a plain .docx may not hold them. */
const MACRO_TYPES = new Set([
  "application/vnd.ms-office.vbaProject",
  "application/vnd.ms-word.vbaData+xml",
  "application/vnd.ms-word.keyMapCustomizations+xml",
  "application/vnd.ms-word.attachedToolbars",
]);

const CONTENT_TYPES = "[Content_Types].xml";
const DEFAULT = /<Default\b[^>]*\/>/g;
const OVERRIDE = /<Override\b[^>]*\/>/g;
const RELATIONSHIP = /<Relationship\b[^>]*\/>/g;

function attribute(element: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1] ?? null;
}

/** "/word/vbaProject.bin" -> "word/vbaProject.bin"; a relationship target resolved against its source part's folder. */
function partName(target: string, sourceFolder: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `${sourceFolder}${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** The folder a .rels part speaks for: "word/_rels/document.xml.rels" -> "word/". */
function sourceFolder(relsPart: string): string {
  return relsPart.replace(/_rels\/[^/]*\.rels$/, "");
}

/** Makes the package in `zip` a plain Word document, whatever kind of Word file it came from. */
export async function makePlainDocument(zip: JSZip): Promise<void> {
  const types = await zip.file(CONTENT_TYPES)?.async("string");
  if (!types) return;
  const defaults = new Map<string, string>();
  for (const d of types.match(DEFAULT) ?? []) defaults.set((attribute(d, "Extension") ?? "").toLowerCase(), attribute(d, "ContentType") ?? "");
  const overrides = new Map<string, string>();
  for (const o of types.match(OVERRIDE) ?? []) overrides.set((attribute(o, "PartName") ?? "").replace(/^\//, ""), attribute(o, "ContentType") ?? "");
  const typeOf = (part: string) => overrides.get(part) ?? defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase()) ?? "";

  const removed = new Set(Object.keys(zip.files).filter((part) => !zip.files[part].dir && MACRO_TYPES.has(typeOf(part))));
  for (const part of removed) {
    zip.remove(part);
    zip.remove(part.replace(/([^/]*)$/, "_rels/$1.rels"));
  }

  let newTypes = types.replace(OVERRIDE, (o) => {
    const part = (attribute(o, "PartName") ?? "").replace(/^\//, "");
    if (removed.has(part)) return "";
    const type = attribute(o, "ContentType") ?? "";
    return MAIN_TYPES.has(type) && type !== DOCUMENT_MAIN ? o.replace(type, DOCUMENT_MAIN) : o;
  });
  // A Default that only named the macro project ("bin" as vbaProject) goes with it.
  newTypes = newTypes.replace(DEFAULT, (d) => (MACRO_TYPES.has(attribute(d, "ContentType") ?? "") ? "" : d));
  if (newTypes !== types) zip.file(CONTENT_TYPES, newTypes);

  if (removed.size === 0) return;
  for (const relsPart of Object.keys(zip.files).filter((p) => p.endsWith(".rels") && !zip.files[p].dir)) {
    const xml = await zip.file(relsPart)!.async("string");
    const folder = sourceFolder(relsPart);
    const kept = xml.replace(RELATIONSHIP, (r) => {
      const target = attribute(r, "Target");
      const external = attribute(r, "TargetMode") === "External";
      return !external && target && removed.has(partName(target, folder)) ? "" : r;
    });
    if (kept !== xml) zip.file(relsPart, kept);
  }
}
