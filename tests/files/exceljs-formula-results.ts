import ExcelJS from "exceljs";
import JSZip from "jszip";

// Which formula cells a file saved WITHOUT a result (grid contract, src/grid.ts: FormulaWithoutResult).
// exceljs reads both `<f>..</f>` (no result: a tool that does not calculate wrote the file) and
// `<f>..</f><v></v>` (Excel's cached empty text, as from =IF(A1="","",A1)) as a formula with no
// result, so the package is asked: only a cell whose <c> holds an <f> and no <v> lacks its result.
// The exceljs-based reader's helper before issue 9, kept beside it (./exceljs-grids.ts) for the test
// that shows the new reader gives the same grids; the new reader sees <f> without <v> itself.

const missing = new WeakMap<ExcelJS.Workbook, Map<string, Set<string>>>();

const SHEET = /<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"/g;
const SHEET_ID_FIRST = /<sheet\b[^>]*?\br:id="([^"]*)"[^>]*?\bname="([^"]*)"/g;
const RELATIONSHIP = /<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"/g;
const RELATIONSHIP_TARGET_FIRST = /<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"/g;
/** A cell whose only child is a formula: `<c r="B2"><f>A2*2</f></c>` or a shared formula's `<f t="shared" si="0"/>`. */
const FORMULA_ONLY_CELL = /<c\b[^>]*?\br="([A-Z]{1,3}\d+)"[^>]*>\s*<f\b[^>]*?(?:\/>|>[^<]*<\/f>)\s*<\/c>/g;

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Notes, per sheet name, the formula cells saved without a result. Called once, when a file is opened. */
export async function recordMissingResults(book: ExcelJS.Workbook, zip: JSZip): Promise<void> {
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  const relsXml = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  const byName = new Map<string, Set<string>>();
  missing.set(book, byName);
  if (!workbookXml || !relsXml) return;
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(RELATIONSHIP)) targets.set(m[1], m[2]);
  for (const m of relsXml.matchAll(RELATIONSHIP_TARGET_FIRST)) targets.set(m[2], m[1]);
  const sheets = new Map<string, string>();
  for (const m of workbookXml.matchAll(SHEET)) sheets.set(decode(m[1]), m[2]);
  for (const m of workbookXml.matchAll(SHEET_ID_FIRST)) sheets.set(decode(m[2]), m[1]);
  for (const [name, id] of sheets) {
    const target = targets.get(id);
    if (!target) continue;
    const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const xml = await zip.file(part)?.async("string");
    if (!xml || !xml.includes("<f")) continue;
    const cells = new Set<string>();
    for (const m of xml.matchAll(FORMULA_ONLY_CELL)) cells.add(m[1]);
    if (cells.size > 0) byName.set(name, cells);
  }
}

/**
 * Whether a formula cell that exceljs gives without a result really has none in the file. A book that
 * was not opened from a file (built in memory) has no cached results at all, so its formulas lack one.
 */
export function resultIsMissing(book: ExcelJS.Workbook, sheet: string, address: string): boolean {
  const byName = missing.get(book);
  if (!byName) return true;
  return byName.get(sheet)?.has(address) ?? false;
}
