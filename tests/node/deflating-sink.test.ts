import { deflateRawSync, inflateRawSync } from "node:zlib";
import { patchSheet, patchSheetUtf8 } from "../../src/files/sheet-patch";
import { usePlatformUtf8 } from "../../src/files/text-pieces";
import { crc32, DeflatedPart } from "../../src/files/zip";
import { deflatingInBackground, DeflatingSink } from "../../src/node/deflating-sink";

// The command line deflates a patched sheet a chunk at a time as the patch writes it. Whatever the
// chunks, the part must inflate to exactly the text written, with its size and CRC-32, the chunks
// must compress as one stream would, and the bytes must be the same every time.

function written(pieces: string[], chunk: number): DeflatedPart {
  const sink = new DeflatingSink(chunk);
  for (const piece of pieces) sink.write(piece);
  return sink.finish();
}

function expectPart(part: DeflatedPart, text: string): void {
  const utf8 = Buffer.from(text, "utf8");
  const inflated = inflateRawSync(part.stored);
  // Compared as text first, so that a failure shows where.
  expect(inflated.toString("utf8")).toBe(text);
  expect(inflated.equals(utf8)).toBe(true);
  expect(part.size).toBe(utf8.length);
  expect(part.crc).toBe(crc32(utf8));
}

const ROW = (r: number) => `<row r="${r}" spans="1:15"><c r="A${r}" t="s"><v>${r}</v></c><c r="B${r}"><is><t>Amélioré 💷 €</t></is></c></row>`;

describe("a sheet deflated as it is written", () => {
  test("a part smaller than one chunk, exactly one chunk, and one chunk and a byte", () => {
    expectPart(written(["<a>", "small", "</a>"], 1024), "<a>small</a>");
    // Pieces of ten ASCII bytes into a chunk of 30: the third piece fills it exactly.
    const ten = "0123456789";
    expectPart(written([ten, ten, ten], 30), ten.repeat(3));
    expectPart(written([ten, ten, ten, "!"], 30), `${ten.repeat(3)}!`);
  });

  test("an empty part and an empty piece at the end", () => {
    expectPart(written([], 64), "");
    expectPart(written(["", "x".repeat(200), ""], 64), "x".repeat(200));
  });

  test("chunk boundaries fall between characters: two-, three- and four-byte ones, in pieces and inside one long piece", () => {
    const pieces = Array.from({ length: 300 }, (_, i) => ["é", "€", "💷", "a", "ab💷", "€€é"][i % 6]);
    for (const chunk of [6, 7, 8, 9, 10, 13, 64]) {
      expectPart(written(pieces, chunk), pieces.join(""));
      // One piece longer than a chunk is cut; a cut lands between the halves of a pair unless avoided.
      const long = `ab${"💷".repeat(40)}é€`;
      expectPart(written(["x", long, "y"], chunk), `x${long}y`);
    }
  });

  test("a chunk boundary inside a row: the patched sheet inflates to the patched text", () => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: 200 }, (_, i) => ROW(i + 1)).join("")}</sheetData></worksheet>`;
    const cells = Array.from({ length: 200 }, (_, i) => ({ value: i % 3 ? "Green" : "Détérioré 💷" }));
    const columns = [{ column: 16, firstRow: 1, cells }];
    for (const chunk of [97, 1000, 4096]) {
      usePlatformUtf8(() => new DeflatingSink(chunk));
      const { content } = patchSheetUtf8(xml, [], (s) => s, columns);
      if (!("stored" in content)) throw new Error("the sheet was not deflated as it was written");
      expectPart(content, patchSheet(xml, [], (s) => s, columns).xml);
    }
  });

  test("each chunk refers back to the text before it, so many chunks compress as well as one stream", () => {
    // 20 KB that hardly compresses, repeated: one stream refers back to the first copy; each of the
    // thirteen chunks deflated without the text before it would hold the block again (ten times larger).
    let seed = 7;
    const block = Array.from({ length: 20_000 }, () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26))).join("");
    const text = block.repeat(40);
    const part = written(Array.from({ length: 400 }, (_, i) => text.slice(i * 2000, (i + 1) * 2000)), 64 * 1024);
    expectPart(part, text);
    const whole = deflateRawSync(Buffer.from(text), { level: 1 }).length;
    expect(part.stored.length).toBeLessThan(whole * 2);
  });

  test("the same text gives the same bytes, deflated here or on zlib's threads", async () => {
    const pieces = Array.from({ length: 3000 }, (_, i) => ROW(i + 1));
    const here = written(pieces, 16 * 1024);
    expect(Buffer.from(written(pieces, 16 * 1024).stored).equals(Buffer.from(here.stored))).toBe(true);
    let pending: DeflatedPart | undefined;
    const returned = await deflatingInBackground(() => {
      pending = written(pieces, 16 * 1024);
      // Not there until the deflating is awaited: a zip written now would be wrong.
      expect(() => pending!.stored).toThrow(/before its deflating finished/);
      return "done";
    });
    expect(returned).toBe("done");
    expectPart(pending!, pieces.join(""));
    expect(Buffer.from(pending!.stored).equals(Buffer.from(here.stored))).toBe(true);
    // Outside it, sinks deflate where they are written again.
    expect(() => written(["x"], 64).stored).not.toThrow();
  });

  test("an error in the work still waits for the deflating it started, then is the error seen", async () => {
    let pending: DeflatedPart | undefined;
    await expect(
      deflatingInBackground(() => {
        pending = written([ROW(1), ROW(2)], 64);
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expectPart(pending!, ROW(1) + ROW(2));
  });
});
