import { formatDayAndDate } from "../format";
import { returnFiles } from "../files";
import { writeFilesIntoFolder } from "../node/document-folder";
import { FileProblem } from "../node/node-files";
import { hasErrors, Period } from "../model";
import { formatPeriod, parsePeriod } from "../periods";
import { figuresDueBy } from "../progress";
import { makeReturns } from "../returns/make-returns";
import { periodColumnToAdd } from "../returns/merge-returns";
import { plural } from "../words";
import * as path from "node:path";
import { bookArgument, CannotRun, Command, EXIT_DONE, EXIT_WORKBOOK_ERRORS, stringOption } from "./command";
import { checkOutFolder, selectPartnerships } from "./document-folder";
import { countsText, findingsText } from "./report";
import { analyseFile } from "./workbook";

const usage = 'returns BOOK --out DIR [--partnership NAME] [--period "Q3 2009/10"]';

/** One return workbook per partnership for the period being collected (docs/returns.md). */
export const returnsCommand: Command = {
  usage,
  summary: "write one return workbook per partnership for its lead to fill in",
  options: { out: { type: "string", short: "o" }, partnership: { type: "string", short: "p" }, period: { type: "string" } },
  async run(input) {
    const { io } = input;
    const file = bookArgument(input, usage);
    const outDir = stringOption(input, "out", usage, true);
    await checkOutFolder(outDir);
    const { analysis, loaded } = await analyseFile(file, io);
    if (hasErrors(analysis.findings)) {
      io.stdout(findingsText(analysis.findings));
      io.stdout(`\n${file}: ${countsText(analysis.findings)}. No return was written; fix the errors and try again.\n`);
      return EXIT_WORKBOOK_ERRORS;
    }
    const period = collectedPeriod(stringOption(input, "period", usage), analysis.scorecard?.settings.agreementStart, analysis.reportingPeriod);
    const partnerships = selectPartnerships(analysis, stringOption(input, "partnership", usage), "return", io).map((p) => p.name);
    const books = makeReturns(analysis, { book: path.basename(file), period, partnerships });
    const written = await writeFilesIntoFolder(outDir, returnFiles(books)).catch((e: unknown) => {
      if (e instanceof FileProblem) throw new CannotRun(e.message);
      throw e;
    });
    const due = figuresDueBy(analysis.papers, period);
    io.stdout(`${written.map((w) => `Wrote ${w}`).join("\n")}\n`);
    io.stdout(`${plural(books.length, "return")} for ${formatPeriod(period)}${due ? `, due back by ${formatDayAndDate(due)}` : ""}.\n`);
    const column = periodColumnToAdd(analysis, loaded.grids, period);
    if (column) io.stderr(`Warning: ${column}\n`);
    return EXIT_DONE;
  },
};

/** --period as typed, else the reporting period of Settings (or the latest with figures). */
export function collectedPeriod(typed: string | undefined, agreementStart: number | undefined, reporting: Period | null): Period {
  if (typed !== undefined) {
    const period = parsePeriod(typed, agreementStart);
    if (!period) throw new CannotRun(`--period "${typed}" is not a period; write it as the scorecard's headers do, such as "Q3 2009/10" or "2009/10".`);
    return period;
  }
  if (!reporting) throw new CannotRun('The scorecard has no reporting period and no figures yet; give one with --period "Q1 2009/10".');
  return reporting;
}
