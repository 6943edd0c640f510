import { buildMinutes, MINUTES_PLACEHOLDERS } from "../documents";
import { checkWritableTarget, writeFileAtomically } from "../node/node-files";
import { bookArgument, CannotRun, Command, EXIT_DONE, EXIT_WORKBOOK_ERRORS, progress, stringOption } from "./command";
import { loadTemplate, stopOnErrors, templateProblemsSentence } from "./document-template";
import { analyseFile } from "./workbook";
import { asCannotRun } from "./as-cannot-run";

const usage = "minutes BOOK --out FILE [--template FILE]";

/** The minutes of the meeting the workbook's Meeting, Attendance, Agenda, Actions and Forward plan sheets describe. */
export const minutesCommand: Command = {
  usage,
  summary: "write the minutes (.docx) of the meeting described in the workbook to FILE",
  options: { out: { type: "string", short: "o" }, template: { type: "string", short: "t" } },
  async run(input) {
    const { io } = input;
    const file = bookArgument(input, usage);
    const out = stringOption(input, "out", usage, true);
    if (!/\.docx$/i.test(out)) throw new CannotRun(`Give --out a file name ending in .docx, such as minutes.docx (got "${out}").`);
    await checkWritableTarget(out).catch(asCannotRun);
    const template = await loadTemplate(stringOption(input, "template", usage), "minutes.docx", MINUTES_PLACEHOLDERS);

    const { analysis } = await analyseFile(file, io);
    if (stopOnErrors(analysis, file, io)) return EXIT_WORKBOOK_ERRORS;
    if (!analysis.papers.meeting) io.stderr("Warning: the workbook has no Meeting sheet; the minutes prompt for its title, date and venue.\n");
    progress(io, `Writing ${out} ...`);
    const result = await buildMinutes(analysis, template.prepared);
    if (!result.ok) throw new CannotRun(templateProblemsSentence(template.name, result.problems));
    await writeFileAtomically(out, result.bytes).catch(asCannotRun);
    io.stdout(`Wrote ${out}\n`);
    return EXIT_DONE;
  },
};

