import { ActionItem, AgendaItem, Analysis } from "../model";
import { Block, bullet, heading, paragraphs, prompt } from "./blocks";
import { formatPaperDate } from "./format";
import { partnershipUpdates } from "./partnership-updates";

// The numbered items of the minutes, each with its discussion, then its decisions and its actions
// told apart, as the seed minutes do ("The minutes were agreed." is a decision; "Gill to draw up a
// grid" is an action). The Agenda sheet has one Action / decision column, so each line of it is
// read: a line that says "Action:" or "Decision:" is what it says; otherwise a line in the form
// "<someone> to <do something>" is an action, and any other line a decision.

export const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

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
 * "<owner> to <the action>" ("Thematic leads to bring the reports" beside "Bring the reports").
 */
function sameAction(line: string, logged: ActionItem): boolean {
  const typed = plainWords(line);
  const action = plainWords(logged.action);
  if (typed === "" || action === "") return false;
  return typed === action || typed.endsWith(` to ${action}`) || action.startsWith(typed) || typed.startsWith(action);
}

/** "Gill to draw up a grid (Owner: Gill Butterworth, due 27 March 2009)". */
export function actionLine(a: ActionItem): string {
  // A date reads "due 16 November 2009"; text such as "Timescales to be agreed" reads as typed.
  const due = a.due instanceof Date ? `due ${formatPaperDate(a.due)}` : formatPaperDate(a.due);
  const detail = [a.owner ? `Owner: ${a.owner}` : "", due].filter((s) => s !== "").join(", ");
  return detail ? `${a.action} (${detail})` : a.action;
}

const UPDATES = /thematic|partnership (update|progress)/i;

function itemHeading(no: string, title: string): Block {
  const number = /^\d+$/.test(no) ? `${no}. ` : no ? `${no} ` : "";
  return heading(1, `${number}${title}`);
}

export function agendaBlocks(analysis: Analysis): Block[] {
  const { agenda: items, actions } = analysis.papers;
  const blocks: Block[] = [];
  let updatesPlaced = false;
  for (const item of items) {
    blocks.push(itemHeading(item.no, item.item));
    if (item.discussion) blocks.push(...paragraphs(item.discussion));
    const isUpdates = !updatesPlaced && UPDATES.test(item.item);
    if (isUpdates) {
      blocks.push(...partnershipUpdates(analysis));
      updatesPlaced = true;
    }
    const { decisions, actions: typed } = decisionsAndActions(item.decision);
    // An action both typed on the Agenda sheet and logged on the Actions sheet is said once, as logged (with its owner and date).
    const logged = actionsOf(item, actions);
    const all = [...typed.filter((t) => !logged.some((l) => sameAction(t, l))), ...logged.map(actionLine)];
    if (decisions.length > 0) blocks.push(heading(2, decisions.length === 1 ? "Decision" : "Decisions"), ...decisions.flatMap((d) => paragraphs(d)));
    if (all.length > 0) blocks.push(heading(2, all.length === 1 ? "Action" : "Actions"), ...all.map((a) => bullet(a)));
    if (!item.discussion && decisions.length === 0 && all.length === 0 && !isUpdates) blocks.push(prompt("No discussion recorded. Add it on the Agenda sheet (Discussion)."));
  }
  if (!updatesPlaced) {
    const last = Math.max(0, ...items.map((i) => Number(i.no)).filter((n) => Number.isInteger(n)));
    blocks.push(itemHeading(String(last + 1), "Thematic partnership updates"), ...partnershipUpdates(analysis));
  }
  return blocks;
}
