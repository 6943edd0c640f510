import { DocumentOptions, DocumentResult, PaperTemplate, PlaceholderSpec, TemplateData } from "../documents";
import { Analysis } from "../model";
import { bookArgument, CannotRun, Command, EXIT_DONE, EXIT_WORKBOOK_ERRORS, progress, stringOption } from "./command";
import { checkOutFolder, PartnershipDocument, selectPartnerships, writePartnershipDocuments } from "./document-folder";
import { loadTemplate, stopOnErrors, templateProblemsSentence } from "./document-template";
import { analyseFile } from "./workbook";

// One command for each paper written per thematic partnership (annual-review, mid-year-report,
// progress-update): the same arguments, checks, exit codes and all-or-none writing, so the three
// cannot drift apart (docs/cli.md).

export interface PartnershipPaper {
  /** "annual-review" */
  command: string;
  /** "annual review": for "Writing the annual review of Safer Essex". */
  noun: string;
  summary: string;
  /** The standard template's file name in templates/. */
  template: string;
  placeholders: readonly PlaceholderSpec[];
  build(analysis: Analysis, partnership: string, template: TemplateData | PaperTemplate, options: DocumentOptions): Promise<DocumentResult>;
  /** A sentence for standard error when the workbook leaves the papers short of something (written all the same). */
  warning?(analysis: Analysis): string | null;
}

export function partnershipPaperCommand(paper: PartnershipPaper): Command {
  const usage = `${paper.command} BOOK --out DIR [--partnership NAME] [--template FILE]`;
  return {
    usage,
    summary: paper.summary,
    options: { out: { type: "string", short: "o" }, partnership: { type: "string", short: "p" }, template: { type: "string", short: "t" } },
    async run(input) {
      const { io } = input;
      const file = bookArgument(input, usage);
      const outDir = stringOption(input, "out", usage, true);
      const wanted = stringOption(input, "partnership", usage);
      await checkOutFolder(outDir);
      const template = await loadTemplate(stringOption(input, "template", usage), paper.template, paper.placeholders);

      const { analysis } = await analyseFile(file, io);
      if (stopOnErrors(analysis, file, io)) return EXIT_WORKBOOK_ERRORS;
      const partnerships = selectPartnerships(analysis, wanted, paper.noun, io);
      const warning = paper.warning?.(analysis);
      if (warning) io.stderr(`Warning: ${warning}\n`);

      // Every document is built before any is written, and written all or none; the template was read once, for all.
      const documents: PartnershipDocument[] = [];
      const generated = new Date();
      for (const [i, p] of partnerships.entries()) {
        progress(io, `Writing the ${paper.noun} of ${p.name} (${i + 1} of ${partnerships.length}) ...`);
        const result = await paper.build(analysis, p.name, template.prepared, { generated });
        if (!result.ok) throw new CannotRun(templateProblemsSentence(template.name, result.problems));
        documents.push({ partnership: p.name, bytes: result.bytes });
      }
      await writePartnershipDocuments(outDir, documents, io, paper.noun, analysis.reportingPeriod);
      return EXIT_DONE;
    },
  };
}
