import { Dashboard, IndicatorToDiscuss, PartnershipCard, toDiscussLabel } from "../../src/dashboard";
import { groupDigits } from "../../src/format";
import { Status } from "../../src/model";
import { plural } from "../../src/words";
import { StatusCounts } from "../../src/rollup";
import { CardFilter, orderCards } from "./card-filter";
import { el } from "./dom";
import { sparkline } from "./spark-view";
import { renderFilters } from "./summary-filters";

// The Summary's layout: the area's line with the filters, then one card per partnership, exceptions
// first, that opens to the indicators to discuss, each a button that goes to its cell. Every figure
// comes from the engine's dashboard(); a status colour always comes with its word.

const COUNTS: [keyof StatusCounts, Status][] = [["green", "Green"], ["amber", "Amber"], ["red", "Red"], ["noData", "No data"], ["noTarget", "No target"]];

export type ChooseIndicator = (item: IndicatorToDiscuss, button: HTMLButtonElement) => void;

export function badge(status: Status, text: string = status): HTMLElement {
  return el("span", { className: `badge ${status.replace(" ", "-")}` }, text);
}

function counts(c: StatusCounts, label: string): HTMLElement {
  const list = el("ul", { className: "counts" }, ...COUNTS.filter(([key]) => c[key] > 0).map(([key, status]) => el("li", {}, badge(status, `${groupDigits(c[key], 0)} ${status}`))));
  list.setAttribute("aria-label", label);
  return list;
}

function facts(pairs: [string, string][]): HTMLElement {
  return el("dl", { className: "facts" }, ...pairs.map(([term, value]) => el("div", {}, el("dt", {}, term), el("dd", {}, value))));
}

/** A card on screen: opens and closes, and lists all its indicators or those a search found. */
export interface CardView {
  card: PartnershipCard;
  item: HTMLElement;
  setOpen(open: boolean): void;
  /** The indicators listed when open: null for all of them. */
  list(only: IndicatorToDiscuss[] | null): void;
}

/** Renders the dashboard; cards that were open stay open (by partnership name), the filter stays as it was. */
export function renderDashboard(root: HTMLElement, model: Dashboard, onChoose: ChooseIndicator, filter: CardFilter): void {
  const open = new Set([...root.querySelectorAll<HTMLElement>(".disclosure[aria-expanded=true]")].map((b) => b.dataset.partnership ?? ""));
  const area = model.area;
  const areaHeading = el("h2", { id: "area-heading" }, area.period ? `All partnerships, as at ${area.period}` : "All partnerships (no actuals yet)");
  const areaSection = el(
    "section",
    { className: "card area", id: "area-line" },
    areaHeading,
    el("p", { className: "area-total" }, `${plural(area.indicators, "indicator")} in ${plural(model.partnerships.length, "partnership")}`),
    counts(area.counts, "All indicators by status"),
    facts([
      ["PRG at stake", area.prgAtStake],
      ["PRG at risk", area.prgAtRisk],
      ["Improving", groupDigits(area.travel.improving, 0)],
      ["Worsening", groupDigits(area.travel.worsening, 0)],
    ]),
  );
  areaSection.setAttribute("aria-labelledby", "area-heading");
  const views = orderCards(model.partnerships).map(({ card, index }) => renderCard(card, index, open.has(card.name), onChoose));
  const cards = el("ul", { className: "cards", id: "partnership-cards" }, ...views.map((v) => v.item));
  cards.setAttribute("aria-label", "Partnerships, Red first");
  const filters = renderFilters(model, views, filter);
  areaSection.append(filters);
  root.replaceChildren(areaSection, el("h2", { className: "visually-hidden" }, "Partnerships"), cards);
}

function renderCard(card: PartnershipCard, i: number, open: boolean, onChoose: ChooseIndicator): CardView {
  const headingId = `card-${i}-name`;
  const listId = `card-${i}-list`;
  const empty = card.indicators === 0;
  const toggle = el("button", { type: "button", className: "disclosure", id: `card-${i}-toggle` }, toDiscussLabel(card));
  toggle.dataset.partnership = card.name;
  toggle.setAttribute("aria-controls", listId);
  const list = el("ul", { className: "discuss", id: listId });
  list.setAttribute("aria-labelledby", headingId);
  const more = el("div", { className: "more", id: `card-${i}-more` }, list, card.lead ? el("p", { className: "lead small" }, `Lead: ${card.lead}`) : "",
    el("p", { className: "travel small muted" }, `${groupDigits(card.travel.improving, 0)} improving, ${groupDigits(card.travel.worsening, 0)} worsening`));
  let only: IndicatorToDiscuss[] | null = null;
  let filled: IndicatorToDiscuss[] | null | undefined;
  // Filled when first opened: a book of thousands of indicators does not build thousands of hidden buttons.
  const fill = () => {
    if (filled === only) return;
    filled = only;
    list.replaceChildren(...(only ?? card.toDiscuss).map((item) => el("li", {}, indicatorButton(item, `indicator-${i}-${card.toDiscuss.indexOf(item)}`, onChoose))));
  };
  const setOpen = (opening: boolean) => {
    if (opening) fill();
    toggle.setAttribute("aria-expanded", String(opening));
    more.hidden = !opening;
  };
  setOpen(open && card.toDiscuss.length > 0);
  toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
  const item = el(
    "li",
    { className: `card partnership ${card.overall.replace(" ", "-")}`, id: `card-${i}` },
    el("h3", { id: headingId }, card.name),
    el(
      "p",
      { className: "status-line" },
      badge(card.overall, empty ? "No indicators" : card.overall),
      empty ? "" : el("span", { className: "on-target" }, card.onTarget),
    ),
    empty || !card.change.wasAt ? "" : el("p", { className: "change small" }, `${card.change.text}. ${card.change.movedText}.`),
    empty ? "" : el("p", { className: "reason" }, el("span", { className: "visually-hidden" }, `Why ${card.overall}: `), card.reason),
    counts(card.counts, `${card.name}: indicators by status`),
    card.hasReward ? el("p", { className: "prg small" }, `PRG at risk ${card.prgAtRisk} of ${card.prgAtStake}`) : "",
    // Nothing to open: said as text, not as a button that does nothing.
    card.toDiscuss.length ? toggle : el("p", { className: "small" }, `${toDiscussLabel(card)}.`),
    card.toDiscuss.length ? more : "",
  );
  item.setAttribute("aria-labelledby", headingId);
  return {
    card,
    item,
    setOpen: (o) => card.toDiscuss.length > 0 && setOpen(o),
    list(next) {
      only = next;
      if (!more.hidden) fill();
    },
  };
}

function indicatorButton(item: IndicatorToDiscuss, id: string, onChoose: ChooseIndicator): HTMLButtonElement {
  const button = el(
    "button",
    { type: "button", className: `indicator ${item.status.replace(" ", "-")}`, id, title: `Go to ${item.cell}` },
    el("span", { className: "line" }, el("span", { className: "ref" }, item.ref), badge(item.status), item.move.was ? el("span", { className: "was small" }, `was ${item.move.was}`) : ""),
    el("span", { className: "name" }, item.title),
    el("span", { className: "chart" }, sparkline(document, item.spark), el("span", { className: "figures" }, item.figures)),
    el("span", { className: "travel" }, item.directionText, item.move.text ? `; ${item.move.text}` : ""),
  );
  button.dataset.sheet = item.sheet;
  button.dataset.cell = item.cell;
  button.addEventListener("click", () => onChoose(item, button));
  return button;
}
