import { ANNUAL_REVIEW_PLACEHOLDERS, buildAnnualReview } from "../documents";
import { bookArgument, CannotRun, Command, EXIT_DONE, EXIT_WORKBOOK_ERRORS, progress, stringOption } from "./command";
import { checkOutFolder, PartnershipDocument, selectPartnerships, writePartnershipDocuments } from "./document-folder";
import { loadTemplate, stopOnErrors } from "./document-template";
import { analyseFile } from "./workbook";

const usage = "annual-review BOOK --out DIR [--partnership NAME] [--template FILE]";

/** One annual review per thematic partnership (or the one named), each .docx named after its partnership. */
export const annualReviewCommand: Command = {
  usage,
  summary: "write an annual review (.docx) for each partnership, or the one named, into DIR",
  options: { out: { type: "string", short: "o" }, partnership: { type: "string", short: "p" }, template: { type: "string", short: "t" } },
  async run(input) {
    const { io } = input;
    const file = bookArgument(input, usage);
    const outDir = stringOption(input, "out", usage, true);
    const wanted = stringOption(input, "partnership", usage);
    await checkOutFolder(outDir);
    const template = await loadTemplate(stringOption(input, "template", usage), "annual-review.docx", ANNUAL_REVIEW_PLACEHOLDERS);

    const { analysis } = await analyseFile(file, io);
    if (stopOnErrors(analysis, file, io)) return EXIT_WORKBOOK_ERRORS;
    const partnerships = selectPartnerships(analysis, wanted, "annual review", io);

    // Every document is built before any is written, and written all or none.
    const documents: PartnershipDocument[] = [];
    const generated = new Date();
    for (const [i, p] of partnerships.entries()) {
      progress(io, `Writing the annual review of ${p.name} (${i + 1} of ${partnerships.length}) ...`);
      const result = await buildAnnualReview(analysis, p.name, template.bytes, { templateName: template.name, generated });
      if (!result.ok) throw new CannotRun(result.problems.map((x) => x.message).join("; "));
      documents.push({ partnership: p.name, bytes: result.bytes });
    }
    await writePartnershipDocuments(outDir, documents, io);
    return EXIT_DONE;
  },
};
