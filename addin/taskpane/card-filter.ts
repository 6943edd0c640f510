import { IndicatorToDiscuss, PartnershipCard } from "../../src/dashboard";
import { OverallStatus } from "../../src/model";

// Exceptions first: the Summary's cards in the order an exception report reads (Red, Amber, No data,
// Green; within one status the most reward at risk first, then the scorecard's order), and which of
// them the chosen filters and the search leave showing. No DOM here, so the rules are tested alone.

/** The statuses a filter chip can pick out; Green is what is left when none is picked. */
export const CHIP_STATUSES = ["Red", "Amber", "No data"] as const satisfies readonly OverallStatus[];
export type ChipStatus = (typeof CHIP_STATUSES)[number];

export interface CardFilter {
  /** Cards of these statuses; none picked means every status. */
  statuses: Set<ChipStatus>;
  /** Only partnerships whose status changed since the period before. */
  changed: boolean;
  /** Words to find in a partnership's name or an indicator's ref or title. */
  text: string;
}

export function noFilter(): CardFilter {
  return { statuses: new Set(), changed: false, text: "" };
}

export function isFiltered(filter: CardFilter): boolean {
  return filter.statuses.size > 0 || filter.changed || filter.text.trim() !== "";
}

const RANK: Record<OverallStatus, number> = { Red: 0, Amber: 1, "No data": 2, Green: 3 };

/** The cards in exception order, each with its place in the scorecard (for stable ids). */
export function orderCards(cards: readonly PartnershipCard[]): { card: PartnershipCard; index: number }[] {
  return cards
    .map((card, index) => ({ card, index }))
    .sort((a, b) => RANK[a.card.overall] - RANK[b.card.overall] || b.card.risk - a.card.risk || a.index - b.index);
}

/**
 * Whether the partnership's status changed since the period before. (Its indicators' moves are on
 * the card; in a county's book nearly every partnership has one, so they would pick out nothing.)
 */
export function hasChanged(card: PartnershipCard): boolean {
  return card.change.was !== null && card.change.was !== card.overall;
}

export interface CardMatch {
  shown: boolean;
  /** With a search: the indicators to discuss that match it (the card opens to them); null without one. */
  indicators: IndicatorToDiscuss[] | null;
}

/** Whether a card shows under a filter, and with a search which of its indicators match. */
export function matchCard(card: PartnershipCard, filter: CardFilter): CardMatch {
  const statusOk = filter.statuses.size === 0 || (filter.statuses as Set<OverallStatus>).has(card.overall);
  if (!statusOk || (filter.changed && !hasChanged(card))) return { shown: false, indicators: null };
  const words = searchWords(filter.text);
  if (words.length === 0) return { shown: true, indicators: null };
  if (matches(card.name, words)) return { shown: true, indicators: null };
  const indicators = card.toDiscuss.filter((i) => matches(`${i.ref} ${i.title}`, words));
  return { shown: indicators.length > 0, indicators };
}

function searchWords(text: string): string[] {
  return text.toLocaleLowerCase("en-GB").split(/\s+/).filter((w) => w !== "");
}

/** Every word somewhere in the text, ignoring case and the spaces inside a ref ("NI151" finds "NI 151"). */
function matches(text: string, words: readonly string[]): boolean {
  const lower = text.toLocaleLowerCase("en-GB");
  const squeezed = lower.replace(/\s+/g, "");
  return words.every((w) => lower.includes(w) || squeezed.includes(w));
}

/** The partnerships per chip: what each filter would show, for the chip's own words. */
export function chipCounts(cards: readonly PartnershipCard[]): Record<ChipStatus | "changed", number> {
  const counts = { Red: 0, Amber: 0, "No data": 0, changed: 0 };
  for (const card of cards) {
    if (card.overall !== "Green") counts[card.overall]++;
    if (hasChanged(card)) counts.changed++;
  }
  return counts;
}
