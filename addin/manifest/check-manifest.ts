import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { APP, BT, VO, describe, schemaProblems } from "./manifest-schema";
import { XmlElement, readXml } from "./xml-tree";

// `npm run validate`: an offline check of manifest.xml (or the path given). `office-addin-manifest
// validate` posts the file to Microsoft's validation service, which cannot be reached here, so this
// checks what makes Office refuse a sideload, from Microsoft's manifest documentation: well-formed XML
// (an unescaped & included), every element known and under the right parent, in the schema's order,
// as often as allowed, with an xsi:type Office accepts (manifest-schema.ts); ids and strings within
// their lengths; then what a schema cannot: an add-in Excel can load and write with, https addresses,
// every resid defined, icons on disk at the size they are declared, and the ribbon's function
// registered by the commands code.

const ROOT = path.resolve(__dirname, "..", "..");

/** Problems with the manifest's XML and its structure: what Office's schema validation rejects. */
export function structureProblems(xml: string): string[] {
  const read = readXml(xml);
  if (!read.ok) return [`The manifest is not well-formed XML: ${read.problem}`];
  return [...schemaProblems(read.root), ...lengthProblems(read.root)];
}

/** Resource ids and resids at most 32 characters; ids of tabs, groups and controls at most 125; strings within 125 and 250. */
function lengthProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const element of walk(root)) {
    const resid = element.attributes.get("resid");
    if (resid && resid.length > 32) problems.push(`The resid "${resid}" is ${resid.length} characters; Office allows at most 32.`);
    const id = element.attributes.get("id");
    const limit = element.ns === BT ? 32 : 125;
    if (id && id.length > limit) problems.push(`The id "${id}" is ${id.length} characters; Office allows at most ${limit}.`);
    if (element.ns === BT && element.local === "String") {
      const kind = parentOf(root, element)?.local;
      const max = kind === "ShortStrings" ? 125 : 250;
      const text = element.attributes.get("DefaultValue") ?? "";
      if (text.length > max) problems.push(`${kind} "${id}" is ${text.length} characters; the limit is ${max}.`);
    }
  }
  return problems;
}

export function checkManifest(file: string): string[] {
  const xml = readFileSync(file, "utf8");
  const problems = structureProblems(xml);
  const read = readXml(xml);
  if (!read.ok) return problems;
  const root = read.root;
  const first = (ns: string, local: string) => [...walk(root)].find((e) => e.ns === ns && e.local === local);
  const id = first(APP, "Id")?.text.trim() ?? "";
  const version = first(APP, "Version")?.text.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`Id "${id}" is not a GUID.`);
  if (!/^\d+(\.\d+){3}$/.test(version)) problems.push(`Version "${version}" must have four parts, such as 1.0.0.0.`);
  const hosts = [...walk(root)].filter((e) => e.ns === APP && e.local === "Host").map((e) => e.attributes.get("Name"));
  if (!hosts.includes("Workbook")) problems.push("Hosts must include Workbook (Excel).");
  const permissions = first(APP, "Permissions")?.text.trim() ?? "";
  if (permissions !== "ReadWriteDocument") problems.push(`Permissions are "${permissions}"; a refresh needs ReadWriteDocument.`);

  for (const element of walk(root)) {
    const address = element.attributes.get("DefaultValue") ?? "";
    if (/^https?:/.test(address) && !address.startsWith("https://")) problems.push(`${address} is not https; Office loads add-ins over https only.`);
  }
  const resources = new Map<string, XmlElement>();
  for (const element of walk(root)) if (element.ns === BT && element.attributes.has("DefaultValue")) resources.set(element.attributes.get("id") ?? "", element);
  for (const element of walk(root)) {
    const resid = element.attributes.get("resid");
    if (resid && !resources.has(resid)) problems.push(`resid "${resid}" is used by ${describe(element)} but not defined under Resources.`);
  }
  problems.push(...iconProblems(root, resources));

  const commands = readFileSync(path.join(ROOT, "addin", "commands", "commands.ts"), "utf8");
  for (const element of walk(root)) {
    if (element.ns !== VO || element.local !== "FunctionName") continue;
    const name = element.text.trim();
    if (!commands.includes(`"${name}"`)) problems.push(`The ribbon calls ${name}, which addin/commands/commands.ts does not register.`);
  }
  return problems;
}

function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

function parentOf(root: XmlElement, target: XmlElement): XmlElement | undefined {
  for (const element of walk(root)) if (element.children.includes(target)) return element;
  return undefined;
}

/**
 * Each icon exists in addin/assets at the size it is used: IconUrl 32 x 32 and HighResolutionIconUrl
 * 64 x 64 for a task pane add-in (Microsoft's IconUrl and HighResolutionIconUrl pages), ribbon images at
 * their `size`.
 */
function iconProblems(root: XmlElement, resources: Map<string, XmlElement>): string[] {
  const uses: [string, number][] = [];
  for (const element of walk(root)) {
    const url = element.attributes.get("DefaultValue");
    if (element.ns === APP && url && (element.local === "IconUrl" || element.local === "HighResolutionIconUrl")) {
      uses.push([url, element.local === "IconUrl" ? 32 : 64]);
    }
    if (element.ns === BT && element.local === "Image" && element.attributes.has("size")) {
      const image = resources.get(element.attributes.get("resid") ?? "")?.attributes.get("DefaultValue");
      if (image) uses.push([image, Number(element.attributes.get("size"))]);
    }
  }
  const problems = new Set<string>();
  for (const [url, size] of uses) {
    const icon = /\/assets\/([\w.-]+\.png)$/.exec(url)?.[1];
    const file = icon ? path.join(ROOT, "addin", "assets", icon) : "";
    if (!icon || !existsSync(file)) {
      problems.add(`Icon ${url} is not a PNG in addin/assets.`);
      continue;
    }
    const { width, height } = pngSize(readFileSync(file));
    if (width !== size || height !== size) problems.add(`Icon ${icon} is ${width} x ${height} pixels where the manifest uses it at ${size} x ${size}.`);
  }
  return [...problems];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return bytes.length >= 24 ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : { width: 0, height: 0 };
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? path.join(ROOT, "manifest.xml");
  const problems = checkManifest(file);
  if (problems.length === 0) {
    console.log(`${path.relative(process.cwd(), file) || file}: passes the offline checks (run Microsoft's online validator too before publishing).`);
    return;
  }
  for (const p of problems) console.error(`${path.relative(process.cwd(), file)}: ${p}`);
  process.exitCode = 1;
}

if (require.main === module) void main();
