import ExcelJS from "exceljs";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import * as engine from "../../src/engine";
import { editedSample, runCli, SAMPLE, tempDir } from "./run-cli";

// The command line at the edges a user meets: a path written another way, a sheet used to its last
// column, a fault of ours, a folder that cannot be written, partnership names that are not file names.

function expectOnePlainSentence(stderr: string): void {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |TypeError|Cannot read properties|undefined/);
}

/** Renames a partnership in every cell that names it (scorecard, Partnerships, Commentary). */
function rename(book: ExcelJS.Workbook, from: string, to: string): void {
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === from) cell.value = to;
    }));
  }
}

describe("refresh", () => {
  test("--out ./book.xlsx beside book.xlsx is the same file: refused, and the book is untouched", async () => {
    const dir = tempDir();
    await fs.copyFile(SAMPLE, path.join(dir, "book.xlsx"));
    const before = await fs.readFile(path.join(dir, "book.xlsx"));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const out of ["./book.xlsx", "book.xlsx", path.join("sub", "..", "book.xlsx")]) {
        const r = await runCli(["refresh", "book.xlsx", "--out", out]);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe("Give --out a different file from the workbook you read: the original is never written to.\n");
      }
    } finally {
      process.chdir(cwd);
    }
    expect(await fs.readFile(path.join(dir, "book.xlsx"))).toEqual(before);
    expect(await fs.readdir(dir)).toEqual(["book.xlsx"]);
  });

  test("a cell in column XFD: an error at that cell and nothing written, not '16385 is out of bounds'", async () => {
    const dir = tempDir();
    const book = await editedSample(dir, "wide.xlsx", (b) => (b.getWorksheet("LAA Scorecard")!.getCell("XFD40").value = "stray"));
    const r = await runCli(["refresh", book, "--out", path.join(dir, "out.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("'LAA Scorecard'!XFD40");
    expect(r.stdout).not.toMatch(/out of bounds/);
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  test("the summary sheet keeps the place the user moved it to when a refresh rebuilds it", async () => {
    const dir = tempDir();
    const once = path.join(dir, "once.xlsx");
    expect((await runCli(["refresh", SAMPLE, "--out", once])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(once);
    (book.getWorksheet("Partnership Summary") as unknown as { orderNo: number }).orderNo = -1; // moved to the front
    const moved = path.join(dir, "moved.xlsx");
    await book.xlsx.writeFile(moved);
    const order = (await readSheetNames(moved));
    expect(order[0]).toBe("Partnership Summary");
    const twice = path.join(dir, "twice.xlsx");
    expect((await runCli(["refresh", moved, "--out", twice])).code).toBe(0);
    expect(await readSheetNames(twice)).toEqual(order);
  });
});

async function readSheetNames(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.worksheets.map((s) => s.name);
}

describe("a fault of ours", () => {
  test("a library's TypeError is one plain sentence on standard error (exit 2), never its raw text", async () => {
    const spy = jest.spyOn(engine, "analyse").mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
    });
    try {
      const r = await runCli(["validate", SAMPLE]);
      expect(r.code).toBe(2);
      expectOnePlainSentence(r.stderr);
      expect(r.stderr).toMatch(/^LAA Scorecard met a fault of its own, not a problem with your workbook, so it stopped and nothing was written\./);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("annual-review", () => {
  (existsSync("/proc/self") ? test : test.skip)("--out under a folder that takes no new files (/proc) fails at once with one sentence", async () => {
    const r = await runCli(["annual-review", SAMPLE, "--out", "/proc/laa/reviews"]);
    expect(r.code).toBe(2);
    expectOnePlainSentence(r.stderr);
    expect(r.stderr).toMatch(/^Cannot write into "\/proc"/);
    expect(r.stdout).toBe(""); // before the workbook was even read
  });

  test("partnership names that are not safe file names give safe, distinct file names, all written", async () => {
    const dir = tempDir();
    const long = "安全社区伙伴关系".repeat(40);
    const book = await editedSample(dir, "names.xlsx", (b) => {
      rename(b, "Safer Essex", "CON");
      rename(b, "Sustainable Essex", ".Sustainable Essex...");
      rename(b, "Greater Essex Prosperity Forum (GEPF)", long);
      rename(b, "2012 Olympics/Paralympic Games", "AUX.x");
    });
    const out = path.join(dir, "reviews");
    const r = await runCli(["annual-review", book, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const names = (await fs.readdir(out)).sort();
    expect(names).toHaveLength(6);
    expect(names).toEqual(expect.arrayContaining(["CON_ annual review Q2 2009-10.docx", "Sustainable Essex annual review Q2 2009-10.docx", "AUX_.x annual review Q2 2009-10.docx"]));
    const chinese = names.find((n) => n.startsWith("安全"))!;
    expect(Buffer.byteLength(chinese)).toBeLessThanOrEqual(255);
    expect(names.every((n) => !n.startsWith(".") && !/[. ]\.docx$/.test(n))).toBe(true);
  });
});
