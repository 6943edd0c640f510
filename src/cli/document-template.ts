import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { PaperTemplate, PlaceholderSpec, TemplateFinding } from "../documents";
import { joinAnd, joinOr } from "../words";
import { Analysis } from "../model";
import { blocksReading } from "../findings";
import { kindOf, statOf } from "./book-path";
import { CannotRun, CliIo, EXIT_WORKBOOK_ERRORS } from "./command";
import { countsText, findingsText } from "./report";

// What the annual-review and minutes commands share: finding and checking the Word template, and
// stopping before anything is written when the workbook has errors.

/** templates/ of the package: src/cli under tsx, lib/src/cli once built. */
function standardTemplate(file: string): string {
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, "templates", file);
    if (existsSync(candidate)) return candidate;
  }
  throw new CannotRun(`The standard template ${file} is missing from this installation; give one with --template.`);
}

/**
 * Reads and checks the template (the user's, else the standard one); any problem stops the command.
 * Read, unzipped and parsed once, for every paper the command writes.
 */
export async function loadTemplate(given: string | undefined, standard: string, specs: readonly PlaceholderSpec[]): Promise<{ prepared: PaperTemplate; name: string }> {
  const file = given ?? standardTemplate(standard);
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    const stat = statOf(file, `"${file}" is a link that leads round in a circle to itself, not a Word template (.docx).`);
    if (!stat) throw new CannotRun(`There is no template "${file}".`);
    // A pipe would be read for ever, a device until the memory is full.
    const what = kindOf(stat);
    if (what) throw new CannotRun(`"${file}" is ${what}, not a Word template (.docx).`);
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof CannotRun) throw e;
    throw new CannotRun(`There is no template "${file}".`);
  }
  const ready = await PaperTemplate.prepare(bytes, specs, name);
  if (!ready.ok) {
    throw new CannotRun(`${templateProblemsSentence(name, ready.problems)} Nothing was written; templates/README.md lists the placeholders.`);
  }
  return { prepared: ready.template, name };
}

/**
 * Every problem of a template in one sentence (a wrong template lacks a dozen placeholders: one
 * clause each, not a dozen sentences): "The template x.docx has no {{a}} or {{b}} placeholder and
 * has {{c}}, which is not filled."
 */
export function templateProblemsSentence(name: string, problems: readonly TemplateFinding[]): string {
  const unreadable = problems.find((p) => p.kind === "unreadable");
  if (unreadable) return `${unreadable.message}.`;
  const named = (kind: TemplateFinding["kind"]) => problems.filter((p) => p.kind === kind).map((p) => `{{${p.placeholder}}}`);
  const [missing, unknown, shared] = [named("missing"), named("unknown"), named("shared")];
  const clauses = [
    missing.length > 0 ? `has no ${joinOr(missing)} placeholder` : "",
    unknown.length > 0 ? `has ${joinAnd(unknown)}, which ${unknown.length === 1 ? "is" : "are"} not filled` : "",
    shared.length > 0 ? `gives ${joinAnd(shared)} a paragraph shared with other text, which ${shared.length === 1 ? "needs one" : "each need one"} of ${shared.length === 1 ? "its" : "their"} own` : "",
  ].filter((c) => c !== "");
  return `The template ${name} ${joinAnd(clauses)}.`;
}

/** Prints the findings; true when the workbook has errors and the command must stop. */
export function stopOnErrors(analysis: Analysis, file: string, io: CliIo): boolean {
  if (analysis.findings.length > 0) io.stdout(findingsText(analysis.findings));
  // An error that stops only a refresh (src/findings.ts) leaves the figures, and so the papers, sound.
  if (!blocksReading(analysis.findings)) return false;
  io.stdout(`\n${file}: ${countsText(analysis.findings)}. Nothing was written; fix the errors and try again.\n`);
  return true;
}

export { EXIT_WORKBOOK_ERRORS };
