import { partnershipKey } from "../keys";
import { promises as fs } from "node:fs";
import { paperFileStem, uniqueFileNames } from "../file-name";
import { checkFolderTarget, writeFilesIntoFolder } from "../node/document-folder";
import { Analysis, PartnershipRating, Period } from "../model";
import { isNamed } from "../owners";
import { NO_PARTNERSHIP, partnershipsWithPapers } from "../rollup";
import { joinAnd, plural } from "../words";
import { CannotRun, CliIo } from "./command";
import { asCannotRun } from "./as-cannot-run";

// What every command that writes one document per partnership shares (annual-review,
// mid-year-report, progress-update: partnership-command.ts): which partnerships, where, and
// writing all or none.

/** Checks --out DIR before any work: a folder, or one that can be made, and writable. */
export async function checkOutFolder(outDir: string): Promise<void> {
  const stat = await fs.stat(outDir).catch(() => null);
  if (stat && !stat.isDirectory()) throw new CannotRun(`Give --out a folder for the documents; "${outDir}" is a file.`);
  await checkFolderTarget(outDir).catch(asCannotRun);
}

/**
 * Every partnership, or the one --partnership names (matched as partnership names are: case and
 * punctuation aside). Indicators without a partnership are counted under "(No partnership)" so none
 * drops out of the totals, but that is no body with a lead to sign a paper: it gets none, and
 * one sentence says which indicators are in no paper (each already has its warning).
 */
export function selectPartnerships(analysis: Analysis, wanted: string | undefined, what: string, io: CliIo): PartnershipRating[] {
  const unassigned = analysis.indicators.filter((r) => r.indicator.partnership.trim() === "").map((r) => r.indicator.ref);
  const inNoPaper = unassigned.length === 0 ? "" :
    `${plural(unassigned.length, "indicator")} ${unassigned.length === 1 ? "has" : "have"} no thematic partnership (${listRefs(unassigned)}), ` +
    `so ${unassigned.length === 1 ? "it is" : "they are"} in no ${what}.`;
  let partnerships = partnershipsWithPapers(analysis.partnerships);
  if (wanted !== undefined) {
    if (partnershipKey(wanted) === partnershipKey(NO_PARTNERSHIP)) {
      throw new CannotRun(`"${NO_PARTNERSHIP}" is not a partnership, so it has no ${what}. ${inNoPaper || "Every indicator has a partnership."} Type each indicator's partnership on the scorecard.`);
    }
    partnerships = partnerships.filter((p) => isNamed(p.name, wanted));
    if (partnerships.length === 0) {
      const names = partnershipsWithPapers(analysis.partnerships).map((p) => p.name);
      throw new CannotRun(`There is no partnership "${wanted}" on the scorecard; it has ${names.join(", ") || "none"}.`);
    }
  }
  if (partnerships.length === 0) throw new CannotRun(`The scorecard has no partnerships, so there is no ${what} to write.${inNoPaper ? ` ${inNoPaper}` : ""}`);
  if (inNoPaper && wanted === undefined) io.stdout(`${inNoPaper}\n`);
  return partnerships;
}

/** "L1, L2 and L3", or the first five and how many more. */
function listRefs(refs: readonly string[]): string {
  const shown = 5;
  return refs.length <= shown ? joinAnd(refs) : `${refs.slice(0, shown).join(", ")} and ${plural(refs.length - shown, "more", "more")}`;
}

export interface PartnershipDocument {
  partnership: string;
  bytes: Uint8Array;
}

/**
 * Writes each document as "<partnership> <paper> <period>.docx" (a safe, unique file name, as the
 * pane names its downloads) into outDir, all or none, and prints each path written.
 */
export async function writePartnershipDocuments(outDir: string, documents: readonly PartnershipDocument[], io: CliIo, paper: string, period: Period | null): Promise<void> {
  const names = uniqueFileNames(documents.map((d) => paperFileStem(d.partnership, paper, period)), ".docx");
  const written = await writeFilesIntoFolder(outDir, documents.map((d, i) => ({ fileName: names[i], bytes: d.bytes }))).catch(asCannotRun);
  io.stdout(`${written.map((file) => `Wrote ${file}`).join("\n")}\n`);
}

