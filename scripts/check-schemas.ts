import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { SaxesParser, SaxesTagNS } from "saxes";
import { analyse } from "../src/engine";
import { loadWorkbook, refreshedBytes } from "../src/files";
import { planRefresh } from "../src/refresh";
import { FIXTURE_BOOKS } from "../tests/files/books";

// npm run check:schemas [SCHEMA_FOLDER]: every package the product writes (each fixture book
// refreshed, and what `npm run demo` wrote to out/) checked against the ECMA-376 transitional XML
// schemas with xmllint, after Markup Compatibility is applied (what mc:Ignorable names is dropped, an
// mc:AlternateContent becomes its Fallback), as a consumer that knows only the standard would read it.
// An error counts only when the input package (the fixture, the sample, the paper's template) does not
// already have it: a rule the user's own file breaks is theirs.
//
// The schemas: give the folder holding sml.xsd, wml.xsd, dml-chart.xsd, ... (Ecma's
// OfficeOpenXML-XMLSchema-Transitional and the OPC schemas) as the argument or OOXML_SCHEMAS. Neither
// the npm registry nor Debian ships them, so without a folder the check says so and passes.

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "out");

/** The schema for a part's root element, by its namespace; parts of other namespaces are not checked. */
const SCHEMA_BY_NAMESPACE: Record<string, string> = {
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "sml.xsd",
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "wml.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "dml-chart.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing": "dml-spreadsheetDrawing.xsd",
  "http://schemas.openxmlformats.org/package/2006/content-types": "opc-contentTypes.xsd",
  "http://schemas.openxmlformats.org/package/2006/relationships": "opc-relationships.xsd",
};
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

interface Pair {
  name: string;
  input: Uint8Array;
  output: Uint8Array;
}

/** The part with Markup Compatibility applied, and its root element's namespace. */
export function applyMarkupCompatibility(xml: string): { xml: string; namespace: string } {
  const parser = new SaxesParser({ xmlns: true });
  let out = "";
  let namespace = "";
  interface Open {
    /** The element is written. */
    written: boolean;
    /** Its children are written in its place (a Fallback whose AlternateContent stood where elements are written). */
    passThrough: boolean;
    ignorable: Set<string>;
    ns: Record<string, string>;
  }
  const stack: Open[] = [];
  const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  parser.on("opentag", (tag: SaxesTagNS) => {
    const parent = stack[stack.length - 1];
    const ns = { ...(parent?.ns ?? {}), ...tag.ns };
    const ignorable = new Set(parent?.ignorable ?? []);
    const declared = Object.values(tag.attributes).find((at) => at.uri === MC && at.local === "Ignorable");
    for (const prefix of (declared?.value ?? "").split(/\s+/).filter(Boolean)) if (ns[prefix]) ignorable.add(ns[prefix]);
    const context = parent === undefined || parent.written || parent.passThrough;
    let open: Open;
    if (tag.uri === MC) {
      // AlternateContent gives way to its Fallback's children; a Choice needs what a plain consumer lacks.
      const acContext = tag.local === "Fallback" && stack.length >= 2 ? stack[stack.length - 2].written || stack[stack.length - 2].passThrough : false;
      open = { written: false, passThrough: tag.local === "Fallback" && acContext, ignorable, ns };
    } else {
      open = { written: context && !ignorable.has(tag.uri), passThrough: false, ignorable, ns };
    }
    stack.push(open);
    if (!open.written) return;
    if (!namespace) namespace = tag.uri;
    const attrs = Object.values(tag.attributes)
      .filter((at) => at.uri !== MC && !ignorable.has(at.uri))
      .map((at) => ` ${at.name}="${escape(at.value)}"`)
      .join("");
    // Prefixes declared on dropped ancestors (an AlternateContent) are declared again here.
    const missing = stack.length > 1 && !stack[stack.length - 2].written
      ? Object.entries(ns).filter(([prefix]) => tag.ns[prefix] === undefined).map(([prefix, uri]) => (prefix ? ` xmlns:${prefix}="${escape(uri)}"` : ` xmlns="${escape(uri)}"`)).join("")
      : "";
    out += `<${tag.name}${attrs}${missing}>`;
  });
  parser.on("text", (text) => {
    if (stack[stack.length - 1]?.written ?? false) out += escape(text);
  });
  parser.on("closetag", (tag) => {
    if (stack.pop()?.written) out += `</${tag.name}>`;
  });
  parser.write(xml).close();
  return { xml: out, namespace };
}

/** Schema errors per part ("xl/worksheets/sheet2.xml: Element 'x': ..."), without line numbers. */
function schemaErrors(pkg: Uint8Array, schemas: string): Set<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "laa-schemas-"));
  const bySchema = new Map<string, string[]>();
  const names = new Map<string, string>();
  const errors = new Set<string>();
  try {
    for (const [name, content] of Object.entries(unzipSync(pkg))) {
      if (!/\.(xml|rels)$/i.test(name)) continue;
      let applied;
      try {
        applied = applyMarkupCompatibility(new TextDecoder().decode(content));
      } catch (e) {
        errors.add(`${name}: not well-formed (${(e as Error).message.split("\n")[0]})`);
        continue;
      }
      const schema = SCHEMA_BY_NAMESPACE[applied.namespace];
      if (!schema) continue;
      const file = path.join(dir, `${names.size}.xml`);
      names.set(file, name);
      writeFileSync(file, applied.xml);
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), file]);
    }
    for (const [schema, files] of bySchema) {
      const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", path.join(schemas, schema), ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      for (const line of run.stderr.split("\n")) {
        const m = /^(\S+?\.xml):\d+: (.*)$/.exec(line);
        if (m && names.has(m[1])) errors.add(`${names.get(m[1])}: ${m[2]}`);
      }
      // xmllint says of every file that it validates or fails to; anything else (a schema that did not
      // compile) must not pass as "no errors".
      const judged = files.filter((f) => run.stderr.includes(`${f} validates`) || run.stderr.includes(`${f} fails to validate`));
      if (judged.length !== files.length) throw new Error(`xmllint did not validate against ${schema}:\n${run.stderr.slice(0, 2000)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return errors;
}

async function pairs(): Promise<Pair[]> {
  const out: Pair[] = [];
  for (const book of FIXTURE_BOOKS) {
    const input = book.bytes();
    const loaded = await loadWorkbook(input);
    out.push({ name: `refreshed ${book.file}`, input, output: await refreshedBytes(loaded, planRefresh(analyse(loaded.grids))) });
  }
  // What `npm run demo` wrote: the refreshed sample, and each paper against the template it was filled from.
  const sample = readFileSync(path.join(ROOT, "templates", "sample-scorecard.xlsx"));
  const demoBook = path.join(OUT, "sample-scorecard-refreshed.xlsx");
  if (existsSync(demoBook)) out.push({ name: "out/sample-scorecard-refreshed.xlsx", input: sample, output: readFileSync(demoBook) });
  for (const file of walk(OUT).filter((f) => f.endsWith(".docx"))) {
    const template = templateOf(file);
    if (template) out.push({ name: path.relative(ROOT, file), input: readFileSync(template), output: readFileSync(file) });
  }
  return out;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The template a demo paper was filled from, by the folder or file name `npm run demo` gives it. */
function templateOf(file: string): string | undefined {
  const relative = path.relative(OUT, file);
  const kind = ["annual-review", "mid-year-report", "progress-update", "minutes"].find((k) => relative.startsWith(k));
  return kind ? path.join(ROOT, "templates", `${kind}.docx`) : undefined;
}

async function main(): Promise<number> {
  const schemas = process.argv[2] ?? process.env.OOXML_SCHEMAS;
  if (!schemas) {
    process.stdout.write("check:schemas: no schema folder given (argument or OOXML_SCHEMAS), so nothing was checked against ECMA-376; see README.\n");
    return 0;
  }
  if (!existsSync(path.join(schemas, "sml.xsd"))) {
    process.stderr.write(`check:schemas: "${schemas}" has no sml.xsd; give the folder of the ECMA-376 transitional schemas.\n`);
    return 1;
  }
  if (spawnSync("xmllint", ["--version"]).status !== 0) {
    process.stderr.write("check:schemas: xmllint is not installed (apt-get install libxml2-utils).\n");
    return 1;
  }
  mkdirSync(OUT, { recursive: true });
  let failed = 0;
  const all = await pairs();
  for (const pair of all) {
    const before = schemaErrors(pair.input, schemas);
    if (process.env.SHOW_SCHEMA_ERRORS) for (const e of before) process.stdout.write(`     (input) ${e}\n`);
    const added = [...schemaErrors(pair.output, schemas)].filter((e) => !before.has(e));
    if (added.length) failed++;
    process.stdout.write(`${added.length ? "FAIL" : "ok  "} ${pair.name}${added.map((e) => `\n     ${e}`).join("")}\n`);
  }
  process.stdout.write(`check:schemas: ${all.length - failed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}

if (require.main === module) {
  main().then((code) => process.exit(code), (e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exit(1);
  });
}
