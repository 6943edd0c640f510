import { removeContentType } from "./content-types";
import { WorkbookPackage } from "./package";
import { RefreshRefused } from "./refresh-refused";

// Two kinds of book a refresh must not half-handle. A digital signature covers the file as it was
// saved: a refreshed copy would carry a signature Excel reports as invalid, so the copy goes out
// unsigned (its signature parts and their relationship removed) and the caller says so. A book saved
// as Strict Open XML uses other namespaces and relationship types throughout; parts written in the
// usual (transitional) ones beside them would be a mix Excel does not open, so it is refused.

const SIGNATURES = /^_xmlsignatures\//i;
const ORIGIN = /\/digital-signature\/origin$/;
// The workbook element's own namespace, by a default or a prefixed declaration on its start tag.
const STRICT_WORKBOOK = /<(?:[\w.-]+:)?workbook\b[^>]*\sxmlns(?::[\w.-]+)?\s*=\s*["']http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main["']/;

/** Whether the book carries a digital signature (Excel keeps it under _xmlsignatures/). */
export function isSigned(pkg: WorkbookPackage): boolean {
  return pkg.partNames.some((name) => SIGNATURES.test(name));
}

/** Removes the signature parts, their content types and the package's relationship to them. */
export function removeSignature(pkg: WorkbookPackage): void {
  if (!isSigned(pkg)) return;
  for (const name of pkg.partNames.filter((n) => SIGNATURES.test(n))) {
    pkg.remove(name);
    removeContentType(pkg, name);
  }
  const origin = pkg.relationships("").filter((r) => ORIGIN.test(r.type)).map((r) => r.id);
  pkg.removeRelationships("", new Set(origin));
}

/** Refuses a book whose workbook part is in Strict Open XML's namespace, before anything is written. */
export function refuseStrict(workbookXml: string): void {
  if (!STRICT_WORKBOOK.test(workbookXml)) return;
  throw new RefreshRefused(
    "The workbook is saved as Strict Open XML, which this tool does not write; in Excel, use File > Save As > Excel Workbook (.xlsx) and refresh that copy.",
  );
}
