import * as zlib from "node:zlib";
import { Utf8Sink } from "../files/text-pieces";
import { crc32, DeflatedPart } from "../files/zip";

// A patched sheet's text on the command line: written as UTF-8 into a buffer piece by piece, and
// deflated a chunk at a time as the buffer fills, as pigz does. Each chunk is deflated on its own,
// with the 32 KB of text before it as its dictionary (so it compresses as well as one stream would),
// and ends on a byte boundary (a sync flush); the last ends the stream. One after another the chunks
// are one raw DEFLATE stream, which every zip reader inflates as any other.
// Why: so that the chunks can be deflated on zlib's own threads while the patch goes on
// (deflatingInBackground, what a refresh from the command line does): the deflating, 25 to 30 ms for
// the 7 MB sheet of 10,000 indicators, leaves the main thread, which pays some 10 ms for handing the
// jobs over and taking their results. Deflated on the main thread instead, a chunk's buffer is used
// again, where the whole sheet went into one fresh buffer before (1,400 fewer first touches of a page).

/** DEFLATE's window: the most a chunk can refer back to. */
const WINDOW = 32 * 1024;
/** A chunk's text: 512 KB and 2 MB were no faster. */
export const CHUNK = 1024 * 1024;

type Utf8Buffer = Buffer & { utf8Write(text: string, offset: number): number };
export const hasUtf8Write = typeof (Buffer.prototype as Partial<Utf8Buffer>).utf8Write === "function";

const zlibCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array, previous: number) => number }).crc32;
// Node 20.15 and later sum in native code; the same sums either way.
const sum = typeof zlibCrc32 === "function" ? zlibCrc32 : crc32;

const { Z_FINISH, Z_SYNC_FLUSH } = zlib.constants;

/** Where the sinks made during deflatingInBackground put their chunks' jobs; undefined outside it. */
let background: Promise<unknown>[] | undefined;

/**
 * Runs `work` (a refresh) with the sheets it patches deflated on zlib's threads as they are written,
 * and waits until they are: the parts are complete only then.
 */
export async function deflatingInBackground<T>(work: () => T): Promise<T> {
  const jobs: Promise<unknown>[] = [];
  background = jobs;
  try {
    return work();
  } finally {
    background = undefined;
    await Promise.all(jobs);
  }
}

export class DeflatingSink implements Utf8Sink {
  /** [0, window) is the text before this chunk (its dictionary), [window, length) the chunk so far. */
  private buffer: Utf8Buffer;
  private window = 0;
  private length = 0;
  private size = 0;
  private crc = 0;
  private readonly deflated: (Buffer | Promise<Buffer>)[] = [];
  private readonly jobs = background;

  /** `chunk`: bytes of text a chunk holds at most (at least 6, so that a character always fits). */
  constructor(private readonly chunk = CHUNK) {
    this.buffer = Buffer.allocUnsafe(WINDOW + chunk) as Utf8Buffer;
  }

  write(text: string): void {
    // At most three bytes for each UTF-16 unit: a chunk ends between pieces, never inside a character.
    while (this.window + this.chunk - this.length < text.length * 3) {
      if (this.length > this.window) {
        this.deflate(Z_SYNC_FLUSH);
        continue;
      }
      // A piece longer than a whole chunk goes in parts, never between the halves of a surrogate pair.
      let cut = Math.floor(this.chunk / 3);
      if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
      this.length += this.buffer.utf8Write(text.slice(0, cut), this.length);
      text = text.slice(cut);
    }
    this.length += this.buffer.utf8Write(text, this.length);
  }

  finish(): DeflatedPart {
    this.deflate(Z_FINISH);
    const { size, crc } = this;
    if (!this.jobs) return { size, crc, stored: Buffer.concat(this.deflated as Buffer[]) };
    const part = new BackgroundPart(size, crc, Promise.all(this.deflated));
    this.jobs.push(part.done);
    return part;
  }

  private deflate(flush: number): void {
    const text = this.buffer.subarray(this.window, this.length);
    this.crc = sum(text, this.crc);
    this.size += text.length;
    const options: zlib.ZlibOptions = {
      level: 1,
      finishFlush: flush,
      dictionary: this.window ? this.buffer.subarray(0, this.window) : undefined,
      // Room for the whole chunk deflated, so zlib makes it in one go (even text that does not compress).
      chunkSize: Math.max(text.length + (text.length >> 8) + 64, 1024),
    };
    // The last 32 KB written are the next chunk's dictionary; the buffer is used again unless a
    // job on zlib's threads still reads it.
    const keep = Math.min(WINDOW, this.length);
    if (this.jobs) {
      const job = new Promise<Buffer>((resolve, reject) => zlib.deflateRaw(text, options, (e, out) => (e ? reject(e) : resolve(out))));
      // Awaited by deflatingInBackground even when the patch stops before its end.
      this.jobs.push(job);
      this.deflated.push(job);
      const next = Buffer.allocUnsafe(this.buffer.length) as Utf8Buffer;
      this.buffer.copy(next, 0, this.length - keep, this.length);
      this.buffer = next;
    } else {
      this.deflated.push(zlib.deflateRawSync(text, options));
      this.buffer.copyWithin(0, this.length - keep, this.length);
    }
    this.window = keep;
    this.length = keep;
  }
}

/** A part whose chunks are deflated on zlib's threads: its bytes are there once `done` has settled. */
class BackgroundPart implements DeflatedPart {
  private bytes?: Buffer;
  readonly done: Promise<void>;

  constructor(
    readonly size: number,
    readonly crc: number,
    chunks: Promise<Buffer[]>,
  ) {
    this.done = chunks.then((parts) => {
      this.bytes = Buffer.concat(parts);
    });
  }

  get stored(): Uint8Array {
    if (!this.bytes) throw new Error("A part was read before its deflating finished: the refresh must be awaited (deflatingInBackground).");
    return this.bytes;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
