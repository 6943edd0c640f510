import { Dashboard } from "../../src/dashboard";
import { plural } from "../../src/words";
import { CHIP_STATUSES, CardFilter, ChipStatus, chipCounts, isFiltered, matchCard } from "./card-filter";
import type { CardView } from "./dashboard-view";
import { el } from "./dom";

// The Summary's filters, in the area's line: the partnerships' counts by status are toggle buttons
// (Red, Amber, No data, status changed since the period before), a search over partnerships and the
// indicators to discuss, Collapse all and Show all. Filtering hides cards; it never redraws them, so
// the keyboard stays where it was.

export function renderFilters(model: Dashboard, views: readonly CardView[], filter: CardFilter): HTMLElement {
  const total = model.partnerships.length;
  const counts = chipCounts(model.partnerships);
  const wasAt = model.partnerships.find((c) => c.change.wasAt)?.change.wasAt ?? null;
  const since = wasAt ? `; changes are since ${wasAt}` : "";
  const shown = el("p", { className: "cards-shown small", id: "cards-shown" });
  shown.setAttribute("role", "status");
  const clear = el("button", { type: "button", id: "clear-filters" }, "Show all");

  const chip = (id: string, text: string, pressed: () => boolean, flip: () => void) => {
    const button = el("button", { type: "button", className: "chip", id }, text);
    button.setAttribute("aria-pressed", String(pressed()));
    button.addEventListener("click", () => {
      flip();
      button.setAttribute("aria-pressed", String(pressed()));
      apply();
    });
    return button;
  };
  const statusChip = (status: ChipStatus) =>
    chip(`filter-${status.replace(" ", "-")}`, `${counts[status]} ${status}`, () => filter.statuses.has(status), () => {
      if (!filter.statuses.delete(status)) filter.statuses.add(status);
    });
  const chips = el("div", { className: "chips", id: "status-filters" }, ...CHIP_STATUSES.map(statusChip));
  if (wasAt) chips.append(chip("filter-changed", `${counts.changed} changed status`, () => filter.changed, () => (filter.changed = !filter.changed)));
  chips.setAttribute("role", "group");
  chips.setAttribute("aria-label", "Show only the partnerships that are");

  const search = el("input", { type: "search", id: "card-search", value: filter.text, autocomplete: "off", placeholder: "e.g. NI 151 or Safer" });
  search.addEventListener("input", () => {
    filter.text = search.value;
    apply();
  });
  const collapse = el("button", { type: "button", id: "collapse-all" }, "Collapse all");
  collapse.addEventListener("click", () => views.forEach((v) => v.setOpen(false)));
  clear.addEventListener("click", () => {
    filter.statuses.clear();
    filter.changed = false;
    filter.text = search.value = "";
    for (const b of chips.querySelectorAll("button")) b.setAttribute("aria-pressed", "false");
    apply();
    search.focus();
  });

  function apply(): void {
    let count = 0;
    for (const view of views) {
      const match = matchCard(view.card, filter);
      view.item.hidden = !match.shown;
      view.list(match.indicators);
      // A search that found indicators in a card shows them.
      if (match.shown && match.indicators) view.setOpen(true);
      if (match.shown) count++;
    }
    clear.hidden = !isFiltered(filter);
    shown.textContent = !isFiltered(filter)
      ? `${plural(total, "partnership")}, Red first${since}.`
      : count === 0 ? `No partnership matches: choose Show all to see all ${total}.`
      : `Showing ${count} of ${plural(total, "partnership")}.`;
  }

  const box = el(
    "div",
    { className: "filters", id: "summary-filters" },
    chips,
    el("label", { className: "field-label", htmlFor: "card-search" }, "Find a partnership or indicator"),
    search,
    el("div", { className: "shown-row" }, shown, collapse, clear),
  );
  apply();
  return box;
}
