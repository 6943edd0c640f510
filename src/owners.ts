import { partnershipKey } from "./keys";
import { Partnership } from "./model";

// Which thematic partnership an action or a forward-plan item belongs to, from its Owner or
// Responsibility cell (docs/exceptions.md, "Actions and milestones of a partnership"). Names are
// compared as partnership names are (one key: case, spaces, punctuation and "&"/"and" ignored).

/** Owners that stand for every thematic partnership, as the forward plan writes them. */
const EVERY_PARTNERSHIP = new Set([
  "thematic leads", "all thematic leads", "thematic partnership leads", "thematic leads or deputies",
  "thematic partnership leads or deputies", "all leads", "all partnerships", "all thematic partnerships", "thematic partnerships",
].map(partnershipKey));

/** Where one owner cell names several ("Alan Dawkes / Peter Lowton", "CWOP (Loretta Sollars)"). */
const SEPARATORS = /[/,;()\n]+/;

const BRACKETED = /\(([^)]*)\)/g;

/** A partnership's own names: as written, without the short name in brackets, and that short name. */
function ownNames(name: string): string[] {
  const names = [name, name.replace(BRACKETED, "")];
  for (const m of name.matchAll(BRACKETED)) names.push(m[1]);
  return names;
}

/** Whether what the user typed names the partnership: its name, or its short name ("GEPF"). */
export function isNamed(partnershipName: string, typed: string): boolean {
  const key = partnershipKey(typed);
  return key !== "" && ownNames(partnershipName).some((n) => partnershipKey(n) === key);
}

/**
 * The names a partnership answers to: its own, with and without the short name it carries in
 * brackets, and that short name; its lead and deputy, each person a lead cell lists, without a
 * role in brackets ("Charlotte Ball (maternity leave) / Loretta Sollars").
 */
function namesOf(partnership: Pick<Partnership, "name" | "lead" | "deputy">): Set<string> {
  const names = ownNames(partnership.name);
  for (const people of [partnership.lead, partnership.deputy]) {
    if (people) names.push(...people.replace(BRACKETED, "").split(SEPARATORS));
  }
  return new Set(names.map(partnershipKey).filter((k) => k !== ""));
}

/**
 * Whether the owner belongs to the partnership: the whole cell, or one of the names it lists,
 * is the partnership's name, the short name in brackets after it, its lead or its deputy; or the
 * cell says every thematic lead ("Thematic Leads").
 */
export function ownedBy(owner: string | null, partnership: Pick<Partnership, "name" | "lead" | "deputy">): boolean {
  if (!owner) return false;
  const whole = partnershipKey(owner);
  if (whole === "") return false;
  if (EVERY_PARTNERSHIP.has(whole)) return true;
  const names = namesOf(partnership);
  if (names.has(whole)) return true;
  return owner.split(SEPARATORS).some((part) => {
    const k = partnershipKey(part);
    return k !== "" && names.has(k);
  });
}
