import { DOCUMENT_KINDS, DocumentKind, documentKind } from "./document-kinds";
import { el } from "./dom";
import { chosenPartnerships, renderPartnershipChoices } from "./render";

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
    this.update();
  }

  /** The partnerships to choose from, as the last check found them. */
  setPartnerships(names: readonly string[]): void {
    renderPartnershipChoices(this.byId("partnership-choices"), names);
    this.byId("partnership-hint").textContent = names.length ? "" : "No partnerships found yet: check the workbook.";
    this.byId("partnership-hint").hidden = names.length > 0;
  }

  chosen(): DocumentsChoice {
    const id = this.doc.querySelector<HTMLInputElement>('input[name="document-kind"]:checked')?.value ?? DOCUMENT_KINDS[0].id;
    return { kind: documentKind(id), partnerships: chosenPartnerships(this.byId("partnership-choices")), asZip: (this.byId("as-zip") as HTMLInputElement).checked };
  }

  private update(): void {
    const { kind } = this.chosen();
    this.byId("review-partnerships").hidden = !kind.perPartnership;
    this.byId("download-documents").textContent = `Download ${kind.plural}`;
  }

  private byId(id: string): HTMLElement {
    return this.doc.getElementById(id)!;
  }
}
