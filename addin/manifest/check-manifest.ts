import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";

// `npm run validate`: an offline check of manifest.xml (or the path given). `office-addin-manifest
// validate` posts the file to Microsoft's validation service, which cannot be reached here, so this
// parses it with office-addin-manifest's own reader (a malformed file fails there) and checks what a
// sideload most often trips on: ids, https addresses, every resid defined, string lengths, icons on
// disk, and the ribbon's function registered by the commands code.

const ROOT = path.resolve(__dirname, "..", "..");

export async function checkManifest(file: string): Promise<string[]> {
  const problems: string[] = [];
  const xml = readFileSync(file, "utf8");
  let info;
  try {
    info = await OfficeAddinManifest.readManifestFile(file);
  } catch (error) {
    return [`${file} is not a manifest Office can read: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id ?? "")) problems.push(`Id "${info.id}" is not a GUID.`);
  if (!/^\d+(\.\d+){3}$/.test(info.version ?? "")) problems.push(`Version "${info.version}" must have four parts, such as 1.0.0.0.`);
  if (info.officeAppType !== "TaskPaneApp") problems.push(`The add-in type is ${info.officeAppType}, not TaskPaneApp.`);
  if (!info.hosts?.includes("Workbook")) problems.push("Hosts must include Workbook (Excel).");
  if (info.permissions !== "ReadWriteDocument") problems.push(`Permissions are ${info.permissions}; a refresh needs ReadWriteDocument.`);

  for (const url of xml.match(/DefaultValue="(https?:[^"]*)"/g) ?? []) {
    const address = url.slice('DefaultValue="'.length, -1);
    if (!address.startsWith("https://")) problems.push(`${address} is not https; Office loads add-ins over https only.`);
  }

  const resources = xml.slice(xml.indexOf("<Resources>"));
  const defined = new Set([...resources.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(resid)) problems.push(`resid "${resid}" is used but not defined under Resources.`);
  }
  for (const [, kind, body] of xml.matchAll(/<bt:(ShortStrings|LongStrings)>([\s\S]*?)<\/bt:\1>/g)) {
    const limit = kind === "ShortStrings" ? 125 : 250;
    for (const [, id, text] of body.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"/g)) {
      if (text.length > limit) problems.push(`${kind} "${id}" is ${text.length} characters; the limit is ${limit}.`);
    }
  }

  for (const [, icon] of xml.matchAll(/\/assets\/([\w.-]+\.png)/g)) {
    if (!existsSync(path.join(ROOT, "addin", "assets", icon))) problems.push(`Icon ${icon} is not in addin/assets.`);
  }
  const commands = readFileSync(path.join(ROOT, "addin", "commands", "commands.ts"), "utf8");
  for (const [, name] of xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)) {
    if (!commands.includes(`"${name}"`)) problems.push(`The ribbon calls ${name}, which addin/commands/commands.ts does not register.`);
  }
  return problems;
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? path.join(ROOT, "manifest.xml");
  const problems = await checkManifest(file);
  if (problems.length === 0) {
    console.log(`${path.relative(process.cwd(), file) || file}: valid (offline checks; Microsoft's online validator was not called).`);
    return;
  }
  for (const p of problems) console.error(`${path.relative(process.cwd(), file)}: ${p}`);
  process.exitCode = 1;
}

if (require.main === module) void main();
