import JSZip from "jszip";
import * as zlib from "node:zlib";
import { FFLATE } from "../../src/files/fflate-codec";
import { NODE_ZLIB } from "../../src/node/node-files";
import { crc32, entryBytes, readZip, usePlatformCodec, writeZip } from "../../src/files/zip";

// The zip container: what is written is read back by another zip reader with its checksums checked,
// unchanged entries keep their stored bytes, and the same parts always give the same bytes.

const text = (s: string) => new TextEncoder().encode(s);

test("our CRC-32 and Node's agree, so the command line may use Node's", () => {
  const nodeCrc = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
  for (const sample of [new Uint8Array(0), text("Green"), Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 251)]) {
    if (nodeCrc) expect(crc32(sample)).toBe(nodeCrc(sample));
  }
  expect(crc32(text("123456789"))).toBe(0xcbf43926); // the standard check value
});

test("the command line's deflate and checksum in one pass are the very bytes and sum of the two apart", () => {
  const sheet = text(Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Amélioré 💷</t></is></c></row>`).join(""));
  for (const content of [new Uint8Array(0), text("Green"), sheet]) {
    const summed = NODE_ZLIB.deflateSummed!(content)!;
    expect(Buffer.from(summed.stored).equals(Buffer.from(NODE_ZLIB.deflate(content)))).toBe(true);
    expect(summed.crc).toBe(crc32(content));
  }
  // And so the zip the command line writes is the one it wrote before, byte for byte.
  usePlatformCodec({ ...NODE_ZLIB, deflateSummed: undefined });
  const apart = writeZip([{ name: "xl/worksheets/sheet1.xml", content: sheet }]);
  usePlatformCodec(NODE_ZLIB);
  expect(Buffer.from(writeZip([{ name: "xl/worksheets/sheet1.xml", content: sheet }])).equals(Buffer.from(apart))).toBe(true);
});

// The page compresses with fflate, the command line with Node's zlib: each must give a zip others read.
test.each([
  ["fflate", FFLATE],
  ["Node's zlib", NODE_ZLIB],
])("a zip written with %s reads back with checked CRCs; a copied entry keeps its stored bytes; the bytes repeat", async (_, codec) => {
  usePlatformCodec(codec);
  const source = writeZip([{ name: "a.xml", content: text("<a>".repeat(1000)) }, { name: "b.bin", content: Uint8Array.of(1, 2, 3) }]);
  const [a, b] = readZip(source);
  const copy = () => writeZip([{ name: "a.xml", entry: a }, { name: "c/ü.xml", content: text("<c/>") }, { name: "b.bin", entry: b }]);
  const out = copy();
  expect(Buffer.from(out).equals(Buffer.from(copy()))).toBe(true);
  const zip = await JSZip.loadAsync(out, { checkCRC32: true });
  expect(Object.keys(zip.files)).toEqual(["a.xml", "c/ü.xml", "b.bin"]);
  expect(await zip.file("a.xml")!.async("string")).toBe("<a>".repeat(1000));
  expect(Buffer.from(readZip(out)[0].stored).equals(Buffer.from(a.stored))).toBe(true);
  expect(new TextDecoder().decode(entryBytes(readZip(out)[1]))).toBe("<c/>");
});
