import { WorkbookFileError } from "./workbook-file-error";

// The zip container of an .xlsx/.xlsm, read and written by hand around a DEFLATE codec: fflate in the
// browser (./fflate-codec, registered by ./index), Node's zlib on the command line (src/node/node-files).
// Why not a zip library's own read/write: a refresh must copy every part it does not own exactly as
// the user's file holds it, so an untouched entry keeps its stored (compressed) bytes and its CRC and
// is never decoded or recompressed; and the output must be the same bytes every time (fixed dates, no
// extra fields), so a second refresh of a refreshed book changes nothing.

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  /** The entry's name as stored ("xl/workbook.xml"); directory entries end in "/". */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The stored bytes (compressed when method is 8), a view into the file. */
  readonly stored: Uint8Array;
}

/** A part to write: either copied as stored, or new content deflated here (or stored as it is: content already compressed, such as a chart's workbook). */
export type ZipOutput = { name: string; entry: ZipEntry } | { name: string; content: Uint8Array; store?: boolean };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;

/** Every entry, in the order the central directory lists them. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(bytes, view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 12, true));
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) throw new ZipError("the zip directory is damaged");
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    let storedSize = view.getUint32(offset + 20, true);
    let size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let local = view.getUint32(offset + 42, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise code page 437, which for the ASCII part names of a workbook is the same.
    const name = flags & 0x800 ? utf8.decode(nameBytes) : String.fromCharCode(...nameBytes);
    const big = zip64Sizes(view, offset + 46 + nameLength, extraLength, { size, storedSize, local });
    ({ size, storedSize, local } = big);
    if (flags & 1) throw new ZipError(`the part ${name} is encrypted`);
    if (view.getUint32(local, true) !== LOCAL) throw new ZipError("a zip entry is damaged");
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + storedSize > bytes.length) throw new ZipError("the file is cut short");
    entries.push({ name, method, crc, size, stored: bytes.subarray(dataStart, dataStart + storedSize) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEnd(bytes: Uint8Array, view: DataView): number {
  // The end record is the last 22 bytes unless a comment (at most 65,535 bytes) follows it; the
  // comment's length must reach the end exactly, so a signature inside the comment is not taken for it.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD && i + 22 + view.getUint16(i + 20, true) === bytes.length) return i;
  }
  throw new ZipError("the file is not a complete zip archive");
}

/** Sizes and offset from the zip64 extra field, where the 32-bit ones say "see zip64". */
function zip64Sizes(view: DataView, start: number, length: number, plain: { size: number; storedSize: number; local: number }) {
  const out = { ...plain };
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const take = () => {
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (out.size === 0xffffffff) out.size = take();
      if (out.storedSize === 0xffffffff) out.storedSize = take();
      if (out.local === 0xffffffff) out.local = take();
    }
    p += 4 + len;
  }
  return out;
}

/**
 * Raw DEFLATE in, bytes out. It must never give more than `size` bytes (throwing, or stopping there),
 * so a part that lies about its size cannot fill the memory.
 */
export type Inflate = (stored: Uint8Array, size: number) => Uint8Array;
/** Content in, raw DEFLATE out. */
export type Deflate = (content: Uint8Array) => Uint8Array;

export interface ZipCodec {
  inflate: Inflate;
  deflate: Deflate;
  /** Raw DEFLATE and the content's CRC-32 in one pass over it, where the codec sums as it reads (else undefined). */
  deflateSummed?: (content: Uint8Array) => { stored: Uint8Array; crc: number } | undefined;
}

// The platform's codec where it gives one, else the fallback. No codec is imported here, so the command
// line never loads fflate (a module that costs it tens of milliseconds at every start).
let platform: ZipCodec | undefined;
let fallback: ZipCodec | undefined;

/** The codec to use everywhere in this process (Node's zlib on the command line). */
export function usePlatformCodec(codec: ZipCodec): void {
  platform = codec;
}

/** The codec to use where the platform gives none (fflate, in the browser and in tests of the page). */
export function useFallbackCodec(codec: ZipCodec): void {
  fallback = codec;
}

/** Whether a codec is registered (the Word documents load fflate themselves where none is). */
export function hasCodec(): boolean {
  return (platform ?? fallback) !== undefined;
}

function codec(): ZipCodec {
  const c = platform ?? fallback;
  if (!c) throw new Error("No DEFLATE codec: import src/files (fflate) or, on the command line, src/node/node-files (zlib).");
  return c;
}

/**
 * No real workbook has a part this large once inflated: a 100,000-row scorecard sheet is some 50 MB.
 * A part declaring more is a zip bomb or a damaged file, refused before a byte is inflated; a part that
 * inflates past what it declares is cut off there by the codec (see Inflate), so memory stays bounded.
 */
export const MAX_PART_BYTES = 512 * 1024 * 1024;

/** The entry's content, inflated. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  if (entry.size > MAX_PART_BYTES) {
    throw new WorkbookFileError(`holds a part (${entry.name}) that would inflate to ${Math.round(entry.size / 1e6)} MB, more than any real workbook holds, so it was not opened`);
  }
  if (entry.method === 0) return entry.stored;
  if (entry.method !== 8) throw new ZipError(`the part ${entry.name} uses a compression this tool cannot read`);
  let out: Uint8Array;
  try {
    out = codec().inflate(entry.stored, entry.size);
  } catch {
    throw new ZipError(`the part ${entry.name} is damaged`);
  }
  if (out.length !== entry.size) throw new ZipError(`the part ${entry.name} is damaged`);
  return out;
}

// 1 January 1980 00:00, the earliest date a zip can hold: no clock reaches the output.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A zip of the given parts, in the given order: copied entries as stored, new content deflated. */
export function writeZip(parts: ZipOutput[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const e = "entry" in part ? part.entry : newEntry(part.name, part.content, part.store);
    const name = encoder.encode(part.name);
    const utf8 = name.some((b) => b > 0x7f) ? 0x800 : 0;
    if (e.stored.length >= 0xffffffff || e.size >= 0xffffffff || offset >= 0xffffffff) throw new ZipError("the workbook is too large to write");
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, utf8, true);
    lv.setUint16(8, e.method, true);
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.stored.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, CENTRAL, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, utf8, true);
    cv.setUint16(10, e.method, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.stored.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.stored);
    centrals.push(central);
    offset += local.length + e.stored.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, parts.length, true);
  ev.setUint16(10, parts.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + 22);
  let p = 0;
  for (const chunk of [...locals, ...centrals, end]) {
    out.set(chunk, p);
    p += chunk.length;
  }
  return out;
}

function newEntry(name: string, content: Uint8Array, store = false): ZipEntry {
  const size = content.length;
  if (store) return { name, method: 0, crc: crc(content), size, stored: content };
  const summed = codec().deflateSummed?.(content);
  if (summed) return { name, method: 8, crc: summed.crc, size, stored: summed.stored };
  return { name, method: 8, crc: crc(content), size, stored: codec().deflate(content) };
}

let crc: (data: Uint8Array) => number = crc32;

/** Lets the command line use Node's own CRC-32 (zlib.crc32): a checksum has one right answer. */
export function useCrc32(platform: (data: Uint8Array) => number): void {
  crc = platform;
}

let table: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
