import { mkdtempSync, promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { patchSheet, patchSheetUtf8 } from "../../src/files/sheet-patch";
import { FileProblem, readBookFile, sameFile, writeFileAtomically } from "../../src/node/node-files";

// The module itself, whose functions node-files calls, for a disk that fails.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs = require("node:fs") as typeof import("node:fs");

// Writing goes through a temporary file and a rename: a failed write leaves neither a partial
// workbook nor a stray temporary file, and the message is one plain sentence.

describe("writing a workbook file", () => {
  test("a write that cannot finish leaves nothing behind", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "laa-files-"));
    const target = path.join(dir, "refreshed.xlsx");
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, "keep.txt"), "a folder in the way");
    await expect(writeFileAtomically(target, new Uint8Array([1, 2, 3]))).rejects.toThrow(FileProblem);
    expect((await fs.readdir(dir)).sort()).toEqual(["refreshed.xlsx"]);
    expect(await fs.readdir(target)).toEqual(["keep.txt"]);
  });

  test("a disk that fails the write and then its clean-up is still one plain sentence", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "laa-files-"));
    const target = path.join(dir, "refreshed.xlsx");
    // A network share that drops in the middle: both calls fail with the same error.
    const failing = () => {
      throw Object.assign(new Error("EIO: i/o error"), { code: "EIO" });
    };
    const write = jest.spyOn(nodeFs, "writeFileSync").mockImplementation(failing);
    const remove = jest.spyOn(nodeFs, "rmSync").mockImplementation(failing);
    try {
      const error = await writeFileAtomically(target, new Uint8Array([1, 2, 3])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileProblem);
      expect((error as Error).message).toContain(`"${target}"`);
      expect(remove).toHaveBeenCalled();
    } finally {
      write.mockRestore();
      remove.mockRestore();
    }
  });

  test("a write replaces an older file whole", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "laa-files-"));
    const target = path.join(dir, "refreshed.xlsx");
    await fs.writeFile(target, "older and longer content");
    await writeFileAtomically(target, new TextEncoder().encode("new"));
    expect(await fs.readFile(target, "utf8")).toBe("new");
    expect(await fs.readdir(dir)).toEqual(["refreshed.xlsx"]);
  });

  test("a missing file and a folder are named plainly", async () => {
    await expect(readBookFile("/no/such/book.xlsx")).rejects.toThrow('There is no file "/no/such/book.xlsx".');
    await expect(readBookFile(tmpdir())).rejects.toThrow(/is a folder, not a workbook file/);
  });

  test("a failure without a sentence of its own is said in words, not by its code", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "laa-files-"));
    const target = path.join(dir, "refreshed.xlsx");
    const write = jest.spyOn(nodeFs, "writeFileSync").mockImplementation(() => {
      throw Object.assign(new Error("EIO: i/o error"), { code: "EIO" });
    });
    try {
      await expect(writeFileAtomically(target, new Uint8Array([1]))).rejects.toThrow(`Could not write "${target}" (the disk could not be read or written).`);
    } finally {
      write.mockRestore();
    }
    const loop = path.join(dir, "loop.xlsx");
    await fs.symlink(loop, loop);
    await expect(readBookFile(loop)).rejects.toThrow(`Could not read "${loop}" (a link on the way leads round in a circle).`);
  });

  test("the same file reached by another path is recognised", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "laa-files-"));
    const file = path.join(dir, "book.xlsx");
    await fs.writeFile(file, "x");
    await fs.symlink(file, path.join(dir, "link.xlsx"));
    expect(await sameFile(file, path.join(dir, "link.xlsx"))).toBe(true);
    expect(await sameFile(file, path.join(dir, "sub", "..", "book.xlsx"))).toBe(true);
    expect(await sameFile(file, path.join(dir, "other.xlsx"))).toBe(false);
  });
});

describe("a patched sheet written as UTF-8 into Node's buffer", () => {
  test("is the patched text, also beyond ASCII and far beyond the room first made for it", () => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1" spans="1:1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const cells = Array.from({ length: 20_000 }, (_, i) => ({ value: i % 2 ? "Amélioré 💷" : "Détérioré" }));
    const columns = [{ column: 2, firstRow: 1, cells }];
    const bytes = patchSheetUtf8(xml, [], (s) => s, columns).bytes;
    expect(Buffer.isBuffer(bytes)).toBe(true); // this file's import of node-files registered the buffer
    expect(new TextDecoder().decode(bytes)).toBe(patchSheet(xml, [], (s) => s, columns).xml);
  });
});
