import { plural } from "../../src/words";
import { Analysis } from "../../src/model";
import { DOCX_TYPE, Delivered, Delivery, FileToSave, ZIP_TYPE } from "../standalone/download";
import { TemplateName, zipOf } from "./documents";
import { DocumentsChoice } from "./documents-view";
import { Feedback } from "./feedback";

// Writes the chosen documents, one at a time with progress painted before each, and hands them to the
// user the way the platform allows. What the pane then says is what happened: downloaded, handed to the
// browser (Excel on Mac), or not delivered and why.

export interface DocumentsEnv {
  delivery: Delivery;
  template(name: TemplateName): Promise<Uint8Array>;
}

export async function deliverDocuments(analysis: Analysis, choice: DocumentsChoice, env: DocumentsEnv, fb: Feedback): Promise<void> {
  const { kind } = choice;
  const names = kind.perPartnership ? choice.partnerships.filter((n) => analysis.partnerships.some((p) => p.name === n)) : [];
  if (kind.perPartnership && names.length === 0) return fb.say(`Tick at least one partnership to write its ${kind.noun}.`);
  await fb.busy(`Loading the ${kind.noun} template…`);
  const template = await env.template(kind.template);
  const result = await kind.build(analysis, names, template, (done, total) =>
    done < total ? fb.busy(`Writing ${kind.noun} ${done + 1} of ${total}: ${names[done]}…`, done / total) : undefined,
  );
  if (!kind.perPartnership) await fb.busy(`Writing the ${kind.noun}…`);
  if (!result.ok) return fb.say(result.problems.join(" "));
  let files: FileToSave[] = result.files.map((f) => ({ ...f, type: DOCX_TYPE }));
  const zipped = kind.perPartnership && choice.asZip;
  if (zipped) {
    await fb.busy(`Packing the ${kind.plural} into one .zip…`);
    files = [{ fileName: `${kind.name}.zip`, bytes: await zipOf(result.files), type: ZIP_TYPE }];
  }
  const delivered = await env.delivery.deliver(files);
  fb.say(sentence(delivered, kind.perPartnership ? plural(result.files.length, kind.noun, kind.plural) : kind.name, files, zipped), delivered.kind === "not-delivered" ? "problem" : "info");
}

function sentence(delivered: Delivered, what: string, files: FileToSave[], zipped: boolean): string {
  const inFile = zipped || files.length === 1 ? ` as ${files[0].fileName}` : "";
  switch (delivered.kind) {
    case "downloaded":
      return `${what} downloaded${inFile}.`;
    case "handed-to-browser":
      return `${what} opened in your web browser${inFile}, to save from there: Excel for Mac cannot save files from an add-in.`;
    case "not-delivered":
      return `${what} not saved. ${delivered.sentence}`;
  }
}
