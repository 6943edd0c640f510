import { FindingGroup } from "./findings-view";
import { SummaryModel } from "./summary-view";

// DOM building for the pane's lists and tables. Text always goes in as textContent (workbook text is
// never read as HTML); every control is a native button or input, so the keyboard works unaided.

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Findings grouped by severity; each is a button that takes the user to its cell. */
export function renderFindings(
  root: HTMLElement,
  summary: string,
  groups: FindingGroup[],
  onChoose: (sheet: string, cell: string) => void,
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
      button.addEventListener("click", () => onChoose(item.sheet, item.cell));
      list.append(el("li", {}, button));
    }
    root.append(el("h3", { id: headingId }, group.heading[0].toUpperCase() + group.heading.slice(1)), list);
  }
}

/** The per-partnership summary after a refresh: counts, share on target, status in words and colour. */
export function renderSummary(root: HTMLElement, model: SummaryModel): void {
  const caption = el("caption", { className: "muted" }, `${model.totals}${model.period ? `, as at ${model.period}` : ""}`);
  const head = el("tr", {}, ...["Partnership", "Status", "Green", "Amber", "Red", "No data", "On target"].map((h) => el("th", { scope: "col" }, h)));
  const rows = model.rows.map((r) => {
    const status = el("td", { className: "status" }, r.status);
    status.style.background = r.colour;
    return el(
      "tr",
      {},
      el("th", { scope: "row" }, r.name),
      status,
      ...[r.green, r.amber, r.red, r.noData].map((n) => el("td", {}, String(n))),
      el("td", {}, r.onTarget),
    );
  });
  root.replaceChildren(el("h3", {}, "Partnerships"), el("table", { className: "summary", id: "summary-table" }, caption, el("thead", {}, head), el("tbody", {}, ...rows)));
}

/** One checkbox per partnership, all ticked; keeps the user's choices for names seen before. */
export function renderPartnershipChoices(root: HTMLElement, names: readonly string[]): void {
  const before = new Map([...root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].map((c) => [c.value, c.checked]));
  root.replaceChildren(
    ...names.map((name, i) => {
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = `partnership-${i}`;
      box.value = name;
      box.checked = before.get(name) ?? true;
      const label = document.createElement("label");
      label.htmlFor = box.id;
      label.textContent = name;
      return el("div", { className: "choice" }, box, label);
    }),
  );
}

export function chosenPartnerships(root: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].filter((c) => c.checked).map((c) => c.value);
}
