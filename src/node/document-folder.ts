import { promises as fs } from "node:fs";
import * as path from "node:path";
import { FileProblem, describeFileError, tempSuffix } from "./node-files";

// Several documents of one command (the annual reviews of every partnership) written all or none:
// each into a temporary folder beside the target, then moved into place only when every one was
// written. A failure leaves the target folder as it was.

export interface FolderFile {
  /** A file name, already safe (src/file-name.ts). */
  fileName: string;
  bytes: Uint8Array;
}

/** The nearest folder that exists at or above `dir`, or null when what exists there is a file. */
async function nearestExisting(dir: string): Promise<string | null> {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const stat = await fs.stat(d).catch(() => null);
    if (stat) return stat.isDirectory() ? d : null;
    if (path.dirname(d) === d) return null;
  }
}

/**
 * Checks, before any document is made, that the folder can be written: it is a folder (or can be
 * made in one), and a file can be created there. Throws one plain sentence. (Node's own recursive
 * mkdir never returns under /proc, so folders are made one level at a time.)
 */
export async function checkFolderTarget(dir: string): Promise<void> {
  const target = path.resolve(dir);
  const stat = await fs.stat(target).catch(() => null);
  if (stat && !stat.isDirectory()) throw new FileProblem(`"${dir}" is a file, not a folder for the documents.`);
  const existing = await nearestExisting(target);
  if (!existing) throw new FileProblem(`Cannot make the folder "${dir}": part of its path is a file.`);
  try {
    await fs.rm(await fs.mkdtemp(path.join(existing, ".laa-scorecard-check-")), { recursive: true, force: true });
  } catch (e) {
    // ENOENT from an existing folder: one that takes no new files (/proc, a removed mount).
    const why = (e as NodeJS.ErrnoException)?.code === "ENOENT" ? "it takes no new files" : describeFileError(e);
    throw new FileProblem(`Cannot write into "${existing === target ? dir : existing}" (${why}), so "${dir}" cannot be made or written.`);
  }
}

/** Makes `dir` and any missing parents, one level at a time, adding each one made to `made`. */
async function makeFolders(dir: string, made: string[]): Promise<void> {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !(await fs.stat(d).catch(() => null)); d = path.dirname(d)) {
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    await fs.mkdir(d);
    made.push(d);
  }
}

/**
 * Writes every file into `dir`, all or none, and returns their paths. Files of the same name already
 * there are replaced, and put back if any later step fails; other files in the folder are not touched.
 */
export async function writeFilesIntoFolder(dir: string, files: readonly FolderFile[]): Promise<string[]> {
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  let staging: string | null = null;
  const moved: { file: string; backup: string | null }[] = [];
  const made: string[] = [];
  try {
    await makeFolders(parent, made);
    // mkdir, not mkdtemp: the folder may become the target itself, so it takes the usual permissions.
    staging = path.join(parent, `.${path.basename(target)}.writing-${tempSuffix()}`);
    await fs.mkdir(staging);
    for (const f of files) await fs.writeFile(path.join(staging, f.fileName), f.bytes, { flag: "wx" });
    if (!(await fs.stat(target).catch(() => null))) {
      // A new folder: one rename puts every document in place at once.
      await fs.rename(staging, target);
      staging = null;
    } else {
      for (const [i, f] of files.entries()) {
        const file = path.join(target, f.fileName);
        const backup = (await fs.stat(file).catch(() => null)) ? path.join(staging, `.previous-${i}`) : null;
        if (backup) await fs.rename(file, backup);
        moved.push({ file, backup });
        await fs.rename(path.join(staging, f.fileName), file);
      }
    }
    return files.map((f) => path.join(dir, f.fileName));
  } catch (e) {
    await undo(moved, staging);
    if (staging) await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    staging = null;
    // Folders this write made for itself go too (innermost first; rmdir leaves any that are not empty).
    for (const d of made.reverse()) await fs.rmdir(d).catch(() => undefined);
    throw new FileProblem(`Could not write the documents into "${dir}" (${describeFileError(e)}); nothing was written.`);
  } finally {
    if (staging) await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Puts back what a failed write had already moved: the new file out, the previous one in. */
async function undo(moved: { file: string; backup: string | null }[], staging: string | null): Promise<void> {
  for (const { file, backup } of moved.reverse()) {
    if (staging) await fs.rename(file, path.join(staging, `.undone-${path.basename(file)}`)).catch(() => fs.rm(file, { force: true }).catch(() => undefined));
    if (backup) await fs.rename(backup, file).catch(() => undefined);
  }
}
