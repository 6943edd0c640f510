// The patched text of a sheet, built from the old one in order, as a string or straight into UTF-8.

/** A replacement of old[start, end) by text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The new text, built from the old one in order: stretches copied (as slices, no copy until the end),
 * new text pushed. The pieces are joined every few hundred, so the many small strings of a big sheet's
 * rows die young instead of all living to the end (the garbage collector copies every survivor, and on a
 * 10,000-row sheet that copying cost more than the patching); with `utf8`, each joined chunk is encoded
 * at once and dies young too.
 */
export class TextPieces {
  private pieces: string[] = [];
  private readonly chunks: string[] = [];
  /** Where the old text not yet copied starts. */
  private last = 0;

  constructor(
    private readonly xml: string,
    private readonly utf8?: Utf8Out,
  ) {}

  push(text: string): void {
    this.pieces.push(text);
    if (this.pieces.length >= 2048) this.flush();
  }

  push3(a: string, b: string, c: string): void {
    this.pieces.push(a, b, c);
    if (this.pieces.length >= 2048) this.flush();
  }

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

  finish(): string {
    this.copyTo(this.xml.length);
    this.flush();
    return this.chunks.join("");
  }

  finishUtf8(): Uint8Array {
    this.copyTo(this.xml.length);
    this.flush();
    return this.utf8!.bytes();
  }

  private flush(): void {
    const chunk = this.pieces.join("");
    this.pieces = [];
    if (this.utf8) this.utf8.write(chunk);
    else this.chunks.push(chunk);
  }
}

/** UTF-8 written into one buffer as it comes, grown when it must be. */
export class Utf8Out {
  private buffer: Uint8Array;
  private length = 0;
  private readonly encoder = new TextEncoder();

  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  write(text: string): void {
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

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
