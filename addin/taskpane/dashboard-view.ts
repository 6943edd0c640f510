import { Dashboard, IndicatorToDiscuss, PartnershipCard, toDiscussLabel } from "../../src/dashboard";
import { groupDigits } from "../../src/format";
import { Status } from "../../src/model";
import { plural } from "../../src/words";
import { StatusCounts } from "../../src/rollup";
import { el } from "./dom";

// The Summary's layout: the area's line, then one card per partnership that opens to the indicators
// to discuss, each a button that goes to its cell. Every figure comes from the engine's dashboard();
// a status colour always comes with its word.

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

/** Renders the dashboard; cards that were open stay open (by partnership name). */
export function renderDashboard(root: HTMLElement, model: Dashboard, onChoose: ChooseIndicator): void {
  const open = new Set([...root.querySelectorAll<HTMLElement>(".disclosure[aria-expanded=true]")].map((b) => b.dataset.partnership ?? ""));
  const area = model.area;
  const areaHeading = el("h2", { id: "area-heading" }, area.period ? `All partnerships, as at ${area.period}` : "All partnerships (no actuals yet)");
  const areaSection = el(
    "section",
    { className: "card area", id: "area-line" },
    areaHeading,
    el("p", { className: "area-total" }, plural(area.indicators, "indicator")),
    counts(area.counts, "All indicators by status"),
    facts([
      ["PRG at stake", area.prgAtStake],
      ["PRG at risk", area.prgAtRisk],
      ["Improving", groupDigits(area.travel.improving, 0)],
      ["Worsening", groupDigits(area.travel.worsening, 0)],
    ]),
  );
  areaSection.setAttribute("aria-labelledby", "area-heading");
  const cards = el("ul", { className: "cards", id: "partnership-cards" }, ...model.partnerships.map((card, i) => renderCard(card, i, open.has(card.name), onChoose)));
  cards.setAttribute("aria-label", "Partnerships");
  root.replaceChildren(areaSection, el("h2", { className: "cards-heading" }, "Partnerships"), cards);
}

function renderCard(card: PartnershipCard, i: number, open: boolean, onChoose: ChooseIndicator): HTMLElement {
  const headingId = `card-${i}-name`;
  const listId = `card-${i}-list`;
  const toggle = el("button", { type: "button", className: "disclosure", id: `card-${i}-toggle` }, toDiscussLabel(card));
  toggle.dataset.partnership = card.name;
  toggle.setAttribute("aria-expanded", String(open));
  toggle.setAttribute("aria-controls", listId);
  const list = el("ul", { className: "discuss", id: listId, hidden: !open });
  list.setAttribute("aria-labelledby", headingId);
  // Filled when first opened: a book of thousands of indicators does not build thousands of hidden buttons.
  const fill = () => {
    if (list.childElementCount === 0) list.append(...card.toDiscuss.map((item, j) => el("li", {}, indicatorButton(item, `indicator-${i}-${j}`, onChoose))));
  };
  if (open) fill();
  toggle.addEventListener("click", () => {
    const opening = toggle.getAttribute("aria-expanded") !== "true";
    if (opening) fill();
    toggle.setAttribute("aria-expanded", String(opening));
    list.hidden = !opening;
  });
  const item = el(
    "li",
    { className: "card partnership", id: `card-${i}` },
    el("h3", { id: headingId }, card.name),
    el("p", { className: "status-line" }, badge(card.overall), el("span", { className: "on-target" }, card.onTarget)),
    card.lead ? el("p", { className: "lead small" }, `Lead: ${card.lead}`) : "",
    el("p", { className: "reason" }, el("span", { className: "visually-hidden" }, `Why ${card.overall}: `), card.reason),
    counts(card.counts, `${card.name}: indicators by status`),
    card.hasReward ? el("p", { className: "prg small" }, `PRG at risk ${card.prgAtRisk} of ${card.prgAtStake}`) : "",
    el("p", { className: "travel small muted" }, `${groupDigits(card.travel.improving, 0)} improving, ${groupDigits(card.travel.worsening, 0)} worsening`),
    // Nothing to open: said as text, not as a button that does nothing.
    card.toDiscuss.length ? toggle : el("p", { className: "small" }, `${toDiscussLabel(card)}.`),
    card.toDiscuss.length ? list : "",
  );
  item.setAttribute("aria-labelledby", headingId);
  return item;
}

function indicatorButton(item: IndicatorToDiscuss, id: string, onChoose: ChooseIndicator): HTMLButtonElement {
  const button = el(
    "button",
    { type: "button", className: `indicator ${item.status.replace(" ", "-")}`, id, title: `Go to ${item.cell}` },
    el("span", { className: "line" }, el("span", { className: "ref" }, item.ref), badge(item.status)),
    el("span", { className: "name" }, item.title),
    el("span", { className: "figures" }, item.figures),
    el("span", { className: "travel" }, item.directionText),
  );
  button.dataset.sheet = item.sheet;
  button.dataset.cell = item.cell;
  button.addEventListener("click", () => onChoose(item, button));
  return button;
}
