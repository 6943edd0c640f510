import * as fs from "node:fs";
import { PlainSentenceError } from "../errors";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { useCrc32, usePlatformCodec, ZipCodec } from "../files/zip";
import { usePlatformUtf8, Utf8Sink } from "../files/text-pieces";

const { deflateRawSync, gzipSync, inflateRawSync } = zlib;
const zlibCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

// The only place the CLI touches the disk. Writes go to a temporary file beside the target and are
// renamed over it, so a failure never leaves a half-written workbook behind. The calls are synchronous:
// a command does one thing at a time, and each asynchronous call waited for a thread of Node's pool
// (together about 5 ms of every refresh, as much as the checks themselves).

// Node's own zlib reads the book's parts and sums new ones (the same bytes and checksums fflate and
// our CRC would give, sooner on a cold start; Node 20.15 and later have zlib.crc32), and compresses
// the parts a refresh writes: native code, a few times faster than fflate on the scorecard sheet. Its
// compressed bytes differ from fflate's (the parts inside are the same), and are the same on every
// run on one computer, so refreshing a refreshed book still gives the same file. Level 1, zlib's
// fastest, as Excel itself saves (its zip entries are marked "super fast"): on the scorecard sheet of
// 10,000 indicators (7 MB of XML once refreshed) it takes about half the time of level 4, for a part
// a fifth larger (1.09 MB against 0.90; the whole refreshed book stays about 1 MB).
// Inflating stops at the part's declared size, so a part that lies about it cannot fill the memory.
// It inflates into one buffer of that size (a little more, so zlib sees the end without another):
// in zlib's own 16 KB pieces, joined at the end, the 5 MB scorecard sheet of 10,000 indicators took
// 25 to 50 ms instead of 10 to 15.
const ONE_PIECE_UP_TO = 64 * 1024 * 1024;
export const NODE_ZLIB: ZipCodec = {
  inflate: (stored, size) => inflateRawSync(stored, { maxOutputLength: Math.max(size, 1), chunkSize: Math.min(Math.max(size + 64, 64), ONE_PIECE_UP_TO) }),
  deflate: (content) => deflateRawSync(content, { level: 1 }),
  deflateSummed: gzipBody,
};

/**
 * A gzip member holds the very raw DEFLATE stream deflateRawSync makes, between a 10-byte header and
 * the content's CRC-32 and size; zlib sums the CRC as it reads the content in, so a new part's 7 MB
 * (the scorecard sheet of 10,000 indicators) is not read a second time for its checksum (2 to 4 ms).
 */
function gzipBody(content: Uint8Array): { stored: Uint8Array; crc: number } | undefined {
  const member = gzipSync(content, { level: 1 });
  // The header is 10 bytes when it names no file and has no comment or extra field (flags 0), as zlib writes it.
  if (member[0] !== 0x1f || member[1] !== 0x8b || member[3] !== 0 || member.length < 18) return undefined;
  return { stored: member.subarray(10, member.length - 8), crc: member.readUInt32LE(member.length - 8) };
}
usePlatformCodec(NODE_ZLIB);
if (typeof zlibCrc32 === "function") useCrc32((data) => zlibCrc32(data));

/**
 * A patched sheet's text, written as UTF-8 into one buffer piece by piece: Buffer's utf8Write (what
 * buffer.write calls for "utf8", without parsing its arguments each time) allocates nothing per piece,
 * where TextEncoder's encodeInto makes a result and a view for each, so the 60,000 pieces of a
 * 10,000-row sheet need not be joined into strings first.
 */
type Utf8Buffer = Buffer & { utf8Write(text: string, offset: number): number };
const hasUtf8Write = typeof (Buffer.prototype as Partial<Utf8Buffer>).utf8Write === "function";

class BufferSink implements Utf8Sink {
  private buffer: Utf8Buffer;
  private length = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafe(capacity) as Utf8Buffer;
  }

  write(text: string): void {
    // At most three bytes for each UTF-16 unit.
    if (this.buffer.length - this.length < text.length * 3) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + text.length * 3)) as Utf8Buffer;
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.utf8Write(text, this.length);
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
if (hasUtf8Write) usePlatformUtf8((capacity) => new BufferSink(capacity));

export class FileProblem extends PlainSentenceError {
  constructor(message: string) {
    super(message);
    this.name = "FileProblem";
  }
}

export async function readBookFile(file: string): Promise<Uint8Array> {
  try {
    if (fs.statSync(file).isDirectory()) throw new FileProblem(`"${file}" is a folder, not a workbook file.`);
    return fs.readFileSync(file);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw new FileProblem(describe(e, file, "read"));
  }
}

export async function writeFileAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${tempSuffix()}.tmp`);
  try {
    fs.writeFileSync(temp, bytes, { flag: "wx" });
    fs.renameSync(temp, file);
  } catch (e) {
    removeQuietly(temp);
    throw new FileProblem(describe(e, file, "write"));
  }
}

/** Whether two paths name the same file (same path, or the same file through a link or a case-insensitive disk). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Checks, before any work, that a file can be written at this path: its folder exists, it is not a
 * folder itself, and a file can be created beside it (made and removed at once).
 */
export async function checkWritableTarget(file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const dirStat = statOrNothing(dir);
  if (!dirStat || !dirStat.isDirectory()) throw new FileProblem(`The folder "${dir}" does not exist.`);
  const stat = statOrNothing(file);
  if (stat?.isDirectory()) throw new FileProblem(`"${file}" is a folder; give a file name such as ${path.join(file, "refreshed.xlsx")}.`);
  const probe = path.join(dir, `.${path.basename(file)}.${tempSuffix()}.check`);
  try {
    fs.writeFileSync(probe, new Uint8Array(0), { flag: "wx" });
  } catch (e) {
    throw new FileProblem(`Cannot write "${file}" (${describeFileError(e)}).`);
  }
  fs.rmSync(probe, { force: true });
}

/** Removes a temporary file if it is there; a disk that also fails this must not hide why the write failed. */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // The write's own error is the one to tell.
  }
}

/** What a path names, or nothing when it cannot be looked at (missing, not allowed, a circle of links). */
export function statOrNothing(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * A name part for a temporary file that no other call is using: the process and a random part. Files are
 * made with "wx", so a clash could only refuse, never overwrite. (Math.random, not crypto: nothing is
 * secret here, and loading node:crypto cost 3 ms of every call.)
 */
export function tempSuffix(): string {
  return `${process.pid.toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

const REASONS: Record<string, string> = {
  ENOENT: "a folder on the way does not exist",
  EACCES: "not allowed",
  EPERM: "not allowed",
  EROFS: "the disk is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  ENAMETOOLONG: "a name is too long",
  ENOTDIR: "part of the path is a file",
  EEXIST: "it already exists",
  EBUSY: "it is in use",
  EINVAL: "the name is not allowed there",
  EIO: "the disk could not be read or written",
  ELOOP: "a link on the way leads round in a circle",
  EISDIR: "it is a folder",
};

/** Why a file operation failed, in a few plain words ("not allowed", "the disk is full"). */
export function describeFileError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) ?? `${code ?? "unknown reason"}`;
}

function describe(e: unknown, file: string, verb: "read" | "write"): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return verb === "read" ? `There is no file "${file}".` : `Cannot write "${file}": its folder does not exist.`;
  if (code === "EACCES" || code === "EPERM") return `Not allowed to ${verb} "${file}".`;
  if (code === "EBUSY") return `"${file}" is in use (is it open in Excel?); close it and try again.`;
  if (code === "ENOSPC") return `The disk is full; "${file}" was not written.`;
  return `Could not ${verb} "${file}" (${describeFileError(e)}).`;
}
