import { execFileSync, spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { scorecardBook } from "../files/books/scorecard-book";
import { runCli, SAMPLE, tempDir } from "./run-cli";

const ROOT = path.join(__dirname, "..", "..");

/**
 * The command from the sources in a process of its own, killed after a minute: for a read that could wait
 * for ever. One process (tsx as a loader), killed outright: a read waiting in Node's thread pool holds up
 * an exit, and tsx's own launcher only passes a signal on.
 */
function runApart(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000, killSignal: "SIGKILL" });
}

// Files that are not what a workbook path should be, each answered at once in one plain sentence: a pipe (a read would wait for ever), a device, a link that leads round in a circle, a part
// that would inflate past any real workbook, a read-only --out, a book or --out open in Excel.

function expectOnePlainSentence(stderr: string): void {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error|ELOOP|EISDIR|errno/);
}

/** The sample with one entry's declared (inflated) size in the central directory set to `size`. */
async function withDeclaredSize(dir: string, part: string, size: number): Promise<string> {
  const bytes = new Uint8Array(await fs.readFile(SAMPLE));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = new TextEncoder().encode(part);
  let found = false;
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    if (length === name.length && name.every((b, k) => bytes[i + 46 + k] === b)) {
      view.setUint32(i + 24, size, true);
      found = true;
    }
  }
  expect(found).toBe(true);
  const file = path.join(dir, "bomb.xlsx");
  await fs.writeFile(file, bytes);
  return file;
}

describe("a book path that is not a file", () => {
  test("a pipe is refused at once, not read (which would wait for ever)", () => {
    const dir = tempDir();
    const pipe = path.join(dir, "book.xlsx");
    execFileSync("mkfifo", [pipe]);
    // A read of a pipe waits for a writer that never comes. The read is synchronous, so in this process
    // it would stop the test's own clock too: the command runs in a process of its own, with a time limit.
    const r = runApart(["validate", pipe]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`"${pipe}" is a pipe, not a workbook file; give the path of an .xlsx file.\n`);
  }, 90_000);

  test("a device is refused in one sentence", () => {
    // Read, /dev/zero never ends: apart, with a time limit, so a regression fails this test instead of
    // filling the test runner's memory.
    const r = runApart(["validate", "/dev/zero"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('"/dev/zero" is a device, not a workbook file; give the path of an .xlsx file.\n');
  }, 90_000);

  test("a link that leads round in a circle is one sentence, not an error code", async () => {
    const dir = tempDir();
    await fs.symlink(path.join(dir, "b.xlsx"), path.join(dir, "a.xlsx"));
    await fs.symlink(path.join(dir, "a.xlsx"), path.join(dir, "b.xlsx"));
    const r = await runCli(["validate", path.join(dir, "a.xlsx")]);
    expect(r.code).toBe(2);
    expectOnePlainSentence(r.stderr);
    expect(r.stderr).toContain("is a link that leads round in a circle");
  });
});

describe("a return that is not a file", () => {
  test("a pipe or a device given to merge-returns is a finding at once, not read for ever", () => {
    const dir = tempDir();
    const pipe = path.join(dir, "Safer Essex return.xlsx");
    execFileSync("mkfifo", [pipe]);
    const r = runApart(["merge-returns", SAMPLE, pipe, "/dev/null", "--out", path.join(dir, "merged.xlsx")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`error   Safer Essex return.xlsx: "${pipe}" is a pipe, not a workbook file; give the path of an .xlsx file. Nothing was taken from it.\n`);
    expect(r.stdout).toContain('error   null: "/dev/null" is a device, not a workbook file; give the path of an .xlsx file. Nothing was taken from it.\n');
  }, 90_000);
});

describe("a --template that is not a file", () => {
  test("a pipe or a device is refused at once, not read for ever", () => {
    const dir = tempDir();
    const pipe = path.join(dir, "minutes.docx");
    execFileSync("mkfifo", [pipe]);
    for (const [template, what] of [[pipe, "a pipe"], ["/dev/null", "a device"]]) {
      const r = runApart(["minutes", SAMPLE, "--out", path.join(dir, "out.docx"), "--template", template]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`"${template}" is ${what}, not a Word template (.docx).\n`);
    }
  }, 150_000);

  test("a link that leads round in a circle is said so, not called missing", async () => {
    const dir = tempDir();
    await fs.symlink(path.join(dir, "minutes.docx"), path.join(dir, "minutes.docx"));
    const r = await runCli(["minutes", SAMPLE, "--out", path.join(dir, "out.docx"), "--template", path.join(dir, "minutes.docx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`"${path.join(dir, "minutes.docx")}" is a link that leads round in a circle to itself, not a Word template (.docx).\n`);
  });
});

describe("a part that would inflate past any real workbook", () => {
  test("a sheet declaring 600 MB is refused in one sentence, before anything is inflated", async () => {
    const file = await withDeclaredSize(tempDir(), "xl/worksheets/sheet1.xml", 600_000_000);
    const r = await runCli(["validate", file]);
    expect(r.code).toBe(2);
    expectOnePlainSentence(r.stderr);
    expect(r.stderr).toBe('"bomb.xlsx" holds a part (xl/worksheets/sheet1.xml) that would inflate to 600 MB, more than any real workbook holds, so it was not opened.\n');
  });

  test("a part that inflates to more than it declares is stopped at its declared size: a damaged file, in one sentence", async () => {
    const file = await withDeclaredSize(tempDir(), "xl/worksheets/sheet1.xml", 100);
    const r = await runCli(["validate", file]);
    expect(r.code).toBe(2);
    expectOnePlainSentence(r.stderr);
    expect(r.stderr).toMatch(/^"bomb\.xlsx" is damaged/);
  });
});

describe("--out that must not be replaced", () => {
  test("a read-only file is refused even though this process could replace it, and is left as it was", async () => {
    const dir = tempDir();
    const out = path.join(dir, "refreshed.xlsx");
    await fs.writeFile(out, "keep me");
    await fs.chmod(out, 0o444);
    const r = await runCli(["refresh", SAMPLE, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`"${out}" is read-only, so it was not replaced; make it writable, or give --out another file name.\n`);
    expect(await fs.readFile(out, "utf8")).toBe("keep me");
  });

  test("a file open in Excel (its ~$ owner file beside it) is refused", async () => {
    const dir = tempDir();
    const out = path.join(dir, "refreshed.xlsx");
    await fs.writeFile(path.join(dir, "~$refreshed.xlsx"), "owner");
    const r = await runCli(["refresh", SAMPLE, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('"refreshed.xlsx" is open in Excel (its owner file ~$refreshed.xlsx is beside it); close it in Excel, or give --out another file name.\n');
    await expect(fs.stat(out)).rejects.toThrow();
  });

  test("merge-returns and the group's papers refuse them as refresh does, and leave the file as it was", async () => {
    const dir = tempDir();
    for (const [command, name, app] of [["merge-returns", "merged.xlsx", "Excel"], ["minutes", "minutes.docx", "Word"], ["board-report", "board.docx", "Word"]]) {
      const out = path.join(dir, name);
      await fs.writeFile(out, "keep me");
      await fs.chmod(out, 0o444);
      const returns = command === "merge-returns" ? [SAMPLE] : [];
      const readOnly = await runCli([command, SAMPLE, ...returns, "--out", out]);
      expect(readOnly.code).toBe(2);
      expect(readOnly.stderr).toBe(`"${out}" is read-only, so it was not replaced; make it writable, or give --out another file name.\n`);
      await fs.chmod(out, 0o644);
      await fs.writeFile(path.join(dir, `~$${name}`), "owner");
      const open = await runCli([command, SAMPLE, ...returns, "--out", out]);
      expect(open.code).toBe(2);
      expect(open.stderr).toBe(`"${name}" is open in ${app} (its owner file ~$${name} is beside it); close it in ${app}, or give --out another file name.\n`);
      expect(await fs.readFile(out, "utf8")).toBe("keep me");
    }
  });
});

describe("a book open in Excel", () => {
  test("is read, with a warning that edits not yet saved are not included", async () => {
    const dir = tempDir();
    const book = path.join(dir, "scorecard.xlsx");
    await fs.copyFile(SAMPLE, book);
    await fs.writeFile(path.join(dir, "~$scorecard.xlsx"), "owner");
    const r = await runCli(["validate", book]);
    expect(r.code).not.toBe(2);
    expect(r.stderr).toContain('"scorecard.xlsx" is open in Excel (its owner file ~$scorecard.xlsx is beside it): only what was last saved is read, so edits not yet saved are not included.');
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});

describe("a digitally signed book", () => {
  test("is refreshed, with a warning that the copy is not signed", async () => {
    const d = scorecardBook();
    d.addDefault("sigs", "application/vnd.openxmlformats-package.digital-signature-origin");
    d.add("_xmlsignatures/origin.sigs", new Uint8Array(0));
    d.rel("", "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin", "_xmlsignatures/origin.sigs");
    const dir = tempDir();
    const book = path.join(dir, "signed.xlsx");
    await fs.writeFile(book, d.bytes());
    const r = await runCli(["refresh", book, "--out", path.join(dir, "refreshed.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Warning: "signed.xlsx" is digitally signed; the refreshed copy is not (a signature covers the file as it was signed), so sign it again in Excel if it must be.\n');
  });
});
