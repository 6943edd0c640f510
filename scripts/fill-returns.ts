import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parseA1 } from "../src/grid";
import { loadWorkbookSync } from "../src/files/load";
import { openPackage } from "../src/files/open-workbook";
import { patchSheet } from "../src/files/sheet-patch";
import { readWorkbookInfo } from "../src/files/workbook-part";
import { readReturn } from "../src/returns/read-return";
import { RETURN_SHEETS } from "../src/returns/return-book";

// For the demo: a lead's typing into a return's yellow cells (the figure, the note, the commentary
// updates), found by Ref and heading as the merge finds them; every other cell stays as sent.

export interface LeadTyping {
  figures?: Record<string, number | string>;
  notes?: Record<string, string>;
  commentary?: Record<string, string>;
}

export function typeIntoReturn(bytes: Uint8Array, typing: LeadTyping): Uint8Array {
  const read = readReturn("return", loadWorkbookSync(bytes).grids);
  const figures: { address: string; value: number | string }[] = [];
  for (const f of read.figures) {
    if (typing.figures?.[f.ref] !== undefined) figures.push({ address: f.figureCell, value: typing.figures[f.ref] });
    if (typing.notes?.[f.ref] !== undefined) figures.push({ address: f.noteCell, value: typing.notes[f.ref] });
  }
  const pkg = openPackage(bytes);
  const info = readWorkbookInfo(pkg);
  const write = (sheet: string, cells: { address: string; value: number | string }[]) => {
    const part = info.sheets.find((s) => s.name === sheet)!.part;
    const writes = cells.map((c) => ({ ...parseA1(c.address), write: { value: c.value } }));
    pkg.set(part, patchSheet(pkg.text(part)!, writes, (base) => base).xml);
  };
  write(RETURN_SHEETS.figures, figures);
  // The commentary's update cells: column D of the row whose heading is named.
  const grid = loadWorkbookSync(bytes).grids.sheets.find((s) => s.name === RETURN_SHEETS.commentary)!;
  const words = grid.values.flatMap((row, r) => (typing.commentary?.[String(row[0])] ? [{ address: `D${r + 1}`, value: typing.commentary[String(row[0])] }] : []));
  write(RETURN_SHEETS.commentary, words);
  return pkg.bytes();
}

/** Saves the file again with LibreOffice Calc, as a lead using it would; false when LibreOffice is not installed or fails. */
export function saveWithLibreOffice(file: string): boolean {
  if (!["/usr/bin/soffice", "/usr/local/bin/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"].some(existsSync)) return false;
  const dir = mkdtempSync(path.join(tmpdir(), "laa-demo-lo-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "xlsx", "--outdir", dir, file], { stdio: "ignore", timeout: 120_000 });
    const saved = path.join(dir, path.basename(file));
    if (!existsSync(saved) || readFileSync(saved).length === 0) return false;
    renameSync(saved, file);
    return true;
  } catch {
    return false;
  }
}
