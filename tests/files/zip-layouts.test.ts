import { deflateRawSync } from "node:zlib";
import { crc32, entryBytes, readZip, writeZip } from "../../src/files/zip";
import "../../src/files"; // registers the codec the page uses (fflate)

// Zip archives as other tools write them, built here byte by byte: extra fields (which may differ
// between the local and the central header), comments on entries and on the archive, zip64 records,
// names flagged as UTF-8. Each must read to the same parts.

interface Spec {
  name: string;
  content: string;
  /** Name bytes as stored, and the general-purpose flags (bit 11: UTF-8). */
  nameBytes?: Uint8Array;
  flags?: number;
  localExtra?: Uint8Array;
  centralExtra?: Uint8Array;
  comment?: string;
  /** Write sizes and offset as 0xFFFFFFFF with a zip64 extra field holding them. */
  zip64?: boolean;
}

const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number) => [...u32(n), ...u32(Math.floor(n / 2 ** 32))];
const bytes = (s: string) => new TextEncoder().encode(s);
/** An extra field of an id the reader must step over (0x5455 extended timestamp, as Info-ZIP writes). */
const timestamp = (length: number) => Uint8Array.from([...u16(0x5455), ...u16(length), ...new Array(length).fill(7)]);

function build(specs: Spec[], options: { archiveComment?: string; zip64End?: boolean } = {}): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  for (const s of specs) {
    const data = bytes(s.content);
    const stored = deflateRawSync(data);
    const name = s.nameBytes ?? bytes(s.name);
    const offset = out.length;
    const big = s.zip64 ?? false;
    const local64 = big ? [...u16(1), ...u16(16), ...u64(data.length), ...u64(stored.length)] : [];
    const localExtra = [...local64, ...(s.localExtra ?? [])];
    out.push(...u32(0x04034b50), ...u16(big ? 45 : 20), ...u16(s.flags ?? 0), ...u16(8), ...u16(0), ...u16(0x21));
    out.push(...u32(crc32(data)), ...u32(big ? 0xffffffff : stored.length), ...u32(big ? 0xffffffff : data.length));
    out.push(...u16(name.length), ...u16(localExtra.length), ...name, ...localExtra, ...stored);
    const central64 = big ? [...u16(1), ...u16(24), ...u64(data.length), ...u64(stored.length), ...u64(offset)] : [];
    const centralExtra = [...(s.centralExtra ?? []), ...central64]; // another field first: the reader must step over it
    const comment = bytes(s.comment ?? "");
    central.push(...u32(0x02014b50), ...u16(big ? 45 : 20), ...u16(big ? 45 : 20), ...u16(s.flags ?? 0), ...u16(8), ...u16(0), ...u16(0x21));
    central.push(...u32(crc32(data)), ...u32(big ? 0xffffffff : stored.length), ...u32(big ? 0xffffffff : data.length));
    central.push(...u16(name.length), ...u16(centralExtra.length), ...u16(comment.length), ...u16(0), ...u16(0), ...u32(0));
    central.push(...u32(big ? 0xffffffff : offset), ...name, ...centralExtra, ...comment);
  }
  const directoryAt = out.length;
  out.push(...central);
  const archiveComment = bytes(options.archiveComment ?? "");
  if (options.zip64End) {
    const recordAt = out.length;
    out.push(...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0));
    out.push(...u64(specs.length), ...u64(specs.length), ...u64(central.length), ...u64(directoryAt));
    out.push(...u32(0x07064b50), ...u32(0), ...u64(recordAt), ...u32(1));
    out.push(...u32(0x06054b50), ...u16(0xffff), ...u16(0xffff), ...u16(0xffff), ...u16(0xffff), ...u32(0xffffffff), ...u32(0xffffffff));
  } else {
    out.push(...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(specs.length), ...u16(specs.length), ...u32(central.length), ...u32(directoryAt));
  }
  out.push(...u16(archiveComment.length), ...archiveComment);
  return Uint8Array.from(out);
}

const contents = (zip: Uint8Array) => readZip(zip).map((e) => [e.name, new TextDecoder().decode(entryBytes(e))]);
const PARTS: Spec[] = [
  { name: "[Content_Types].xml", content: "<Types/>" },
  { name: "xl/workbook.xml", content: "<workbook>" + "x".repeat(300) + "</workbook>" },
];

test("extra fields of different lengths in the local and central headers are stepped over", () => {
  const zip = build(PARTS.map((p, i) => ({ ...p, localExtra: timestamp(5 + i * 4), centralExtra: timestamp(9) })));
  expect(contents(zip)).toEqual(PARTS.map((p) => [p.name, p.content]));
});

test("a comment on each entry and on the archive is stepped over", () => {
  const zip = build(PARTS.map((p) => ({ ...p, comment: "saved by a tool that comments" })), { archiveComment: "archive comment PK\u0005\u0006 with a signature in it" });
  expect(contents(zip)).toEqual(PARTS.map((p) => [p.name, p.content]));
});

test("a zip64 archive (sizes, offsets and the entry count in zip64 records) reads the same", () => {
  const zip = build(PARTS.map((p) => ({ ...p, zip64: true, centralExtra: timestamp(5) })), { zip64End: true });
  expect(contents(zip)).toEqual(PARTS.map((p) => [p.name, p.content]));
});

test("a name flagged as UTF-8 reads as its characters; an unflagged ASCII name as itself", () => {
  const zip = build([
    { name: "xl/media/café.png", content: "png", flags: 0x800 },
    { name: "xl/plain.xml", content: "<a/>" },
  ]);
  expect(readZip(zip).map((e) => e.name)).toEqual(["xl/media/café.png", "xl/plain.xml"]);
});

test("a name we write with characters beyond ASCII is flagged as UTF-8 in both headers; an ASCII one is not", () => {
  const out = writeZip([{ name: "xl/ü.xml", content: bytes("<a/>") }, { name: "xl/a.xml", content: bytes("<a/>") }]);
  const view = new DataView(out.buffer);
  const flagsAt = (signature: number) => {
    const found: number[] = [];
    for (let i = 0; i + 4 <= out.length; i++) if (view.getUint32(i, true) === signature) found.push(view.getUint16(i + (signature === 0x04034b50 ? 6 : 8), true));
    return found;
  };
  expect(flagsAt(0x04034b50)).toEqual([0x800, 0]);
  expect(flagsAt(0x02014b50)).toEqual([0x800, 0]);
  expect(readZip(out).map((e) => e.name)).toEqual(["xl/ü.xml", "xl/a.xml"]);
});
