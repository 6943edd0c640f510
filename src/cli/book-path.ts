import * as fs from "node:fs";
import * as path from "node:path";
import { CannotRun } from "./command";
import { statOrNothing } from "../node/node-files";

// What a path names before it is opened or replaced: a pipe or a device would make a read wait for
// ever, a link that leads round in a circle gives only an error code, a read-only file would be
// replaced anyway by a process allowed to (root), and Excel's owner file (~$name) says the book is
// open in Excel right now. Each is one plain sentence, said before any work.

/** The book to read is a plain file (links followed); otherwise one sentence saying what it is. */
export async function checkBookToRead(file: string): Promise<void> {
  // No such file, not allowed: said by the read itself, as before.
  const stat = statOf(file, `"${file}" is a link that leads round in a circle to itself, not a workbook file.`);
  if (!stat) return;
  const what = kindOf(stat);
  if (what) throw new CannotRun(`"${file}" is ${what}, not a workbook file; give the path of an .xlsx file.`);
}

/**
 * The file to write may be replaced: it is not read-only, not a pipe or device, and not open in
 * Excel or Word (an owner file beside it). Checked even when the process could replace it regardless.
 */
export async function checkTargetToReplace(file: string): Promise<void> {
  // The papers are Word documents, kept open by Word with the same kind of owner file.
  const [app, kind] = /\.docx$/i.test(file) ? ["Word", "Word document"] : ["Excel", "workbook file"];
  // A new file: nothing to protect.
  const stat = statOf(file, `"${file}" is a link that leads round in a circle to itself; give --out another file name.`);
  if (stat) {
    const what = kindOf(stat);
    if (what && !stat.isDirectory()) throw new CannotRun(`"${file}" is ${what}; give --out the name of a ${kind}.`);
    if (stat.isFile() && (stat.mode & 0o222) === 0) {
      throw new CannotRun(`"${file}" is read-only, so it was not replaced; make it writable, or give --out another file name.`);
    }
  }
  const owner = ownerFile(file);
  if (owner) {
    throw new CannotRun(`"${path.basename(file)}" is open in ${app} (its owner file ${path.basename(owner)} is beside it); close it in ${app}, or give --out another file name.`);
  }
}

/** A warning when the book being read is open in Excel: what Excel holds unsaved is not in the file. */
export async function openInExcelWarning(file: string): Promise<string | undefined> {
  const owner = ownerFile(file);
  if (!owner) return undefined;
  return `"${path.basename(file)}" is open in Excel (its owner file ${path.basename(owner)} is beside it): only what was last saved is read, so edits not yet saved are not included.`;
}

/**
 * Excel's owner file: "~$" and the file's name, in the same folder, while the book is open. Word and
 * Excel shorten the name of a long file by its first two characters ("~$orecard.xlsx").
 */
function ownerFile(file: string): string | undefined {
  const dir = path.dirname(path.resolve(file));
  const base = path.basename(file);
  const names = new Set([`~$${base}`, `~$${base.slice(2)}`]);
  for (const name of names) {
    const candidate = path.join(dir, name);
    const stat = statOrNothing(candidate);
    if (stat?.isFile()) return candidate;
  }
  return undefined;
}

/** What the path names (links followed), or undefined when it cannot be looked at; a circle of links is the sentence given. */
export function statOf(file: string, loop: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ELOOP") throw new CannotRun(loop);
    return undefined;
  }
}

/** "a pipe", "a device", "a socket" or "a folder": what a path names that is no file to read. */
export function kindOf(stat: fs.Stats): string | undefined {
  if (stat.isFIFO()) return "a pipe";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  if (stat.isDirectory()) return "a folder";
  return undefined;
}
