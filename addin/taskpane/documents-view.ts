import { DOCUMENT_KINDS, DocumentKind, documentKind } from "./document-kinds";
import { el } from "./dom";
import { plural } from "../../src/words";
import { chosenPartnerships, PartnershipChoice, renderPartnershipChoices, tickPartnerships } from "./render";

// The Documents view: one choice per kind of document (from DOCUMENT_KINDS), the partnerships for the
// kinds written per partnership, and one Download button whose words follow the choice.

export interface DocumentsChoice {
  kind: DocumentKind;
  partnerships: string[];
  asZip: boolean;
}

export class DocumentsView {
  constructor(private readonly doc: Document) {
    const fieldset = this.byId("document-kinds");
    fieldset.replaceChildren(
      fieldset.querySelector("legend")!,
      ...DOCUMENT_KINDS.map((kind, i) => {
        const radio = el("input", { type: "radio", name: "document-kind", id: `document-${kind.id}`, value: kind.id, checked: i === 0 });
        radio.setAttribute("aria-describedby", `document-${kind.id}-description`);
        radio.addEventListener("change", () => this.update());
        const description = el("span", { className: "description", id: `document-${kind.id}-description` }, kind.description);
        return el("div", { className: "choice" }, radio, el("label", { htmlFor: radio.id }, kind.name, description));
      }),
    );
    const choices = this.byId("partnership-choices");
    const tick = (id: string, pick: Parameters<typeof tickPartnerships>[1]) =>
      this.byId(id).addEventListener("click", () => {
        tickPartnerships(choices, pick);
        this.count();
      });
    tick("choose-all", () => true);
    tick("choose-none", () => false);
    tick("choose-red-amber", (status) => status === "Red" || status === "Amber");
    choices.addEventListener("change", () => this.count());
    this.update();
  }

  /** The partnerships to choose from, with their statuses, as the last check found them. */
  setPartnerships(partnerships: readonly PartnershipChoice[]): void {
    renderPartnershipChoices(this.byId("partnership-choices"), partnerships);
    this.byId("partnership-hint").textContent = partnerships.length ? "" : "No partnerships found yet: check the workbook.";
    this.byId("partnership-hint").hidden = partnerships.length > 0;
    this.count();
  }

  /** "4 of 50 partnerships ticked": said beside the list, so a long list need not be scrolled to know. */
  private count(): void {
    const total = this.byId("partnership-choices").querySelectorAll("input").length;
    this.byId("partnership-count").textContent = total ? `${chosenPartnerships(this.byId("partnership-choices")).length} of ${plural(total, "partnership")} ticked.` : "";
  }

  chosen(): DocumentsChoice {
    const id = this.doc.querySelector<HTMLInputElement>('input[name="document-kind"]:checked')?.value ?? DOCUMENT_KINDS[0].id;
    return { kind: documentKind(id), partnerships: chosenPartnerships(this.byId("partnership-choices")), asZip: (this.byId("as-zip") as HTMLInputElement).checked };
  }

  private update(): void {
    const { kind } = this.chosen();
    this.byId("review-partnerships").hidden = !kind.perPartnership;
    this.byId("zip-choice").hidden = !kind.perPartnership;
    this.byId("download-documents").textContent = `Download ${kind.plural}`;
  }

  private byId(id: string): HTMLElement {
    return this.doc.getElementById(id)!;
  }
}
