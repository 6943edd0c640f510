import JSZip from "jszip";
import { stylesProblems } from "./word-styles";

// What scripts/check-pdf.sh checks in every document besides LibreOffice converting it, and what the
// tests check in every document they make: things a reader of the PDF would never notice missing,
// but a screen reader, LibreOffice's navigator or Word's repair prompt would.

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
