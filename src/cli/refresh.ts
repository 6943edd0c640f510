// The modules behind src/files's index, not the index: it would load fflate, and Node's zlib does the work here.
import { extensionOf } from "../files/load";
import { refreshedPackage } from "../files/refresh-package";
import { RefreshRefused } from "../files/refresh-refused";
import { signedWorkbook } from "../files/signed-workbook";
import { checkWritableTarget, FileProblem, sameFile, writeFileAtomically } from "../node/node-files";
import { deflatingInBackground } from "../node/deflating-sink";
import * as path from "node:path";
import { hasErrors } from "../model";
import { planRefresh } from "../refresh";
import { bookArgument, CannotRun, Command, EXIT_DONE, EXIT_WORKBOOK_ERRORS, progress, stringOption } from "./command";
import { analysisJson, jsonText } from "./json";
import { countsText, findingsText, summaryText } from "./report";
import { analyseFile } from "./workbook";
import { checkTargetToReplace } from "./book-path";

const usage = "refresh BOOK --out FILE [--json]";

/** Validates, rates and writes the refreshed workbook to a new file; the input is never written. */
export const refreshCommand: Command = {
  usage,
  summary: "validate, compute status, and write the refreshed workbook to FILE",
  options: { out: { type: "string", short: "o" }, json: { type: "boolean" } },
  async run(input) {
    const { io } = input;
    const file = bookArgument(input, usage);
    const out = stringOption(input, "out", usage, true);
    if (!/\.xl[st][xm]$/i.test(out)) throw new CannotRun(`Give --out a workbook file name, such as refreshed.xlsx (got "${out}").`);
    if (await sameFile(file, out)) {
      throw new CannotRun("Give --out a different file from the workbook you read: the original is never written to.");
    }
    await checkTargetToReplace(out);
    await checkWritableTarget(out).catch(rethrowAsCannotRun);

    const { loaded, analysis } = await analyseFile(file, io);
    // Excel opens a file only under the extension of its kind: a macro-enabled book must stay .xlsm.
    const extension = extensionOf(loaded);
    if (!out.toLowerCase().endsWith(extension)) {
      const kind = loaded.kind === "xlsm" ? "a macro-enabled workbook" : `an Excel ${extension} file`;
      throw new CannotRun(`"${path.basename(file)}" is ${kind}, so give --out a name ending in ${extension}, such as ${refreshedExample(out, extension)} (got "${out}").`);
    }
    const json = Boolean(input.options.json);
    if (!json) io.stdout(findingsText(analysis.findings));
    if (hasErrors(analysis.findings)) {
      if (json) io.stdout(jsonText(analysisJson(analysis)));
      else io.stdout(`\n${file}: ${countsText(analysis.findings)}. Nothing was written; fix the errors and refresh again.\n`);
      return EXIT_WORKBOOK_ERRORS;
    }

    const plan = planRefresh(analysis);
    progress(io, `Writing ${out} ...`);
    let bytes: Uint8Array;
    try {
      // The scorecard sheet is deflated on zlib's threads while the patch goes on (a second core's work).
      bytes = (await deflatingInBackground(() => refreshedPackage(loaded, plan))).bytes();
    } catch (e) {
      if (!(e instanceof RefreshRefused)) throw e;
      // With --json a script reads the refusal as it reads any error: a finding in the one object.
      if (json) {
        io.stdout(jsonText(analysisJson({ ...analysis, findings: [...analysis.findings, e.asFinding(plan.sheet)] })));
      } else io.stderr(`${e.message} Nothing was written.\n`);
      return EXIT_WORKBOOK_ERRORS;
    }
    await writeFileAtomically(out, bytes).catch(rethrowAsCannotRun);
    if (signedWorkbook(loaded)) {
      io.stderr(`Warning: "${path.basename(file)}" is digitally signed; the refreshed copy is not (a signature covers the file as it was signed), so sign it again in Excel if it must be.\n`);
    }

    if (json) io.stdout(jsonText(analysisJson(analysis)));
    else io.stdout(`\n${summaryText(analysis)}\nRefreshed workbook written to ${out} (${countsText(analysis.findings)}).\n`);
    return EXIT_DONE;
  },
};

function rethrowAsCannotRun(e: unknown): never {
  if (e instanceof FileProblem) throw new CannotRun(e.message);
  throw e;
}

/** The user's --out name with the right extension, to show in the sentence. */
function refreshedExample(out: string, extension: string): string {
  return path.basename(out).replace(/\.[^.]*$/, "") + extension;
}
