import { removeContentType } from "./content-types";
import { WorkbookPackage } from "./package";
import { WorkbookInfo } from "./workbook-part";
import { XmlCursor, withAttrs } from "./xml";

// The calculation chain (xl/calcChain.xml) lists the formula cells in the order Excel last computed
// them. An entry for a cell that no longer holds a formula makes Excel report the file as damaged, so
// the entries of every cell the refresh overwrote go; an emptied chain goes with its relationship.

export interface CalcRemoval {
  sheetId: number;
  /** Cells whose entries go ("G4"), or "all" for a sheet rewritten whole. */
  cells: ReadonlySet<string> | "all";
}

export function removeCalcEntries(pkg: WorkbookPackage, info: WorkbookInfo, removals: readonly CalcRemoval[]): void {
  const part = info.calcChain;
  const xml = part ? pkg.text(part) : undefined;
  if (!part || xml === undefined || removals.length === 0) return;
  const goes = (sheet: number, ref: string) => removals.some((r) => r.sheetId === sheet && (r.cells === "all" || r.cells.has(ref)));

  let out = "";
  let last = 0;
  let kept = 0;
  let removed = 0;
  let sheet = 0;
  let keptSheet: number | undefined;
  let carryLevel = false;
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.local !== "c" || cursor.kind === "close") continue;
    const own = cursor.attr("i");
    // An entry without i belongs to the sheet of the entry before it.
    if (own !== undefined) sheet = Number(own);
    const start = cursor.start;
    const level = cursor.attr("l") === "1" || cursor.attr("l") === "true";
    const ref = cursor.attr("r") ?? "";
    if (cursor.kind === "open") cursor.skipElement();
    const end = cursor.position;
    if (goes(sheet, ref)) {
      removed++;
      out += xml.slice(last, start);
      last = end;
      carryLevel ||= level;
      continue;
    }
    // A kept entry that relied on a removed one for its sheet or its new level now says so itself.
    const attrs: Record<string, string> = {};
    if (own === undefined && keptSheet !== sheet) attrs.i = String(sheet);
    if (carryLevel && !level) attrs.l = "1";
    carryLevel = false;
    if (Object.keys(attrs).length) {
      const tag = xml.slice(start, xml.indexOf(">", start) + 1);
      out += xml.slice(last, start) + withAttrs(tag, attrs);
      last = start + tag.length;
    }
    keptSheet = sheet;
    kept++;
  }
  if (removed === 0) return;
  if (kept > 0) {
    pkg.set(part, out + xml.slice(last));
    return;
  }
  pkg.remove(part);
  removeContentType(pkg, part);
  const rel = info.relationships.find((r) => r.part.toLowerCase() === part.toLowerCase());
  if (rel) pkg.removeRelationships(info.part, new Set([rel.id]));
}
