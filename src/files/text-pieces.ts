import type { DeflatedPart } from "./zip";

// The patched text of a sheet, built from the old one in order: stretches of the old text copied (as
// slices, which share the old text's characters), new text added. As a string (patchSheet) or straight
// into UTF-8 (patchSheetUtf8, what a refresh writes), so a big sheet's 7 MB of text is never one string.

/** A replacement of old[start, end) by text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Where UTF-8 text goes as it is made. */
export interface Utf8Sink {
  write(text: string): void;
  /** The text written, as UTF-8; or deflated already for the zip, where the platform deflates as it goes. */
  finish(): Uint8Array | DeflatedPart;
}

let platformSink: ((capacity: number) => Utf8Sink) | undefined;

/**
 * The command line writes UTF-8 straight into Node's buffers, piece by piece, and deflates each full
 * buffer at once (src/node/deflating-sink): joining the pieces into strings first allocated 7 MB on a
 * 10,000-row sheet, and the collection that set off cost 8 to 11 ms of a refresh.
 */
export function usePlatformUtf8(make: (capacity: number) => Utf8Sink): void {
  platformSink = make;
}

export abstract class PatchedText {
  /** Where the old text not yet copied starts. */
  private last = 0;

  constructor(protected readonly xml: string) {}

  abstract push(text: string): void;

  /** Copies the old text up to `position`. */
  copyTo(position: number): void {
    if (position > this.last) this.push(this.xml.slice(this.last, position));
    this.last = Math.max(this.last, position);
  }

  /** Leaves out the old text up to `position` (it was replaced). */
  skipTo(position: number): void {
    this.last = position;
  }

  edit(e: Edit): void {
    this.copyTo(e.start);
    this.push(e.text);
    this.skipTo(e.end);
  }
}

/**
 * The new text as a string. The pieces are joined every few hundred, so the many small strings of a big
 * sheet's rows die young instead of all living to the end (the garbage collector copies every survivor,
 * and on a 10,000-row sheet that copying cost more than the patching).
 */
export class TextPieces extends PatchedText {
  private readonly pieces = new Pieces((chunk) => this.chunks.push(chunk));
  private readonly chunks: string[] = [];

  push(text: string): void {
    this.pieces.push(text);
  }

  finish(): string {
    this.copyTo(this.xml.length);
    this.pieces.flush();
    return this.chunks.join("");
  }
}

/** The new text as UTF-8, written as it is made. */
export class Utf8Text extends PatchedText {
  private readonly sink: Utf8Sink;

  constructor(xml: string) {
    super(xml);
    // Room for the old text twice over: a refresh's new cells add about 40% to a scorecard sheet.
    const capacity = xml.length * 2 + 65_536;
    this.sink = platformSink ? platformSink(capacity) : new EncodedPieces(capacity);
  }

  push(text: string): void {
    this.sink.write(text);
  }

  finish(): Uint8Array | DeflatedPart {
    this.copyTo(this.xml.length);
    return this.sink.finish();
  }
}

/**
 * Strings joined a few hundred at a time. Chunks of 256 pieces (some 60 rows, 40 KB) patched the
 * 10,000-row sheet some 15 ms sooner than chunks of 2,048, and as fast as chunks of 64.
 */
class Pieces {
  private readonly pieces: string[] = [];

  constructor(private readonly chunk: (text: string) => void) {}

  push(text: string): void {
    this.pieces.push(text);
    if (this.pieces.length >= 256) this.flush();
  }

  flush(): void {
    this.chunk(this.pieces.join(""));
    this.pieces.length = 0;
  }
}

/** UTF-8 by the standard TextEncoder (in the browser): each joined chunk is encoded at once and dies young. */
class EncodedPieces implements Utf8Sink {
  private buffer: Uint8Array;
  private length = 0;
  private readonly encoder = new TextEncoder();
  private readonly pieces = new Pieces((chunk) => this.encode(chunk));

  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  write(text: string): void {
    this.pieces.push(text);
  }

  finish(): Uint8Array {
    this.pieces.flush();
    return this.buffer.subarray(0, this.length);
  }

  private encode(text: string): void {
    for (;;) {
      // A chunk ends between pieces, never inside a character; encodeInto stops before one that does not fit.
      const { read, written } = this.encoder.encodeInto(text, this.buffer.subarray(this.length));
      this.length += written;
      if (read === text.length) return;
      text = text.slice(read);
      const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + text.length * 3));
      bigger.set(this.buffer.subarray(0, this.length));
      this.buffer = bigger;
    }
  }
}
