// How the parts of a Word package hang together (Open Packaging Conventions): each part's content
// type, from its Override or its extension's Default in [Content_Types].xml (read as a workbook's
// is: src/files/content-types.ts), and each part reached from the package's relationships
// (_rels/.rels) through the relationships parts of the parts they reach. Word calls a package
// damaged when a part has no content type, and drops a part nothing reaches; template-kind.ts keeps
// every document to those rules and package-check.ts checks them.

export { CONTENT_TYPES, contentTypeOf, parseContentTypes } from "../files/content-types";
export const PACKAGE_RELATIONSHIPS = "_rels/.rels";

export interface Relationship {
  id: string;
  type: string;
  /** The part it reaches, resolved against its source's folder; the target as written when external. */
  part: string;
  external: boolean;
  /** The element as written, to remove it. */
  xml: string;
}

function attribute(element: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1] ?? null;
}

/** The relationships part of a part: word/document.xml -> word/_rels/document.xml.rels; the package's for "". */
export function relsPartOf(part: string): string {
  if (part === "") return PACKAGE_RELATIONSHIPS;
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a relationships part speaks for: word/_rels/document.xml.rels -> word/document.xml; _rels/.rels -> "" (the package). */
export function sourceOf(relsPart: string): string | null {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(relsPart);
  return m ? `${m[1]}${m[2]}` : null;
}

/** "../media/a.png" from word/document.xml -> word/media/a.png; "/word/x.xml" -> word/x.xml. */
function resolve(target: string, source: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  const out = [...base];
  for (const p of target.replace(/^\//, "").split("/")) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** Every relationship of a relationships part. */
export function readRelationships(relsPart: string, xml: string): Relationship[] {
  const source = sourceOf(relsPart) ?? "";
  return (xml.match(/<Relationship\b[^>]*\/>/g) ?? []).map((r) => {
    const external = attribute(r, "TargetMode") === "External";
    const written = attribute(r, "Target") ?? "";
    let target = written;
    try {
      target = decodeURIComponent(written); // "my%20image.png" names the part "my image.png"
    } catch {
      // a stray "%": the name as written
    }
    return { id: attribute(r, "Id") ?? "", type: attribute(r, "Type") ?? "", part: external ? target : resolve(target, source), external, xml: r };
  });
}

/**
 * The parts reached from the package's relationships, by part name (in the package's own spelling),
 * following each reached part's own relationships; their relationships parts are counted as reached.
 */
export async function reachedParts(names: readonly string[], textOf: (part: string) => Promise<string | null>): Promise<Set<string>> {
  const byKey = new Map(names.map((n) => [n.toLowerCase(), n]));
  const reached = new Set<string>();
  const queue = [""];
  while (queue.length > 0) {
    const source = queue.shift()!;
    const rels = byKey.get(relsPartOf(source).toLowerCase());
    if (rels === undefined) continue;
    reached.add(rels);
    for (const r of readRelationships(rels, (await textOf(rels)) ?? "")) {
      const part = byKey.get(r.part.toLowerCase());
      if (r.external || part === undefined || reached.has(part)) continue;
      reached.add(part);
      queue.push(part);
    }
  }
  return reached;
}
