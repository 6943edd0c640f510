import { promises as fs } from "node:fs";
import { safeFileName, uniqueFileNames } from "../documents/file-name";
import { checkFolderTarget, writeFilesIntoFolder } from "../files/document-folder";
import { FileProblem } from "../files/node-files";
import { Analysis, PartnershipRating } from "../model";
import { partnershipKey } from "../read/partnerships";
import { CannotRun, CliIo } from "./command";

// What every command that writes one document per partnership shares (annual-review,
// mid-year-report, progress-update: partnership-command.ts): which partnerships, where, and
// writing all or none.

/** Checks --out DIR before any work: a folder, or one that can be made, and writable. */
export async function checkOutFolder(outDir: string): Promise<void> {
  const stat = await fs.stat(outDir).catch(() => null);
  if (stat && !stat.isDirectory()) throw new CannotRun(`Give --out a folder for the documents; "${outDir}" is a file.`);
  await checkFolderTarget(outDir).catch(asCannotRun);
}

/** Every partnership, or the one --partnership names (matched as partnership names are: case and punctuation aside). */
export function selectPartnerships(analysis: Analysis, wanted: string | undefined, what: string): PartnershipRating[] {
  let partnerships = analysis.partnerships;
  if (wanted !== undefined) {
    partnerships = partnerships.filter((p) => partnershipKey(p.name) === partnershipKey(wanted));
    if (partnerships.length === 0) {
      throw new CannotRun(`There is no partnership "${wanted}" on the scorecard; it has ${analysis.partnerships.map((p) => p.name).join(", ") || "none"}.`);
    }
  }
  if (partnerships.length === 0) throw new CannotRun(`The scorecard has no partnerships, so there is no ${what} to write.`);
  return partnerships;
}

export interface PartnershipDocument {
  partnership: string;
  bytes: Uint8Array;
}

/**
 * Writes each document as "<partnership>.docx" (a safe, unique file name) into outDir, all or none,
 * and prints each path written.
 */
export async function writePartnershipDocuments(outDir: string, documents: readonly PartnershipDocument[], io: CliIo): Promise<void> {
  const names = uniqueFileNames(documents.map((d) => safeFileName(d.partnership)), ".docx");
  const written = await writeFilesIntoFolder(outDir, documents.map((d, i) => ({ fileName: names[i], bytes: d.bytes }))).catch(asCannotRun);
  io.stdout(`${written.map((file) => `Wrote ${file}`).join("\n")}\n`);
}

function asCannotRun(e: unknown): never {
  if (e instanceof FileProblem) throw new CannotRun(e.message);
  throw e;
}
