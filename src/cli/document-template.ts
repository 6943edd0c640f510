import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { checkTemplate, PlaceholderSpec } from "../documents";
import { hasErrors, Analysis } from "../model";
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

/** Reads and checks the template (the user's, else the standard one); any problem stops the command. */
export async function loadTemplate(given: string | undefined, standard: string, specs: readonly PlaceholderSpec[]): Promise<{ bytes: Uint8Array; name: string }> {
  const file = given ?? standardTemplate(standard);
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new CannotRun(`"${file}" is a folder, not a Word template (.docx).`);
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof CannotRun) throw e;
    throw new CannotRun(`There is no template "${file}".`);
  }
  const problems = await checkTemplate(bytes, specs, name);
  if (problems.length > 0) {
    throw new CannotRun(`${problems.map((p) => p.message).join("; ")}. Nothing was written; templates/README.md lists the placeholders.`);
  }
  return { bytes, name };
}

/** Prints the findings; true when the workbook has errors and the command must stop. */
export function stopOnErrors(analysis: Analysis, file: string, io: CliIo): boolean {
  if (analysis.findings.length > 0) io.stdout(findingsText(analysis.findings));
  if (!hasErrors(analysis.findings)) return false;
  io.stdout(`\n${file}: ${countsText(analysis.findings)}. Nothing was written; fix the errors and try again.\n`);
  return true;
}

export { EXIT_WORKBOOK_ERRORS };
