import * as path from "node:path";
import { buildChaseLetter } from "../documents/chase-letter";
import { safeFileName, uniqueFileNames } from "../file-name";
import { extensionOf, loadWorkbook, mergedPackage, refreshedBytes, RefreshRefused, WorkbookFileError } from "../files";
import { writeFilesIntoFolder } from "../node/document-folder";
import { checkWritableTarget, FileProblem, readBookFile, sameFile, writeFileAtomically } from "../node/node-files";
import { analyse } from "../engine";
import { hasErrors } from "../model";
import { figuresDueBy } from "../progress";
import { planRefresh } from "../refresh";
import { chaseLetter, hasChase, mergeReportText, returnCounts } from "../returns/chase-words";
import { MergeRefused } from "../returns/merge-model";
import { planMerge, ReturnInput } from "../returns/merge-returns";
import { CannotRun, Command, EXIT_DONE, EXIT_WORKBOOK_ERRORS, progress, stringOption } from "./command";
import { checkOutFolder } from "./document-folder";
import { analysisJson, jsonText } from "./json";
import { countsText, findingsText } from "./report";
import { collectedPeriod } from "./returns";
import { analyseFile } from "./workbook";
import { asCannotRun } from "./as-cannot-run";
import { checkBookToRead, checkTargetToReplace } from "./book-path";

const usage = "merge-returns BOOK RETURN... --out MERGED.xlsx [--json] [--overwrite] [--refresh] [--period P] [--chase DIR]";

/** Reads the returns, checks them, and writes their figures and words into a copy of the book (docs/returns.md). */
export const mergeReturnsCommand: Command = {
  usage,
  summary: "write the returns' figures and words into a copy of the workbook, and say who still owes what",
  options: {
    out: { type: "string", short: "o" }, json: { type: "boolean" }, overwrite: { type: "boolean" }, refresh: { type: "boolean" },
    period: { type: "string" }, chase: { type: "string" },
  },
  async run(input) {
    const { io } = input;
    const [file, ...returnFiles] = input.positionals;
    if (!file) throw new CannotRun(`Name the workbook and the returns to merge: laa-scorecard ${usage}`);
    if (returnFiles.length === 0) throw new CannotRun(`Name at least one return to merge into ${path.basename(file)}: laa-scorecard ${usage}`);
    const out = stringOption(input, "out", usage, true);
    if (!/\.xl[st][xm]$/i.test(out)) throw new CannotRun(`Give --out a workbook file name, such as merged.xlsx (got "${out}").`);
    if (await sameFile(file, out)) throw new CannotRun("Give --out a different file from the workbook you read: the original is never written to.");
    await checkTargetToReplace(out);
    await checkWritableTarget(out).catch(asCannotRun);
    const chaseDir = stringOption(input, "chase", usage);
    if (chaseDir) await checkOutFolder(chaseDir);
    const json = Boolean(input.options.json);

    const { loaded, analysis } = await analyseFile(file, io);
    if (!out.toLowerCase().endsWith(extensionOf(loaded))) throw new CannotRun(`Give --out a name ending in ${extensionOf(loaded)}, as "${path.basename(file)}" is (got "${out}").`);
    if (hasErrors(analysis.findings)) return stop(analysis, file, json, io);
    const period = collectedPeriod(stringOption(input, "period", usage), analysis.scorecard?.settings.agreementStart, analysis.reportingPeriod);

    const returns: ReturnInput[] = [];
    for (const r of returnFiles) {
      progress(io, `Reading ${r} ...`);
      try {
        // As the book: a pipe would be read for ever and a device until the memory is full.
        await checkBookToRead(r);
        returns.push({ file: path.basename(r), grids: (await loadWorkbook(await readBookFile(r))).grids });
      } catch (e) {
        if (!(e instanceof FileProblem) && !(e instanceof WorkbookFileError) && !(e instanceof CannotRun)) throw e;
        returns.push({ file: path.basename(r), unreadable: e instanceof WorkbookFileError ? e.sentenceFor(path.basename(r)) : e.message });
      }
    }
    let plan;
    let bytes: Uint8Array;
    try {
      plan = planMerge(analysis, loaded.grids, returns, { period, overwrite: Boolean(input.options.overwrite) });
      bytes = mergedPackage(loaded, plan);
    } catch (e) {
      if (!(e instanceof MergeRefused) && !(e instanceof RefreshRefused)) throw e;
      io.stderr(`${e.message}${e instanceof RefreshRefused ? " Nothing was written." : ""}\n`);
      return EXIT_WORKBOOK_ERRORS;
    }
    if (input.options.refresh) {
      const merged = await loadWorkbook(bytes);
      const again = analyse(merged.grids);
      if (hasErrors(again.findings)) return stop(again, `${file} with the returns merged`, json, io);
      bytes = await refreshedBytes(merged, planRefresh(again));
    }
    await writeFileAtomically(out, bytes).catch(asCannotRun);
    if (chaseDir) {
      const due = figuresDueBy(analysis.papers, plan.period);
      const owed = plan.chase.filter(hasChase);
      const names = uniqueFileNames(owed.map((c) => `${safeFileName(c.partnership)} chase`), ".docx");
      const letters = await Promise.all(owed.map(async (c, i) => ({ fileName: names[i], bytes: await buildChaseLetter(chaseLetter(c, plan, due)) })));
      const written = await writeFilesIntoFolder(chaseDir, letters).catch(asCannotRun);
      if (!json) io.stdout(`${written.map((w) => `Wrote ${w}`).join("\n")}\n`);
    }
    if (json) {
      // The cells written are the file's business; a script reads what happened to each figure and text.
      const { period: p, returns: r, figures, texts, findings, chase } = plan;
      const returns = r.map((x) => (x.taken ? { ...x, counts: returnCounts(plan, x.file) } : x));
      io.stdout(jsonText({ book: file, out, refreshed: Boolean(input.options.refresh), period: p, returns, figures, texts, findings, chase }));
    } else io.stdout(`${mergeReportText(plan, out)}${input.options.refresh ? `Refreshed ${path.basename(out)} with the merged figures: its statuses and Partnership Summary sheet rebuilt.\n` : ""}`);
    // A return (or a figure of one) refused for an error is not a clean merge: scripts see exit 1; the copy still holds the rest.
    return plan.findings.some((f) => f.severity === "error") ? EXIT_WORKBOOK_ERRORS : EXIT_DONE;
  },
};

function stop(analysis: ReturnType<typeof analyse>, file: string, json: boolean, io: Parameters<Command["run"]>[0]["io"]): number {
  if (json) io.stdout(jsonText(analysisJson(analysis)));
  else io.stdout(`${findingsText(analysis.findings)}\n${file}: ${countsText(analysis.findings)}. Nothing was written; fix the errors and merge again.\n`);
  return EXIT_WORKBOOK_ERRORS;
}

