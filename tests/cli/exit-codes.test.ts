import { promises as fs } from "node:fs";
import * as path from "node:path";
import { editedSample, runCli, SAMPLE, tempDir } from "./run-cli";

// Exit status per the CLI spec: 0 done (warnings allowed), 1 the workbook has errors and nothing was
// written, 2 the command could not run, with one plain sentence and no stack trace.

function expectOnePlainSentence(stderr: string): void {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:|TypeError/);
}

describe("exit 2: the command could not run", () => {
  const dir = tempDir();

  test("no such file", async () => {
    const r = await runCli(["validate", path.join(dir, "missing.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^There is no file ".*missing\.xlsx"\.\n$/);
    expect(r.stdout).toBe("");
  });

  test("a text file renamed .xlsx", async () => {
    const file = path.join(dir, "notes.xlsx");
    await fs.writeFile(file, "Ref,Indicator\nNI 151,Employment rate\n");
    const r = await runCli(["refresh", file, "--out", path.join(dir, "out.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('"notes.xlsx" is not an Excel workbook (.xlsx).\n');
    await expect(fs.access(path.join(dir, "out.xlsx"))).rejects.toThrow();
  });

  test.each([
    [[], /^Name a command/],
    [["summarise", SAMPLE], /^Unknown command "summarise"/],
    [["validate"], /^Name the workbook to read/],
    [["validate", SAMPLE, "--colour"], /^Unknown option --colour/],
    [["refresh", SAMPLE], /^Give --out/],
    [["refresh", SAMPLE, "--out"], /^--out needs a value/],
    [["refresh", SAMPLE, "--out", "refreshed.xlsm"], /ending in \.xlsx/],
    [["refresh", SAMPLE, "--out", SAMPLE], /different file from the workbook you read/],
    [["refresh", SAMPLE, "--out", "/no/such/folder/out.xlsx"], /folder "\/no\/such\/folder" does not exist/],
  ])("bad arguments %j", async (args, message) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expectOnePlainSentence(r.stderr);
  });

  test("run as a program: one sentence on stderr, exit 2, no stack trace", async () => {
    const { spawnSync } = await import("node:child_process");
    const root = path.join(__dirname, "..", "..");
    const r = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["src/cli/main.ts", "validate", "nowhere.xlsx"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('There is no file "nowhere.xlsx".\n');
    expect(r.stdout).toBe("");
  }, 20000);

  test("under npm run, a relative path is the user's, from the folder npm was run in", async () => {
    // npm runs scripts in the project folder and says where the user was in INIT_CWD: "book.xlsx"
    // typed in the user's folder must not be looked for in the project.
    const { spawnSync } = await import("node:child_process");
    const { copyFileSync } = await import("node:fs");
    const root = path.join(__dirname, "..", "..");
    const dir = tempDir();
    copyFileSync(SAMPLE, path.join(dir, "book.xlsx"));
    const r = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["src/cli/main.ts", "validate", "book.xlsx", "--json"], {
      cwd: root,
      env: { ...process.env, INIT_CWD: dir },
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
  }, 20000);
});

describe("exit 0 and 1: the workbook was read", () => {
  test("the sample validates with warnings only", async () => {
    const r = await runCli(["validate", SAMPLE]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Warnings \(\d+\)/m);
    expect(r.stdout).not.toMatch(/^Errors/m);
    expect(r.stdout).toMatch(/Partnership summary, Q2 2009\/10/);
  });

  test("a duplicated ref is an error: refresh exits 1 and writes nothing", async () => {
    const dir = tempDir();
    const broken = await editedSample(dir, "broken.xlsx", (book) => {
      book.getWorksheet("LAA Scorecard")!.getCell("A6").value = "NI 20"; // NI 20 is already in A5
    });
    const out = path.join(dir, "out.xlsx");
    const r = await runCli(["refresh", broken, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Errors \(\d+\)/m);
    expect(r.stdout).toMatch(/'LAA Scorecard'!A6/);
    expect(r.stdout).toMatch(/Nothing was written/);
    await expect(fs.access(out)).rejects.toThrow();
    expect((await fs.readdir(dir)).sort()).toEqual(["broken.xlsx"]);

    const json = await runCli(["refresh", broken, "--out", out, "--json"]);
    expect(json.code).toBe(1);
    const errors = JSON.parse(json.stdout).findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors).toContainEqual(expect.objectContaining({ sheet: "LAA Scorecard", cell: "A6" }));
    await expect(fs.access(out)).rejects.toThrow();
  });

  test("a user's own Partnership Summary sheet: exit 1, nothing written", async () => {
    const dir = tempDir();
    const book = await editedSample(dir, "own-summary.xlsx", (b) => {
      b.addWorksheet("Partnership Summary").getCell("A1").value = "Our own summary for the Board";
    });
    const out = path.join(dir, "out.xlsx");
    const r = await runCli(["refresh", book, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/'Partnership Summary'!A1/);
    await expect(fs.access(out)).rejects.toThrow();
  });
});
