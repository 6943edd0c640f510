import JSZip from "jszip";
import { CONTENT_TYPES, contentTypeOf, parseContentTypes, readRelationships, reachedParts, sourceOf } from "./part-graph";
import { stylesProblems } from "./word-styles";

// What scripts/check-pdf.sh checks in every document besides LibreOffice converting it, and what the
// tests check in every document they make: things a reader of the PDF would never notice missing,
// but a screen reader, LibreOffice's navigator or Word's repair prompt would: every part with a content
// type and reached by a relationship, every relationship reaching a part, no macro project.

const DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const MACRO = /vbaProject|vbaData|keyMapCustomizations|attachedToolbars|macroEnabled/i;

/** Parts without a content type or a relationship, relationships to nothing, and anything of a macro project. */
async function partProblems(zip: JSZip): Promise<string[]> {
  const problems: string[] = [];
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const read = async (part: string) => (await zip.file(part)?.async("string")) ?? null;
  const typesXml = await read(CONTENT_TYPES);
  if (typesXml === null) return ["it has no [Content_Types].xml"];
  const types = parseContentTypes(typesXml);
  const reached = await reachedParts(names, read);
  const present = new Set(names.map((n) => n.toLowerCase()));
  for (const name of names) {
    if (name === CONTENT_TYPES) continue;
    const type = contentTypeOf(types, name);
    if (type === undefined) problems.push(`the part ${name} has no content type`);
    else if (MACRO.test(type)) problems.push(`the part ${name} is of a macro project (${type})`);
    if (!reached.has(name)) problems.push(`the part ${name} is reached by no relationship`);
    if (sourceOf(name) === null) continue;
    for (const r of readRelationships(name, (await read(name)) ?? "")) {
      if (MACRO.test(r.type)) problems.push(`${name} has a relationship to a macro project (${r.id})`);
      else if (!r.external && !present.has(r.part.toLowerCase())) problems.push(`${name}'s relationship ${r.id} reaches ${r.part}, which is not in the package`);
    }
  }
  if (contentTypeOf(types, "word/document.xml") !== DOCUMENT_MAIN) problems.push(`the main part is not declared a Word document (${contentTypeOf(types, "word/document.xml") ?? "no content type"})`);
  for (const [ext, type] of types.defaults) if (MACRO.test(type)) problems.push(`[Content_Types].xml gives .${ext} parts a macro project's type`);
  return problems;
}

/** Each problem of a generated .docx, in a sentence; none for a sound one. */
export async function documentProblems(bytes: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return ["it is not a zip package"];
  }
  for (const [name, entry] of Object.entries(zip.files)) if (entry.dir || name.endsWith("/")) problems.push(`the zip holds a directory entry "${name}"`);
  problems.push(...(await partProblems(zip)));
  const styles = await zip.file("word/styles.xml")?.async("string");
  if (styles === undefined) problems.push("it has no styles part");
  else problems.push(...stylesProblems(styles));
  const body = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  for (const m of body.matchAll(/<c:chart\b[^>]*\br:id="([^"]+)"/g)) {
    const target = new RegExp(`<Relationship [^>]*Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (!target) problems.push(`the chart ${m[1]} has no relationship`);
    else if (!zip.file(`word/${target}`)) problems.push(`the chart part word/${target} is missing`);
    else if (!types.includes(`PartName="/word/${target}"`)) problems.push(`the chart part word/${target} has no content type`);
  }
  return problems;
}
