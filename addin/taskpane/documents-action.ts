import { plural } from "../../src/words";
import { Analysis } from "../../src/model";
import { DOCX_TYPE, Delivered, Delivery, FileToSave, ZIP_TYPE } from "../standalone/download";
import { TemplateName } from "./documents";
import { DocumentsChoice } from "./documents-view";
import { Feedback } from "./feedback";
import { inPagePapers, PaperWriter } from "./paper-writer";

// Writes the chosen documents, one at a time with progress painted before each, and hands them to the
// user the way the platform allows. What the pane then says is what happened: downloaded, handed to the
// browser (Excel on Mac), or not delivered and why.

export interface DocumentsEnv {
  delivery: Delivery;
  template(name: TemplateName): Promise<Uint8Array>;
  /** Where the papers are written: the pane's Web Worker; the page itself when absent. */
  papers?: PaperWriter;
}

export async function deliverDocuments(analysis: Analysis, choice: DocumentsChoice, env: DocumentsEnv, fb: Feedback): Promise<void> {
  const { kind } = choice;
  const names = kind.perPartnership ? choice.partnerships.filter((n) => analysis.partnerships.some((p) => p.name === n)) : [];
  if (kind.perPartnership && names.length === 0) return fb.say(`Tick at least one partnership to write its ${kind.noun}.`);
  await fb.busy(`Loading the ${kind.noun} template…`);
  const template = await env.template(kind.template);
  if (!kind.perPartnership) await fb.busy(`Writing the ${kind.noun}…`);
  const asked = { kindId: kind.id, analysis, partnerships: names, template, zip: choice.asZip };
  const result = await (env.papers ?? inPagePapers).write(asked, (progress) => {
    if (progress.step === "packing") return fb.busy(`Packing the ${kind.plural} into one .zip…`);
    return progress.done < progress.total ? fb.busy(`Writing ${kind.noun} ${progress.done + 1} of ${progress.total}: ${names[progress.done]}…`, progress.done / progress.total) : undefined;
  });
  if (!result.ok) return fb.say(result.problems.join(" "));
  const files: FileToSave[] = result.files.map((f) => ({ ...f, type: result.zipped ? ZIP_TYPE : DOCX_TYPE }));
  const delivered = await env.delivery.deliver(files, result.zipped ? result.papers.map((f) => ({ ...f, type: DOCX_TYPE })) : undefined);
  const what = kind.perPartnership ? plural(result.count, kind.noun, kind.plural) : `the ${kind.noun}`;
  fb.say(sentence(delivered, what, files, result.zipped), delivered.kind === "not-delivered" ? "problem" : "info");
  if (delivered.kind === "download-started" && delivered.handOff) offerHandOff(fb, delivered.handOff, what, files, result.zipped);
}

/** "Didn't get the file?": the same files handed to the user's browser instead (Excel on Windows). */
export function offerHandOff(fb: Feedback, handOff: () => Promise<Delivered>, what: string, files: FileToSave[], zipped: boolean): void {
  const button = fb.box.ownerDocument.createElement("button");
  button.type = "button";
  button.id = "hand-off";
  button.className = "link-button";
  button.textContent = `Didn't get the ${files.length === 1 ? "file" : "files"}? Open in your web browser instead`;
  button.addEventListener("click", async () => {
    const again = await handOff();
    fb.say(sentence(again, what, files, zipped, false), again.kind === "not-delivered" ? "problem" : "info");
  });
  fb.box.append(button);
}

/**
 * What happened, and no more: a browser may still ask where to save, or block a page that starts
 * several downloads at once until the user allows it, so several separate files are "asked for".
 */
export function sentence(delivered: Delivered, what: string, files: FileToSave[], zipped: boolean, onMac = true): string {
  const What = what[0].toUpperCase() + what.slice(1);
  const inFile = zipped ? ` in ${files[0].fileName}` : files.length === 1 ? ` as ${files[0].fileName}` : "";
  switch (delivered.kind) {
    case "download-started":
      return files.length === 1
        ? `Asked your browser to save ${what}${inFile} (usually to Downloads).`
        : `Asked your browser to save ${what} as ${files.length} separate files (usually to Downloads). If it asks whether this page may download multiple files, choose Allow; or tick "Several in one .zip file".`;
    case "handed-to-browser":
      if (delivered.separately) {
        return `${What} opened in your web browser one per window, to save from there: the .zip was too large to hand over in one go${onMac ? ", and Excel for Mac cannot save files from an add-in" : ""}.`;
      }
      return `${What} opened in your web browser${inFile}, to save from there${onMac ? ": Excel for Mac cannot save files from an add-in" : ""}.`;
    case "not-delivered":
      return `${What} not saved. ${delivered.sentence}`;
  }
}
