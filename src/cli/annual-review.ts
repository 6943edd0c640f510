import { promises as fs } from "node:fs";
import * as path from "node:path";
import { ANNUAL_REVIEW_PLACEHOLDERS, buildAnnualReview, safeFileName } from "../documents";
import { writeFileAtomically, FileProblem } from "../files/node-files";
import { partnershipKey } from "../read/partnerships";
import { bookArgument, CannotRun, Command, EXIT_DONE, EXIT_WORKBOOK_ERRORS, progress, stringOption } from "./command";
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
    const outStat = await fs.stat(outDir).catch(() => null);
    if (outStat && !outStat.isDirectory()) throw new CannotRun(`Give --out a folder for the documents; "${outDir}" is a file.`);
    const template = await loadTemplate(stringOption(input, "template", usage), "annual-review.docx", ANNUAL_REVIEW_PLACEHOLDERS);

    const { analysis } = await analyseFile(file, io);
    if (stopOnErrors(analysis, file, io)) return EXIT_WORKBOOK_ERRORS;
    let partnerships = analysis.partnerships;
    if (wanted !== undefined) {
      partnerships = partnerships.filter((p) => partnershipKey(p.name) === partnershipKey(wanted));
      if (partnerships.length === 0) {
        throw new CannotRun(`There is no partnership "${wanted}" on the scorecard; it has ${analysis.partnerships.map((p) => p.name).join(", ") || "none"}.`);
      }
    }
    if (partnerships.length === 0) throw new CannotRun("The scorecard has no partnerships, so there is no annual review to write.");

    // Every document is built before any is written, so a failure leaves nothing half done.
    const documents: { target: string; bytes: Uint8Array }[] = [];
    const used = new Set<string>();
    const generated = new Date();
    for (const [i, p] of partnerships.entries()) {
      progress(io, `Writing the annual review of ${p.name} (${i + 1} of ${partnerships.length}) ...`);
      const result = await buildAnnualReview(analysis, p.name, template.bytes, { templateName: template.name, generated });
      if (!result.ok) throw new CannotRun(result.problems.map((x) => x.message).join("; "));
      let base = safeFileName(p.name);
      for (let n = 2; used.has(base.toLowerCase()); n++) base = `${safeFileName(p.name)} (${n})`;
      used.add(base.toLowerCase());
      documents.push({ target: path.join(outDir, `${base}.docx`), bytes: result.bytes });
    }
    try {
      await fs.mkdir(outDir, { recursive: true });
      for (const d of documents) await writeFileAtomically(d.target, d.bytes);
    } catch (e) {
      if (e instanceof FileProblem) throw new CannotRun(e.message);
      if (e instanceof Error && "code" in e) throw new CannotRun(`Could not create the folder "${outDir}".`);
      throw e;
    }
    io.stdout(`${documents.map((d) => `Wrote ${d.target}`).join("\n")}\n`);
    return EXIT_DONE;
  },
};
