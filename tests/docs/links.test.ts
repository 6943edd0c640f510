// Every relative link in the docs a user reads must lead to a file in the repository: a clone has no
// ../shared, and a link to a file that moved is the first thing a new user trips over.
import fs from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
const docsDir = path.join(root, "docs");
const userDocs = [
  "README.md",
  ...fs.readdirSync(docsDir).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
  "templates/README.md",
  "addin/README.md",
  "tests/e2e/README.md",
];

/** Link targets of a markdown text, code spans and fenced blocks left out (they are not links). */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  const targets: string[] = [];
  for (const m of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]);
  for (const m of prose.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(m[1]);
  return targets;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    out.add(m[1].toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-"));
  }
  return out;
}

describe.each(userDocs)("links in %s", (doc) => {
  const text = fs.readFileSync(path.join(root, doc), "utf8");
  const relative = linkTargets(text).filter((t) => !isExternal(t));

  it("never point outside the repository", () => {
    const outside = relative.filter((t) => {
      const file = decodeURIComponent(t.split("#")[0]);
      return file !== "" && path.relative(root, path.resolve(root, path.dirname(doc), file)).startsWith("..");
    });
    expect(outside).toEqual([]);
    expect(text).not.toMatch(/\.\.\/shared|\/work\/shared/);
  });

  it("lead to a file (and heading) that exists", () => {
    const broken = relative.filter((t) => {
      const [file, anchor] = t.split("#");
      const target = file === "" ? path.join(root, doc) : path.resolve(root, path.dirname(doc), decodeURIComponent(file));
      if (!fs.existsSync(target)) return true;
      if (anchor && target.endsWith(".md")) return !anchors(fs.readFileSync(target, "utf8")).has(anchor.toLowerCase());
      return false;
    });
    expect(broken).toEqual([]);
  });
});

it("finds the links it checks (the pattern is not silently matching nothing)", () => {
  expect(linkTargets("see [the rules](docs/rules.md) and `[x](nope.md)`")).toEqual(["docs/rules.md"]);
});

// templates/README.md is written by scripts/make-templates.ts: an edit made by hand is lost at the next
// run, so the file must be what the generator writes today.
it("templates/README.md is what scripts/make-templates.ts writes", async () => {
  const { readme } = await import("../../scripts/templates-readme");
  expect(fs.readFileSync(path.join(root, "templates", "README.md"), "utf8")).toBe(readme());
});
