import { buildBoardReport, BOARD_REPORT_PLACEHOLDERS } from "../documents";
import { checkWritableTarget, writeFileAtomically } from "../node/node-files";
import { bookArgument, CannotRun, Command, EXIT_DONE, EXIT_WORKBOOK_ERRORS, progress, stringOption } from "./command";
import { loadTemplate, stopOnErrors, templateProblemsSentence } from "./document-template";
import { analyseFile } from "./workbook";
import { asCannotRun } from "./as-cannot-run";

const usage = "board-report BOOK --out FILE [--template FILE]";

/** The covering report for the whole group: every partnership's position, the exceptions across the agreement and the recommendations. */
export const boardReportCommand: Command = {
  usage,
  summary: "write the covering report (.docx) for the group: every partnership, the exceptions across the agreement and the recommendations",
  options: { out: { type: "string", short: "o" }, template: { type: "string", short: "t" } },
  async run(input) {
    const { io } = input;
    const file = bookArgument(input, usage);
    const out = stringOption(input, "out", usage, true);
    if (!/\.docx$/i.test(out)) throw new CannotRun(`Give --out a file name ending in .docx, such as board-report.docx (got "${out}").`);
    await checkWritableTarget(out).catch(asCannotRun);
    const template = await loadTemplate(stringOption(input, "template", usage), "board-report.docx", BOARD_REPORT_PLACEHOLDERS);

    const { analysis } = await analyseFile(file, io);
    if (stopOnErrors(analysis, file, io)) return EXIT_WORKBOOK_ERRORS;
    if (!analysis.scorecard?.settings.contact) io.stderr("Warning: no contact officer in the Settings sheet (Contact officer); the report prompts for one.\n");
    progress(io, `Writing ${out} ...`);
    const result = await buildBoardReport(analysis, template.prepared);
    if (!result.ok) throw new CannotRun(templateProblemsSentence(template.name, result.problems));
    await writeFileAtomically(out, result.bytes).catch(asCannotRun);
    io.stdout(`Wrote ${out}\n`);
    return EXIT_DONE;
  },
};

