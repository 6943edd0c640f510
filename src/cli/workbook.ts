import * as path from "node:path";
import { analyse } from "../engine";
// Not src/files's index, which would load fflate: node-files gives Node's zlib.
import { loadWorkbook, LoadedWorkbook } from "../files/load";
import { FileProblem, readBookFile } from "../node/node-files";
import { WorkbookFileError } from "../files/workbook-file-error";
import { Analysis } from "../model";
import { checkBookToRead, openInExcelWarning } from "./book-path";
import { CannotRun, CliIo, progress } from "./command";

export interface AnalysedWorkbook {
  loaded: LoadedWorkbook;
  analysis: Analysis;
}

/** Reads a workbook file and runs the engine over it; a file that cannot be read is a CannotRun. */
export async function analyseFile(file: string, io: CliIo): Promise<AnalysedWorkbook> {
  progress(io, `Reading ${file} ...`);
  await checkBookToRead(file);
  const open = await openInExcelWarning(file);
  if (open) io.stderr(`Warning: ${open}\n`);
  let loaded: LoadedWorkbook;
  try {
    loaded = await loadWorkbook(await readBookFile(file));
  } catch (e) {
    if (e instanceof FileProblem) throw new CannotRun(e.message);
    if (e instanceof WorkbookFileError) throw new CannotRun(e.sentenceFor(path.basename(file)));
    throw e;
  }
  progress(io, `Checking ${loaded.grids.sheets.length} sheets ...`);
  try {
    return { loaded, analysis: analyse(loaded.grids) };
  } catch (e) {
    // Sheets are read as the engine first looks at them, so a damaged one is found here.
    if (e instanceof WorkbookFileError) throw new CannotRun(e.sentenceFor(path.basename(file)));
    throw e;
  }
}
