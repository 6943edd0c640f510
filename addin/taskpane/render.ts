import { OverallStatus } from "../../src/model";
import { el } from "./dom";
import { FindingGroup } from "./findings-view";

// DOM building for the Check view's list and the Documents view's partnership choices. Every control is
// a native button or input, so the keyboard works unaided.

/** Findings grouped by severity; each is a button that takes the user to its cell. */
export function renderFindings(
  root: HTMLElement,
  summary: string,
  groups: FindingGroup[],
  onChoose: (sheet: string, cell: string, button: HTMLButtonElement) => void,
): void {
  root.replaceChildren(el("p", { className: "findings-summary", id: "findings-summary" }, summary));
  for (const group of groups) {
    const headingId = `findings-${group.severity}-heading`;
    const list = el("ul", { className: "finding-list", id: `findings-${group.severity}` });
    list.setAttribute("aria-labelledby", headingId);
    for (const item of group.items) {
      const button = el(
        "button",
        { type: "button", className: `finding ${group.severity}`, id: item.id, title: `Go to ${item.place}` },
        el("span", { className: "place" }, item.place),
        ` ${item.message}`,
        el("span", { className: "hint" }, item.hint),
      );
      button.dataset.sheet = item.sheet;
      button.dataset.cell = item.cell;
      button.addEventListener("click", () => onChoose(item.sheet, item.cell, button));
      list.append(el("li", {}, button));
    }
    root.append(el("h2", { id: headingId, className: "group-heading" }, group.heading[0].toUpperCase() + group.heading.slice(1)), list);
  }
}

/** A partnership to choose in Documents, with its status so "Red and Amber only" can tick them. */
export interface PartnershipChoice {
  name: string;
  overall: OverallStatus;
}

/** One checkbox per partnership, its status in words beside it, all ticked; keeps the user's choices for names seen before. */
export function renderPartnershipChoices(root: HTMLElement, partnerships: readonly PartnershipChoice[]): void {
  const before = new Map([...root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].map((c) => [c.value, c.checked]));
  root.replaceChildren(
    ...partnerships.map(({ name, overall }, i) => {
      const box = el("input", { type: "checkbox", id: `partnership-${i}`, value: name });
      box.checked = before.get(name) ?? true;
      box.dataset.status = overall;
      return el("div", { className: "choice" }, box, el("label", { htmlFor: box.id }, `${name} `, el("span", { className: `badge ${overall.replace(" ", "-")}` }, overall)));
    }),
  );
}

/** Ticks the partnerships `pick` chooses and unticks the rest. */
export function tickPartnerships(root: HTMLElement, pick: (status: OverallStatus) => boolean): void {
  for (const box of root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) box.checked = pick(box.dataset.status as OverallStatus);
}

export function chosenPartnerships(root: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].filter((c) => c.checked).map((c) => c.value);
}
