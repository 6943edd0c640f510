import { addContentType, removeContentType, TYPE } from "./content-types";
import { WorkbookPackage } from "./package";

// Parts that hang off a sheet the refresh rewrites whole (the old summary's drawing and chart, a note
// someone left on it): removed with their relationships and content types, unless another part still
// points at them.

export function removeSheetRelations(pkg: WorkbookPackage, sheetPart: string): void {
  const rels = pkg.relationships(sheetPart);
  const relsPart = pkg.relsPartOf(sheetPart);
  pkg.remove(relsPart);
  removeContentType(pkg, relsPart);
  for (const rel of rels) if (!rel.external) removeIfUnused(pkg, rel.part);
}

function removeIfUnused(pkg: WorkbookPackage, part: string): void {
  const name = pkg.find(part);
  if (name === undefined || referenced(pkg, name)) return;
  const children = pkg.relationships(name);
  pkg.remove(name);
  removeContentType(pkg, name);
  const relsPart = pkg.relsPartOf(name);
  pkg.remove(relsPart);
  removeContentType(pkg, relsPart);
  for (const child of children) if (!child.external) removeIfUnused(pkg, child.part);
}

function referenced(pkg: WorkbookPackage, part: string): boolean {
  const key = part.toLowerCase();
  for (const relsPart of pkg.partNames.filter((p) => /(^|\/)_rels\/[^/]*\.rels$/i.test(p))) {
    const source = sourceOf(relsPart);
    if (pkg.relationships(source).some((r) => !r.external && r.part.toLowerCase() === key)) return true;
  }
  return false;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" -> "xl/worksheets/sheet1.xml"; "_rels/.rels" -> "". */
export function sourceOf(relsPart: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/i.exec(relsPart);
  return m ? `${m[1]}${m[2]}` : "";
}

/** The first free name folder/stemN.ext, counting from 1. */
export function freePartName(pkg: WorkbookPackage, stem: string, ext: string): string {
  let n = 1;
  while (pkg.has(`${stem}${n}${ext}`)) n++;
  return `${stem}${n}${ext}`;
}

/** Every relationships part has a content type: the package's Default for .rels covers them, else an Override. */
export function typeNewRelationshipParts(pkg: WorkbookPackage): void {
  for (const part of pkg.partNames) if (/\.rels$/i.test(part) && pkg.isChanged(part)) addContentType(pkg, part, TYPE.relationships);
}
