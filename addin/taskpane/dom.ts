// A small element builder for the pane. Text always goes in as textContent (workbook text is never
// read as HTML).

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== ""));
  return node;
}

/** Shows a short note right under a control (a finding, an indicator), replacing any earlier one. */
export function noteUnder(control: HTMLElement, text: string): HTMLElement {
  for (const old of control.ownerDocument.querySelectorAll(".goto-note")) old.remove();
  const note = el("p", { className: "goto-note" }, text);
  note.setAttribute("role", "status");
  control.insertAdjacentElement("afterend", note);
  note.scrollIntoView?.({ block: "nearest" });
  return note;
}
