import { PaperTemplate } from "../documents";
import { Analysis } from "../model";
import { checkWritableTarget, writeFileAtomically } from "../node/node-files";
import { asCannotRun } from "./as-cannot-run";
import { checkTargetToReplace } from "./book-path";
import { bookArgument, CannotRun, Command, EXIT_DONE, EXIT_WORKBOOK_ERRORS, progress, stringOption } from "./command";
import { loadTemplate, stopOnErrors, templateProblemsSentence } from "./document-template";
import { analyseFile } from "./workbook";

// A paper for the whole group, one file (the minutes, the covering report): the same steps for
// each, so a refusal or a warning reads the same whichever paper was asked for.

type Built = { ok: true; bytes: Uint8Array } | { ok: false; problems: Parameters<typeof templateProblemsSentence>[1] };

export interface GroupPaper {
  /** The command's name and default template and file name: "minutes" gives minutes.docx. */
  name: string;
  summary: string;
  placeholders: Parameters<typeof loadTemplate>[2];
  build(analysis: Analysis, template: PaperTemplate): Promise<Built>;
  /** A warning for the workbook the paper will prompt about, or null. */
  warning(analysis: Analysis): string | null;
}

export function groupPaperCommand(paper: GroupPaper): Command {
  const usage = `${paper.name} BOOK --out FILE [--template FILE]`;
  return {
    usage,
    summary: paper.summary,
    options: { out: { type: "string", short: "o" }, template: { type: "string", short: "t" } },
    async run(input) {
      const { io } = input;
      const file = bookArgument(input, usage);
      const out = stringOption(input, "out", usage, true);
      if (!/\.docx$/i.test(out)) throw new CannotRun(`Give --out a file name ending in .docx, such as ${paper.name}.docx (got "${out}").`);
      await checkTargetToReplace(out);
      await checkWritableTarget(out).catch(asCannotRun);
      const template = await loadTemplate(stringOption(input, "template", usage), `${paper.name}.docx`, paper.placeholders);

      const { analysis } = await analyseFile(file, io);
      if (stopOnErrors(analysis, file, io)) return EXIT_WORKBOOK_ERRORS;
      const warning = paper.warning(analysis);
      if (warning) io.stderr(`Warning: ${warning}\n`);
      progress(io, `Writing ${out} ...`);
      const result = await paper.build(analysis, template.prepared);
      if (!result.ok) throw new CannotRun(templateProblemsSentence(template.name, result.problems));
      await writeFileAtomically(out, result.bytes).catch(asCannotRun);
      io.stdout(`Wrote ${out}\n`);
      return EXIT_DONE;
    },
  };
}
