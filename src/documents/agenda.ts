import { ActionItem, AgendaItem, Analysis, PartnershipRating } from "../model";
import { Block, bullet, heading, paragraph, paragraphs, prompt } from "./blocks";
import { formatPaperDate } from "../format";
import { partnershipUpdate } from "./partnership-updates";
import { UPDATES_ITEM, actionIsFor, partnershipsOfItem, partnershipsWithOwnItem, representativeOf, sameName } from "./represented";

// The numbered items of the minutes, each with its discussion, then its decisions and its actions
// told apart, as the seed minutes do ("The minutes were agreed." is a decision; "Gill to draw up a
// grid" is an action). The Agenda sheet has one Action / decision column, so each line of it is
// read: a line that says "Action:" or "Decision:" is what it says; otherwise a line in the form
// "<someone> to <do something>" is an action, and any other line a decision.

export { sameName };

const NONE = /^(none|none required|nothing|n\/a|no action|no actions)\.?$/i;
// "Action:", "Decision:" and the words minutes put before a decision ("Agreed:", "Resolved:"): the
// heading says which it is, so the label goes and the line starts with a capital.
const LABELLED = /^(actions?|decisions?|agreed|resolved|decided|approved)\s*[:\-–]\s*/i;

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
// Words that, before "to", make the line a statement ("agreed to", "will need to"), not "<someone> to <do>".
const NOT_AN_OWNER = new Set(["agreed", "decided", "resolved", "approved", "asked", "invited", "welcomed", "was", "were", "is", "are", "be", "been", "will", "would", "should", "could", "may", "might", "must", "has", "have", "had", "need", "needs", "needed", "want", "wants", "wished", "going", "due", "able", "likely", "used", "expected", "it", "that", "which", "who"]);
// After "to", words that make it a direction ("to the Chair"), not a verb.
const NOT_A_VERB = new Set(["the", "a", "an", "this", "that", "these", "those", "their", "our", "his", "her", "its", "all", "each", "every", "date"]);

function isAction(line: string): boolean {
  const words = line.replace(/[“”"'‘’(),]/g, " ").trim().split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && w.toLowerCase() === "to");
  if (at < 1 || at > 10) return false;
  const next = (words[at + 1] ?? "").toLowerCase();
  if (!/^[a-z]+$/.test(next) || NOT_A_VERB.has(next)) return false;
  return !words.slice(0, at).some((w) => NOT_AN_OWNER.has(w.toLowerCase()));
}

/** The Action / decision text of an item, as decisions and actions. */
export function decisionsAndActions(text: string | null): { decisions: string[]; actions: string[] } {
  const decisions: string[] = [];
  const actions: string[] = [];
  for (const raw of (text ?? "").split(/\r?\n/)) {
    const line = raw.replace(/^\s*[•·\-–*]\s*/, "").trim();
    if (line === "" || NONE.test(line)) continue;
    const label = LABELLED.exec(line);
    if (label) {
      const rest = line.slice(label[0].length).trim();
      if (rest === "" || NONE.test(rest)) continue;
      (/^action/i.test(label[1]) ? actions : decisions).push(sentenceCase(rest));
    } else (isAction(line) ? actions : decisions).push(line);
  }
  return { decisions, actions };
}

/** Actions of the log that belong to an agenda item, by its number or title. */
function actionsOf(item: AgendaItem, actions: ActionItem[]): ActionItem[] {
  const digits = (s: string) => s.replace(/^\s*(item\s*(no\.?)?)\s*/i, "").replace(/\.$/, "").trim().toLowerCase();
  return actions.filter((a) => a.item !== null && (digits(a.item) === digits(item.no) || sameName(a.item, item.item)));
}

const plainWords = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * Whether a line of the Agenda sheet is an action the Actions sheet also holds: the same words, or
 * "<owner> to <the action>" ("Thematic leads to bring the reports" beside "Bring the reports"), or
 * the logged owner (or their first or last name) to do the same thing in other words: the same verb
 * and at least half the longer words of the logged action ("Claire to refresh the reward grant
 * forecast for the June meeting" beside "Refresh the reward grant forecast once outturns are
 * confirmed", owner Claire Nolan), so the minutes do not set one action twice.
 */
function sameAction(line: string, logged: ActionItem): boolean {
  const typed = plainWords(line);
  const action = plainWords(logged.action);
  if (typed === "" || action === "") return false;
  if (typed === action || typed.endsWith(` to ${action}`) || action.startsWith(typed) || typed.startsWith(action)) return true;
  const to = / to /.exec(typed);
  const owner = plainWords(logged.owner ?? "");
  if (!to || owner === "") return false;
  const who = typed.slice(0, to.index);
  const names = owner.split(" ");
  if (who !== owner && who !== names[0] && who !== names[names.length - 1]) return false;
  const what = typed.slice(to.index + 4).split(" ");
  const words = action.split(" ");
  const longer = words.filter((w) => w.length > 3);
  return what[0] === words[0] && longer.filter((w) => what.includes(w)).length * 2 >= longer.length;
}

/** "Gill to draw up a grid (Owner: Gill Butterworth, due 27 March 2009)". */
export function actionLine(a: ActionItem, withDue = true): string {
  // A date reads "due 16 November 2009"; text such as "Timescales to be agreed" reads as typed.
  const due = !withDue ? "" : a.due instanceof Date ? `due ${formatPaperDate(a.due)}` : formatPaperDate(a.due);
  const detail = [a.owner ? `Owner: ${a.owner}` : "", due].filter((s) => s !== "").join(", ");
  return detail ? `${a.action} (${detail})` : a.action;
}

/** An action the log marks as done: reported as done, not as an action the meeting set. */
export const isDone = (a: ActionItem) => /^(done|complete|completed|closed|achieved|finished)\b/i.test(a.status ?? "");

function itemHeading(no: string, title: string): Block {
  const number = /^\d+$/.test(no) ? `${no}. ` : no ? `${no} ` : "";
  return heading(1, `${number}${title}`);
}

/** Decisions, then the actions the meeting set, then those reported done, each under its own heading. */
function outcomes(decisions: string[], actions: string[], done: ActionItem[], level: 2 | 3): Block[] {
  const blocks: Block[] = [];
  if (decisions.length > 0) blocks.push(heading(level, decisions.length === 1 ? "Decision" : "Decisions"), ...decisions.flatMap((d) => paragraphs(d)));
  if (actions.length > 0) blocks.push(heading(level, actions.length === 1 ? "Action" : "Actions"), ...actions.map((a) => bullet(a)));
  if (done.length > 0) blocks.push(heading(level, done.length === 1 ? "Action completed" : "Actions completed"), ...done.map((a) => bullet(`${actionLine(a, false)}: done`)));
  return blocks;
}

/** A partnership's section under an item: its drafted update when its lead or deputy was there, else the record that nobody was. */
function partnershipSection(analysis: Analysis, p: PartnershipRating, actions: ActionItem[]): Block[] {
  const open = actions.filter((a) => !isDone(a));
  const done = actions.filter(isDone);
  const represented = representativeOf(analysis, p) !== null;
  const body = represented ? partnershipUpdate(analysis, p) : [heading(2, p.name), paragraph("No representative was available to attend this meeting.")];
  return [...body, ...outcomes([], open.map((a) => actionLine(a)), done, 3)];
}

export function agendaBlocks(analysis: Analysis): Block[] {
  const { agenda: items, actions } = analysis.papers;
  const own = partnershipsWithOwnItem(items, analysis.partnerships);
  const blocks: Block[] = [];
  let updatesPlaced = false;
  for (const item of items) {
    blocks.push(itemHeading(item.no, item.item));
    if (item.discussion) blocks.push(...paragraphs(item.discussion));
    // One general updates item reports the partnerships; a partnership's own item reports it.
    const general = UPDATES_ITEM.test(item.item);
    const sections = general && updatesPlaced ? [] : partnershipsOfItem(item, analysis.partnerships, own);
    if (general) updatesPlaced = true;
    const { decisions, actions: typed } = decisionsAndActions(item.decision);
    // An action both typed on the Agenda sheet and logged on the Actions sheet is said once, as logged (with its owner and date).
    const logged = actionsOf(item, actions);
    // A logged action of a partnership reported here is said in its section.
    const inSection = (a: ActionItem) => sections.some((p) => actionIsFor(a, p));
    for (const p of sections) blocks.push(...partnershipSection(analysis, p, logged.filter((a) => actionIsFor(a, p) && sections.find((q) => actionIsFor(a, q)) === p)));
    const rest = logged.filter((a) => !inSection(a));
    const all = [...typed.filter((t) => !logged.some((l) => sameAction(t, l))), ...rest.filter((a) => !isDone(a)).map((a) => actionLine(a))];
    const done = rest.filter(isDone);
    blocks.push(...outcomes(decisions, all, done, 2));
    if (!item.discussion && decisions.length === 0 && all.length === 0 && done.length === 0 && sections.length === 0) blocks.push(prompt("No discussion recorded. Add it on the Agenda sheet (Discussion)."));
  }
  return blocks;
}
