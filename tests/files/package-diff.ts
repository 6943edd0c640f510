import { unzipSync } from "fflate";
import { readZip } from "../../src/files/zip";

// Helpers that say how a refreshed package differs from the book it came from, part by part, so a
// test can require that everything the refresh does not own is unchanged.

export interface Parts {
  /** Uncompressed content by part name (fflate's unzip: other code than the refresh's). */
  content: Map<string, Uint8Array>;
  /** The stored (compressed) bytes by part name, to show a part was copied, not recompressed. */
  stored: Map<string, Uint8Array>;
}

export function partsOf(bytes: Uint8Array): Parts {
  const content = new Map(Object.entries(unzipSync(bytes)));
  const stored = new Map(readZip(bytes).map((e) => [e.name, e.stored]));
  return { content, stored };
}

export function text(parts: Parts, name: string): string {
  const bytes = parts.content.get(name);
  if (!bytes) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(bytes);
}

export function same(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A sheet's XML without the cells of these columns (1-based), and without row spans and the dimension. */
export function withoutColumns(xml: string, columns: ReadonlySet<number>): string {
  return xml
    .replace(/<c r="([A-Z]+)(\d+)"[^>]*?(\/>|>[\s\S]*?<\/c>)/g, (cell, letters: string) => (columns.has(columnNumber(letters)) ? "" : cell))
    .replace(/ spans="[^"]*"/g, "")
    .replace(/<dimension ref="[^"]*"\/>/, "");
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** styles.xml with what the refresh appended to numFmts, fonts, fills and cellXfs taken out again. */
export function stylesWithoutAppended(after: string, before: string): string {
  let out = after;
  for (const name of ["numFmts", "fonts", "fills", "cellXfs"]) {
    const element = new RegExp(`<${name}\\b[^>]*?(/>|>[\\s\\S]*?</${name}>)`);
    const was = element.exec(before)?.[0];
    const now = element.exec(out)?.[0];
    if (!now) continue;
    if (!was) {
      out = out.replace(now, "");
      continue;
    }
    const inner = (e: string) => e.replace(/^<[^>]*>/, "").replace(new RegExp(`</${name}>$`), "");
    if (!inner(now).startsWith(inner(was).replace(/^<[^>]*\/>$/, ""))) return `${name} was changed, not appended to`;
    out = out.replace(now, was);
  }
  return out;
}

/** The calculation chain's entries as "sheetId!cell", each with the sheet id it inherits. */
export function chainEntries(xml: string | undefined): string[] {
  if (!xml) return [];
  let sheet = "";
  return [...xml.matchAll(/<c ([^>]*?)\/?>/g)].map((m) => {
    const i = /\bi="(\d+)"/.exec(m[1])?.[1];
    if (i) sheet = i;
    return `${sheet}!${/\br="([A-Z]+\d+)"/.exec(m[1])![1]}`;
  });
}
