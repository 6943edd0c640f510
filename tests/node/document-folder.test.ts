import { existsSync, mkdtempSync, promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkFolderTarget, writeFilesIntoFolder } from "../../src/node/document-folder";
import { FileProblem } from "../../src/node/node-files";

// A command's documents are written all or none: into a folder beside the target, moved in only
// when every one was written. A failure leaves the target as it was.

const bytes = (text: string) => new TextEncoder().encode(text);
const TOO_LONG = `${"x".repeat(300)}.docx`; // more than the 255 bytes a file name may have

describe("writing several documents into a folder", () => {
  test("a new folder (and its missing parents) gets every document at once", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "laa-docs-"));
    const out = path.join(root, "2009", "reviews");
    const written = await writeFilesIntoFolder(out, [{ fileName: "A.docx", bytes: bytes("a") }, { fileName: "B.docx", bytes: bytes("b") }]);
    expect(written).toEqual([path.join(out, "A.docx"), path.join(out, "B.docx")]);
    expect((await fs.readdir(out)).sort()).toEqual(["A.docx", "B.docx"]);
    expect(await fs.readdir(path.join(root, "2009"))).toEqual(["reviews"]); // no temporary folder left
  });

  test("a failure on the second document leaves no folder and no file behind", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "laa-docs-"));
    const out = path.join(root, "new", "reviews");
    await expect(writeFilesIntoFolder(out, [{ fileName: "A.docx", bytes: bytes("a") }, { fileName: TOO_LONG, bytes: bytes("b") }])).rejects.toThrow(FileProblem);
    expect(await fs.readdir(root)).toEqual([]); // not even the parent folder it made
  });

  test("in an existing folder, a failure puts back the documents it had replaced and leaves others alone", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "laa-docs-"));
    await fs.writeFile(path.join(out, "A.docx"), "last year's A");
    await fs.writeFile(path.join(out, "notes.txt"), "the officer's own file");
    const failing = [{ fileName: "A.docx", bytes: bytes("new A") }, { fileName: "B.docx", bytes: bytes("new B") }, { fileName: TOO_LONG, bytes: bytes("c") }];
    await expect(writeFilesIntoFolder(out, failing)).rejects.toThrow(/nothing was written/);
    expect((await fs.readdir(out)).sort()).toEqual(["A.docx", "notes.txt"]);
    expect(await fs.readFile(path.join(out, "A.docx"), "utf8")).toBe("last year's A");
    expect(await fs.readdir(path.dirname(out)).then((names) => names.filter((n) => n.startsWith(`.${path.basename(out)}.writing-`)))).toEqual([]);
  });

  test("a failure while moving the documents in puts back every document already replaced", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "laa-docs-"));
    await fs.writeFile(path.join(out, "A.docx"), "last year's A");
    await fs.writeFile(path.join(out, "B.docx"), "last year's B");
    const rename = fs.rename.bind(fs);
    // The disk refuses the third document's move, after A and B were already moved in.
    const spy = jest.spyOn(fs, "rename").mockImplementation(async (from, to) => {
      if (String(to) === path.join(out, "C.docx")) throw Object.assign(new Error("EIO"), { code: "EIO" });
      return rename(from, to);
    });
    try {
      const files = ["A", "B", "C"].map((n) => ({ fileName: `${n}.docx`, bytes: bytes(`new ${n}`) }));
      await expect(writeFilesIntoFolder(out, files)).rejects.toThrow(/nothing was written/);
    } finally {
      spy.mockRestore();
    }
    expect((await fs.readdir(out)).sort()).toEqual(["A.docx", "B.docx"]);
    expect(await fs.readFile(path.join(out, "A.docx"), "utf8")).toBe("last year's A");
    expect(await fs.readFile(path.join(out, "B.docx"), "utf8")).toBe("last year's B");
  });

  test("in an existing folder, success replaces same-named documents and keeps the rest", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "laa-docs-"));
    await fs.writeFile(path.join(out, "A.docx"), "last year's A");
    await fs.writeFile(path.join(out, "notes.txt"), "the officer's own file");
    await writeFilesIntoFolder(out, [{ fileName: "A.docx", bytes: bytes("new A") }, { fileName: "B.docx", bytes: bytes("new B") }]);
    expect((await fs.readdir(out)).sort()).toEqual(["A.docx", "B.docx", "notes.txt"]);
    expect(await fs.readFile(path.join(out, "A.docx"), "utf8")).toBe("new A");
  });
});

describe("checking --out before any work", () => {
  test("a folder that exists, or can be made, passes and nothing is left there", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "laa-docs-"));
    await checkFolderTarget(path.join(root, "a", "b"));
    expect(await fs.readdir(root)).toEqual([]);
  });

  test("a file in the way is one plain sentence", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "laa-docs-"));
    await fs.writeFile(path.join(root, "file"), "x");
    await expect(checkFolderTarget(path.join(root, "file"))).rejects.toThrow(/is a file/);
    await expect(checkFolderTarget(path.join(root, "file", "sub"))).rejects.toThrow(/part of its path is a file/);
  });

  (existsSync("/proc/self") ? test : test.skip)("a folder that takes no new files (under /proc) fails at once, in one sentence", async () => {
    await expect(checkFolderTarget("/proc/laa/reviews")).rejects.toThrow(/^Cannot write into "\/proc" \(.*\), so "\/proc\/laa\/reviews" cannot be made or written\.$/);
  });
});
