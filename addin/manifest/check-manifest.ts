import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

// `npm run validate`: an offline check of manifest.xml (or the path given). `office-addin-manifest
// validate` posts the file to Microsoft's validation service, which cannot be reached here, so this
// checks what most often makes Office refuse a sideload, from the rules in Microsoft's manifest
// documentation: well-formed XML, the order of OfficeApp's elements, ids of at most 32 characters,
// Supertips on buttons; and what a schema cannot: an add-in Excel can load and write with, https
// addresses, every resid defined, icons on disk at the size they are declared, and the ribbon's
// function registered by the commands code.

const ROOT = path.resolve(__dirname, "..", "..");

/** OfficeApp's child elements in the order the manifest schema requires them (those we may use). */
const OFFICE_APP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "VersionOverrides",
];

/** Problems in the manifest's structure: parse errors, element order, id lengths, missing Supertips. */
export function structureProblems(xml: string): string[] {
  const problems: string[] = [];
  const topLevel = officeAppChildren(xml);
  if (typeof topLevel === "string") return [`The manifest is not well-formed XML: ${topLevel}`];
  const order = topLevel.filter((name) => OFFICE_APP_ORDER.includes(name)).map((name) => OFFICE_APP_ORDER.indexOf(name));
  for (let i = 1; i < order.length; i++) {
    if (order[i] < order[i - 1]) {
      problems.push(`<${OFFICE_APP_ORDER[order[i]]}> comes after <${OFFICE_APP_ORDER[order[i - 1]]}>; Office requires it before.`);
    }
  }
  for (const [, attribute, id] of xml.matchAll(/\s(id|resid)="([^"]+)"/g)) {
    if (id.length > 32) problems.push(`The ${attribute} "${id}" is ${id.length} characters; Office allows at most 32.`);
  }
  for (const [control] of xml.matchAll(/<Control xsi:type="Button"[\s\S]*?<\/Control>/g)) {
    if (!/<Supertip>\s*<Title resid="[^"]+"\s*\/>\s*<Description resid="[^"]+"\s*\/>\s*<\/Supertip>/.test(control)) {
      problems.push(`The button ${/id="([^"]+)"/.exec(control)?.[1] ?? ""} needs a Supertip with a Title and a Description.`);
    }
  }
  return problems;
}

/** The names of OfficeApp's child elements in order, or what makes the XML ill-formed. */
function officeAppChildren(xml: string): string[] | string {
  const open: string[] = [];
  const children: string[] = [];
  const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "");
  for (const [tag, closing, name, selfClosing] of body.matchAll(/<(\/?)([\w:.-]+)[^>]*?(\/?)>/g)) {
    if (closing) {
      const expected = open.pop();
      if (expected !== name) return `</${name}> closes <${expected ?? "nothing"}>`;
      continue;
    }
    if (open.length === 1 && open[0] === "OfficeApp") children.push(name);
    if (!selfClosing && !tag.endsWith("/>")) open.push(name);
  }
  return open.length ? `<${open[open.length - 1]}> is never closed` : children;
}

export function checkManifest(file: string): string[] {
  const xml = readFileSync(file, "utf8");
  const problems = structureProblems(xml);
  const text = (pattern: RegExp) => pattern.exec(xml)?.[1] ?? "";
  const id = text(/<Id>([^<]*)<\/Id>/);
  const version = text(/<Version>([^<]*)<\/Version>/);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`Id "${id}" is not a GUID.`);
  if (!/^\d+(\.\d+){3}$/.test(version)) problems.push(`Version "${version}" must have four parts, such as 1.0.0.0.`);
  if (text(/<OfficeApp\b[^>]*\sxsi:type="([^"]+)"/) !== "TaskPaneApp") problems.push("The add-in type must be TaskPaneApp.");
  if (!/<Hosts>\s*(?:<Host Name="[^"]+"\s*\/>\s*)*<Host Name="Workbook"\s*\/>/.test(xml)) problems.push("Hosts must include Workbook (Excel).");
  const permissions = text(/<Permissions>([^<]*)<\/Permissions>/);
  if (permissions !== "ReadWriteDocument") problems.push(`Permissions are "${permissions}"; a refresh needs ReadWriteDocument.`);

  for (const url of xml.match(/DefaultValue="(https?:[^"]*)"/g) ?? []) {
    const address = url.slice('DefaultValue="'.length, -1);
    if (!address.startsWith("https://")) problems.push(`${address} is not https; Office loads add-ins over https only.`);
  }

  const resources = xml.slice(xml.indexOf("<Resources>"));
  const urls = new Map([...resources.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)" DefaultValue="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!urls.has(resid)) problems.push(`resid "${resid}" is used but not defined under Resources.`);
  }
  for (const [, kind, body] of xml.matchAll(/<bt:(ShortStrings|LongStrings)>([\s\S]*?)<\/bt:\1>/g)) {
    const limit = kind === "ShortStrings" ? 125 : 250;
    for (const [, id, text] of body.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"/g)) {
      if (text.length > limit) problems.push(`${kind} "${id}" is ${text.length} characters; the limit is ${limit}.`);
    }
  }
  problems.push(...iconProblems(xml, urls));

  const commands = readFileSync(path.join(ROOT, "addin", "commands", "commands.ts"), "utf8");
  for (const [, name] of xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)) {
    if (!commands.includes(`"${name}"`)) problems.push(`The ribbon calls ${name}, which addin/commands/commands.ts does not register.`);
  }
  return problems;
}

/**
 * Each icon exists in addin/assets at the size it is used: IconUrl 32 x 32 and HighResolutionIconUrl
 * 64 x 64 for a task pane add-in (Microsoft's IconUrl and HighResolutionIconUrl pages), ribbon images at
 * their `size`.
 */
function iconProblems(xml: string, resources: Map<string, string>): string[] {
  const uses: [string, number][] = [];
  for (const [, element, url] of xml.matchAll(/<(IconUrl|HighResolutionIconUrl) DefaultValue="([^"]+)"/g)) uses.push([url, element === "IconUrl" ? 32 : 64]);
  for (const [, size, resid] of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
    const url = resources.get(resid);
    if (url) uses.push([url, Number(size)]);
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
