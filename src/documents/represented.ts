import { literalPattern } from "../keys";
import { ActionItem, AgendaItem, Analysis, Attendee, PartnershipRating } from "../model";

// Which partnerships the minutes give a section, and who spoke for each: minutes record what
// happened, so a partnership is reported under an item the agenda gave it, with its drafted update
// only when its lead or deputy was there; a partnership on the agenda with nobody there is recorded
// as such ("No representative was available", as the Essex minutes say), and none is reported
// under an item the agenda does not have.

export const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Words in a partnership's name that stand for it on an agenda: its full name, and a short name in brackets ("GEPF"). */
function namesOf(partnership: string): string[] {
  const short = /\(([^)]+)\)\s*$/.exec(partnership)?.[1];
  const bare = partnership.replace(/\s*\([^)]*\)\s*$/, "");
  return [partnership, bare, ...(short ? [short] : [])].filter((n) => n.trim() !== "");
}


/** Whether the text names the partnership, as a whole word ("CWOP", not "CWOPS"). */
export function names(text: string, partnership: string): boolean {
  return namesOf(partnership).some((n) => new RegExp(`(^|[^\\p{L}\\p{N}])${literalPattern(n)}($|[^\\p{L}\\p{N}])`, "iu").test(text));
}

/** The lead or deputy of the partnership who was at the meeting (present or in attendance), if any. */
export function representativeOf(analysis: Analysis, p: PartnershipRating): Attendee | null {
  const there = analysis.papers.attendance.filter((a) => a.attendance !== "Apologies");
  const byName = there.find((a) => [p.lead, p.deputy].some((n) => n !== null && sameName(a.name, n)));
  if (byName) return byName;
  // "Alan Dawkes – Safer Essex Lead": the Attendance sheet's role says whom they lead.
  return there.find((a) => a.organisation !== null && /\b(lead|deputy)\b/i.test(a.organisation) && names(a.organisation, p.name)) ?? null;
}

/** Updates for the thematic partnerships: "Thematic Partnership update", "Partnership progress". */
export const UPDATES_ITEM = /thematic|partnership (update|progress)/i;

// What is left of an item's title once a partnership's name is taken out, for an item of its own ("CWOP update").
// A partnership's paper on the forward plan is its item too ("CYPP annual review", "CWOP mid-year report").
const UPDATE_WORDS = /^(update|updates|progress|report|position|verbal update|partnership update|progress report|annual review|annual report|mid year report|mid year review|half year report)?$/i;

/**
 * The partnerships an agenda item gives a section: a partnership's own item ("3. CWOP update");
 * for the thematic updates item, those it names ("Thematic updates: CYPSP, 2012"), else every
 * partnership, as the item is for each of them to report.
 */
export function partnershipsOfItem(item: AgendaItem, all: PartnershipRating[], own: ReadonlySet<string>): PartnershipRating[] {
  const named = all.filter((p) => names(item.item, p.name));
  if (UPDATES_ITEM.test(item.item)) return named.length > 0 ? named : all.filter((p) => !own.has(p.name));
  if (named.length !== 1) return [];
  const rest = namesOf(named[0].name).reduce((t, n) => t.replace(new RegExp(literalPattern(n), "i"), ""), item.item);
  return UPDATE_WORDS.test(rest.replace(/[^\p{L}\p{N} ]+/gu, " ").replace(/\s+/g, " ").trim()) ? named : [];
}

/** Partnerships that have an item of their own on the agenda (not reported again under the general updates item). */
export function partnershipsWithOwnItem(items: AgendaItem[], all: PartnershipRating[]): Set<string> {
  const own = new Set<string>();
  for (const item of items) if (!UPDATES_ITEM.test(item.item)) for (const p of partnershipsOfItem(item, all, new Set())) own.add(p.name);
  return own;
}

/** An action of the log that is the partnership's: its owner is the lead or deputy, or names the partnership ("CWOP (Loretta Sollars)"). */
export function actionIsFor(a: ActionItem, p: PartnershipRating): boolean {
  if (!a.owner) return false;
  return [p.lead, p.deputy].some((n) => n !== null && sameName(a.owner!, n)) || names(a.owner, p.name);
}
