import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { SAMPLE, tempDir } from "./run-cli";

// `npm run scorecard` runs the bundle with V8's code cache of the command (scripts/code-cache.cjs). The
// cache may only ever make a call faster: these calls must print what they would print without it,
// whatever state the cache is in, and run the bundle as it is now, never code cached from an older one.

const ROOT = path.join(__dirname, "..", "..");
const CODE_CACHE = path.join(ROOT, "scripts", "code-cache.cjs");

/** A stand-in bundle: some functions to compile, an answer that shows which build ran, an exit status. */
function bundleSource(answer: number): string {
  return `"use strict";
const parts = (n) => Array.from({ length: n }, (_, i) => i * ${answer});
exports.runFromCommandLine = () => {
  const status = Number(process.argv.includes("fail"));
  process.stdout.write("answer " + parts(4).join(",") + "\\n");
  process.exitCode = status;
};
`;
}

function run(bundle: string, command: string, nodeOptions = "", timeout?: number) {
  const driver = `require(${JSON.stringify(CODE_CACHE)}).loadBundle(${JSON.stringify(bundle)}, process.argv[1], (line) => process.stderr.write(line + "\\n")).runFromCommandLine()`;
  const r = spawnSync(process.execPath, ["-e", driver, command], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: nodeOptions }, timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
}

function setUp() {
  const dir = tempDir();
  const bundle = path.join(dir, "scorecard.js");
  writeFileSync(bundle, bundleSource(1));
  return { dir, bundle, caches: path.join(dir, "code-cache") };
}

test("the first call writes the command's cache and the next uses it, printing the same", () => {
  const { bundle, caches } = setUp();
  const first = run(bundle, "validate");
  expect(first).toEqual({ code: 0, stdout: "answer 0,1,2,3\n", stderr: "code cache for validate: none yet\ncode cache for validate: written" });
  expect(readdirSync(caches)).toEqual([expect.stringMatching(new RegExp(`^validate-${process.version}-${process.arch}(-[0-9a-f]+)?\\.bin$`))]);
  const second = run(bundle, "validate");
  expect(second).toEqual({ code: 0, stdout: first.stdout, stderr: "code cache for validate: used" });
});

test("calls with other Node options keep a cache of their own instead of refusing and rewriting one", () => {
  const { bundle, caches } = setUp();
  // V8 refuses a cache made under other flags: one file for both would be rewritten at every other call.
  run(bundle, "validate");
  run(bundle, "validate", "--max-old-space-size=1024");
  expect(readdirSync(caches)).toHaveLength(2);
  expect(run(bundle, "validate").stderr).toBe("code cache for validate: used");
  expect(run(bundle, "validate", "--max-old-space-size=1024").stderr).toBe("code cache for validate: used");
});

test("a rebuilt bundle of the same length runs as built, not as cached", () => {
  const { bundle } = setUp();
  run(bundle, "validate");
  // V8 itself compares only the length of the source: 1 and 3 differ in the text alone.
  writeFileSync(bundle, bundleSource(3));
  expect(run(bundle, "validate")).toEqual({ code: 0, stdout: "answer 0,3,6,9\n", stderr: "code cache for validate: made from another build\ncode cache for validate: written" });
  expect(run(bundle, "validate").stderr).toBe("code cache for validate: used");
});

test("a damaged cache is not handed to V8; the call runs and mends it", () => {
  const { bundle, caches } = setUp();
  run(bundle, "validate");
  const file = path.join(caches, readdirSync(caches)[0]);
  const bytes = readFileSync(file);
  bytes[bytes.length - 10] ^= 0xff;
  writeFileSync(file, bytes);
  expect(run(bundle, "validate")).toEqual({ code: 0, stdout: "answer 0,1,2,3\n", stderr: "code cache for validate: damaged\ncode cache for validate: written" });
  writeFileSync(file, "not a cache at all");
  expect(run(bundle, "validate").stderr).toBe("code cache for validate: not a cache\ncode cache for validate: written");
});

test("a call that fails leaves no cache, and a folder that cannot be written only loses the shortcut", () => {
  const { bundle, caches } = setUp();
  expect(run(bundle, "fail")).toEqual({ code: 1, stdout: "answer 0,1,2,3\n", stderr: "code cache for fail: none yet" });
  mkdirSync(caches);
  chmodSync(caches, 0o555);
  const readOnly = run(bundle, "validate");
  chmodSync(caches, 0o755);
  expect(readOnly.code).toBe(0);
  expect(readOnly.stdout).toBe("answer 0,1,2,3\n");
  // root may write anyway: then the cache is simply written.
  expect(readOnly.stderr).toMatch(/^code cache for validate: none yet\ncode cache for validate: (could not be written|written)$/);
});

test("a code-cache that cannot hold a cache does not turn a call that ended well into a fault", () => {
  const { bundle, caches } = setUp();
  // A file where the folder should be (or, for another user, a folder made by root with umask 077): the
  // temporary file can be neither written nor looked for, and its clean-up must not throw at exit.
  writeFileSync(caches, "not a folder");
  for (let call = 0; call < 2; call++) {
    expect(run(bundle, "validate")).toEqual({ code: 0, stdout: "answer 0,1,2,3\n", stderr: "code cache for validate: none yet\ncode cache for validate: could not be written" });
  }
});

(process.platform === "win32" ? test.skip : test)("a pipe where the cache should be is not read (it would wait for ever)", () => {
  const { bundle, caches } = setUp();
  run(bundle, "validate");
  const file = path.join(caches, readdirSync(caches)[0]);
  rmSync(file);
  expect(spawnSync("mkfifo", [file]).status).toBe(0);
  // spawnSync's timeout ends a call that waits on the pipe: it would come back with no status.
  expect(run(bundle, "validate", "", 20_000)).toEqual({ code: 0, stdout: "answer 0,1,2,3\n", stderr: "code cache for validate: not a file\ncode cache for validate: written" });
});

test("no cache is named after anything but a command's name", () => {
  const { bundle, dir } = setUp();
  expect(run(bundle, "../outside")).toEqual({ code: 0, stdout: "answer 0,1,2,3\n", stderr: "" });
  expect(run(bundle, "--help").stderr).toBe("");
  expect(readdirSync(dir)).toEqual(["scorecard.js"]);
});

test("asking the launcher for a command's help neither reads nor writes that command's cache", () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "scorecard.cjs"), "validate", "--help"], { encoding: "utf8", env: { ...process.env, LAA_SCORECARD_DEBUG: "1" } });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("Usage: laa-scorecard validate");
  // A help call compiles the usage text alone: a cache made from it would stand in for the command's own.
  expect(r.stderr).not.toContain("code cache");
});

test("npm run scorecard's own launcher refreshes the sample the same with and without its cache", () => {
  const dir = tempDir();
  // From no cache at all (as after a build), so the first call compiles and the second reads what it wrote.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  rmSync((require(CODE_CACHE) as { cacheFolder: (bundle: string) => string }).cacheFolder(path.join(ROOT, "lib", "scorecard.js")), { recursive: true, force: true });
  const launch = (out: string) =>
    spawnSync(process.execPath, [path.join(ROOT, "scripts", "scorecard.cjs"), "refresh", SAMPLE, "--out", path.join(dir, out), "--json"], { encoding: "utf8", env: { ...process.env, LAA_SCORECARD_DEBUG: "1" } });
  const runs = [launch("first.xlsx"), launch("second.xlsx")];
  for (const r of runs) expect(r.status).toBe(0);
  expect(runs[0].stderr).toContain("code cache for refresh: written");
  expect(runs[1].stderr).toContain("code cache for refresh: used");
  expect(runs[1].stdout.split("second.xlsx").join("OUT")).toBe(runs[0].stdout.split("first.xlsx").join("OUT"));
  expect(JSON.parse(runs[1].stdout).indicators.length).toBeGreaterThan(10);
  expect(readFileSync(path.join(dir, "second.xlsx"))).toEqual(readFileSync(path.join(dir, "first.xlsx")));
});

test("the launcher runs a built command without its sources, and says so in one sentence when there is neither", () => {
  // A copy of the project with its launcher and a built command, but no src/ (nothing to compare dates with).
  const dir = tempDir();
  mkdirSync(path.join(dir, "scripts"));
  mkdirSync(path.join(dir, "lib"));
  for (const file of ["scorecard.cjs", "code-cache.cjs"]) copyFileSync(path.join(ROOT, "scripts", file), path.join(dir, "scripts", file));
  writeFileSync(path.join(dir, "lib", "scorecard.js"), bundleSource(2));
  const launch = () => spawnSync(process.execPath, [path.join(dir, "scripts", "scorecard.cjs"), "validate"], { encoding: "utf8" });
  expect(launch()).toMatchObject({ status: 0, stdout: "answer 0,2,4,6\n", stderr: "" });
  rmSync(path.join(dir, "lib", "scorecard.js"));
  expect(launch()).toMatchObject({ status: 2, stdout: "", stderr: "The command line is not built and there are no sources to build it from; run npm install in the project folder.\n" });
});

test("the launcher builds again after a file in src/ is deleted, as after one is edited", () => {
  // A copy of the project whose build is newer than its sources; it cannot build here (no compiler),
  // which is enough to see whether it tries.
  const dir = tempDir();
  for (const folder of ["scripts", "lib", "src", path.join("src", "read")]) mkdirSync(path.join(dir, folder));
  for (const file of ["scorecard.cjs", "code-cache.cjs", "build-cli.cjs"]) copyFileSync(path.join(ROOT, "scripts", file), path.join(dir, "scripts", file));
  for (const file of ["engine.ts", path.join("read", "rows.ts")]) writeFileSync(path.join(dir, "src", file), "export {};\n");
  const past = new Date(Date.now() - 60_000);
  for (const entry of ["src", path.join("src", "read"), path.join("src", "engine.ts"), path.join("src", "read", "rows.ts")]) utimesSync(path.join(dir, entry), past, past);
  writeFileSync(path.join(dir, "lib", "scorecard.js"), bundleSource(1));
  const launch = () => spawnSync(process.execPath, [path.join(dir, "scripts", "scorecard.cjs"), "validate"], { encoding: "utf8" });
  expect(launch()).toMatchObject({ status: 0, stdout: "answer 0,1,2,3\n" });
  rmSync(path.join(dir, "src", "read", "rows.ts"));
  expect(launch()).toMatchObject({ status: 2, stderr: expect.stringContaining("Compiling the command line after changes in src/") });
});
