import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";

// Runs the CLI's main function in-process with captured output: as the user would see it, but fast.

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], stderrIsTTY = false): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTTY,
  });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "laa-cli-"));
}

export const SAMPLE = path.join(__dirname, "..", "..", "templates", "sample-scorecard.xlsx");

/** A copy of the sample workbook, edited by `change`, saved in dir. */
export async function editedSample(dir: string, name: string, change: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(SAMPLE);
  change(book);
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}
