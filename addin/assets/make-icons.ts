// Draws the add-in's ribbon and manifest icons as PNGs, so they can be remade at any size without an
// image editor: `npx tsx addin/assets/make-icons.ts`. The glyph is a scorecard: a dark green tile
// holding three status bars (green, amber, red), longest first, as a RAG rating reads.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];

const TILE: Rgba = [0x21, 0x73, 0x46, 255];
const BARS: { colour: Rgba; length: number }[] = [
  { colour: [0x8e, 0xe0, 0x9a, 255], length: 1 },
  { colour: [0xff, 0xd2, 0x5c, 255], length: 0.72 },
  { colour: [0xff, 0x8a, 0x80, 255], length: 0.46 },
];

function draw(size: number): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const set = (x: number, y: number, c: Rgba) => px.set(c, (y * size + x) * 4);
  const radius = Math.max(1, Math.round(size * 0.14));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Rounded corners: skip pixels outside the corner circles.
      const cx = Math.min(Math.max(x, radius), size - 1 - radius);
      const cy = Math.min(Math.max(y, radius), size - 1 - radius);
      if ((x - cx) ** 2 + (y - cy) ** 2 <= radius * radius) set(x, y, TILE);
    }
  }
  const margin = Math.max(2, Math.round(size * 0.19));
  const bar = Math.max(2, Math.round(size * 0.15));
  const gap = Math.max(1, Math.round(size * 0.09));
  const top = Math.floor((size - (3 * bar + 2 * gap)) / 2);
  const width = size - 2 * margin;
  BARS.forEach(({ colour, length }, i) => {
    const y0 = top + i * (bar + gap);
    const x1 = margin + Math.max(2, Math.round(width * length));
    for (let y = y0; y < y0 + bar; y++) for (let x = margin; x < x1; x++) set(x, y, colour);
  });
  return png(size, px);
}

function png(size: number, rgba: Buffer): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(__dirname, `icon-${size}.png`), draw(size));
