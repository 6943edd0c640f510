import JSZip from "jszip";
import { setText, text } from "./package";
import { CONTENT_TYPES, contentTypeOf, parseContentTypes, readRelationships, reachedParts, sourceOf } from "./part-graph";

// A template may be any kind of Word file (.docx, .dotx, .docm, .dotm); what we write is always a plain
// Word document, saved as .docx. Word refuses a .docx whose main part declares a template or a
// macro-enabled document, so the main part gets the document content type, and the macro project
// (vbaProject.bin, its data, and the key-map, toolbar and ribbon customisations that run its macros)
// goes with every relationship to it. Then every part nothing reaches any more (and any a template
// carried unreached) is removed with its content type: each part of a paper has a content type and a
// relationship (part-graph.ts), as Word expects of a package it does not call damaged.

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
/** Relationships to a macro project or to what runs its macros (the ribbon's callbacks name macros). */
const MACRO_RELATIONSHIP = /\/(vbaProject|wordVbaData|keyMapCustomizations|attachedToolbars|ui\/extensibility)$/;

const OVERRIDE = /<Override\b[^>]*\/>/g;
const DEFAULT = /<Default\b[^>]*\/>/g;

/** Makes the package in `zip` a plain Word document, whatever kind of Word file it came from. */
export async function makePlainDocument(zip: JSZip): Promise<void> {
  const typesXml = await text(zip, CONTENT_TYPES);
  if (typesXml === null) return;
  const types = parseContentTypes(typesXml);
  const parts = () => Object.keys(zip.files).filter((n) => !zip.files[n].dir);

  for (const relsPart of parts().filter((p) => sourceOf(p) !== null)) {
    const xml = (await text(zip, relsPart))!;
    const macro = readRelationships(relsPart, xml).filter((r) => MACRO_RELATIONSHIP.test(r.type) || (!r.external && MACRO_TYPES.has(contentTypeOf(types, r.part) ?? "")));
    if (macro.length > 0) setText(zip, relsPart, macro.reduce((kept, r) => kept.replace(r.xml, ""), xml));
  }
  const reached = await reachedParts(parts(), (p) => text(zip, p));
  const removed = new Set(parts().filter((p) => p !== CONTENT_TYPES && (!reached.has(p) || MACRO_TYPES.has(contentTypeOf(types, p) ?? ""))).map((p) => p.toLowerCase()));
  for (const part of parts()) if (removed.has(part.toLowerCase())) zip.remove(part);
  const present = new Set(parts().map((p) => p.toLowerCase()));

  const plain = typesXml
    .replace(OVERRIDE, (o) => {
      const part = (/\bPartName="\/?([^"]*)"/.exec(o)?.[1] ?? "").toLowerCase();
      if (!present.has(part)) return ""; // removed here, or never in the package
      const type = /\bContentType="([^"]*)"/.exec(o)?.[1] ?? "";
      return MAIN_TYPES.has(type) && type !== DOCUMENT_MAIN ? o.replace(type, DOCUMENT_MAIN) : o;
    })
    // A Default that only named the macro project ("bin" as vbaProject) goes with it.
    .replace(DEFAULT, (d) => (MACRO_TYPES.has(/\bContentType="([^"]*)"/.exec(d)?.[1] ?? "") ? "" : d));
  setText(zip, CONTENT_TYPES, plain);
}
