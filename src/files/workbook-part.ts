import { contentTypeOf, readContentTypes } from "./content-types";
import { REL, Relationship, WorkbookPackage } from "./package";
import { WorkbookFileError } from "./workbook-file-error";
import { XmlCursor } from "./xml";

// The workbook part (xl/workbook.xml): its sheets in tab order, the date system, and where its
// styles, shared strings and calculation chain live.

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The sheet's relationship id in the workbook's relationships. */
  rId: string;
  /** The sheet's part ("xl/worksheets/sheet1.xml"). */
  part: string;
  /** Worksheets hold cells; chart sheets, dialog sheets and macro sheets are kept but not read. */
  worksheet: boolean;
}

export interface WorkbookInfo {
  part: string;
  contentType: string;
  sheets: SheetEntry[];
  /** Serial day 0 is 1 January 1904 (Excel for Mac's old default) instead of 1900. */
  date1904: boolean;
  /** The user set calculation to manual (calcPr calcMode="manual"): formulas wait for F9. */
  manualCalculation: boolean;
  relationships: Relationship[];
  styles?: string;
  sharedStrings?: string;
  calcChain?: string;
}

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function readWorkbookInfo(pkg: WorkbookPackage): WorkbookInfo {
  const main = pkg.relationships("").find((r) => r.type === REL.officeDocument || r.type.endsWith("/officeDocument"));
  const part = main && pkg.find(main.part) ? pkg.find(main.part)! : pkg.find("xl/workbook.xml");
  const xml = part === undefined ? undefined : pkg.text(part);
  if (part === undefined || xml === undefined) throw new WorkbookFileError("is damaged: its workbook part is missing");
  const relationships = pkg.relationships(part);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let manualCalculation = false;
  let relPrefix = "r";
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.kind === "close") continue;
    if (cursor.local === "workbook") relPrefix = prefixFor(cursor.attrs(), NS_REL) ?? "r";
    if (cursor.local === "workbookPr") date1904 = isTrue(cursor.attr("date1904"));
    if (cursor.local === "calcPr") manualCalculation = cursor.attr("calcMode") === "manual";
    if (cursor.local !== "sheet") continue;
    const name = cursor.attr("name") ?? "";
    const rId = cursor.attr(`${relPrefix}:id`) ?? attrByLocal(cursor.attrs(), "id") ?? "";
    const rel = byId.get(rId);
    const found = rel && !rel.external ? pkg.find(rel.part) : undefined;
    if (!rel || found === undefined) {
      throw new WorkbookFileError(`is damaged: the workbook lists a sheet "${name}" whose contents are missing from the file`);
    }
    sheets.push({ name, sheetId: Number(cursor.attr("sheetId") ?? 0), rId, part: found, worksheet: /\/worksheet$/.test(rel.type) });
  }
  const only = (suffix: string) => {
    const rel = relationships.find((r) => !r.external && r.type.endsWith(suffix));
    return rel ? pkg.find(rel.part) : undefined;
  };
  const contentType = contentTypeOf(readContentTypes(pkg), part) ?? "";
  return {
    part,
    contentType,
    sheets,
    date1904,
    manualCalculation,
    relationships,
    styles: only("/styles"),
    sharedStrings: only("/sharedStrings"),
    calcChain: only("/calcChain"),
  };
}

export type WorkbookKind = "xlsx" | "xlsm" | "xltx" | "xltm";

/** The file kind the workbook part's content type declares: a macro-enabled book must stay .xlsm. */
export function workbookKind(info: WorkbookInfo): WorkbookKind {
  const type = info.contentType.toLowerCase();
  const macros = type.includes("macroenabled");
  const template = type.includes("template");
  return template ? (macros ? "xltm" : "xltx") : macros ? "xlsm" : "xlsx";
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** The prefix a root element binds to a namespace ("r" for xmlns:r="...relationships"). */
export function prefixFor(attrs: Map<string, string>, namespace: string): string | undefined {
  for (const [name, value] of attrs) if (name.startsWith("xmlns:") && value === namespace) return name.slice(6);
  return undefined;
}

function attrByLocal(attrs: Map<string, string>, local: string): string | undefined {
  for (const [name, value] of attrs) if (name.endsWith(`:${local}`)) return value;
  return undefined;
}

export { NS_REL };
