import { awaitedFigures } from "../../src/documents/data-due";
import { Analysis, IndicatorRating, Period } from "../../src/model";
import { formatPeriod } from "../../src/periods";
import { isRated } from "../../src/status";
import { ReadDocx } from "./read-docx";

// Reads a paper back as a board member would and checks each sentence the papers make about an
// indicator against what the engine rated: "rated on" only of a rated indicator, "on target" only
// of a Green one, "improved" only where the Direction of travel says Improving, "awaited" only of
// the figure that is due and not in. The users' own words (Commentary, Agenda) are not checked.

const STATUSES = ["Green", "Amber", "Red", "No data", "No target"] as const;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every string the workbook's paper sheets hold, line by line: the users' words, left alone. */
function usersWords(analysis: Analysis): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") v.split(/\r?\n/).forEach((l) => out.add(l.trim()));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object" && !(v instanceof Date)) Object.values(v).forEach(walk);
  };
  walk(analysis.papers);
  return out;
}

/** What one clause says of one indicator, checked against its rating; a list of contradictions. */
function checkClause(clause: string, r: IndicatorRating, reporting: Period | null, where: string): string[] {
  const problems: string[] = [];
  const ref = r.indicator.ref;
  const say = (what: string) => problems.push(`${where}: "${clause}" says ${ref} ${what}, but it is ${r.status}, ${r.direction}`);
  if (/\brated (?:meanwhile )?on\b/i.test(clause) && !isRated(r.status)) say("is rated");
  if (/no target to rate it against|has no target either|\bnot rated\b/.test(clause) && isRated(r.status)) say("is not rated");
  if (/\bis on target\b|met or beat|Back on target|still on target/.test(clause) && r.status !== "Green") say("is on target");
  if (/\boff target\b|Turned Red/i.test(clause) && r.status !== "Red") say("is off target");
  if (/\bwithin tolerance\b/.test(clause) && r.status !== "Amber") say("is within tolerance");
  for (const s of STATUSES) if (clause.includes(`(${s})`) && r.status !== s) say(`is ${s}`);
  if (/\bimproved\b(?! from Red to Amber)|\bimproving\b/i.test(clause) && r.direction !== "Improving") say("improved");
  if (/\bworsened\b|\bworsening\b|^Worse in each\b/i.test(clause) && r.direction !== "Worsening") say("worsened");
  if (/\bheld at\b/.test(clause) && r.direction !== "No change") say("held");
  const due = awaitedFigures(r, reporting)?.period ?? null;
  const awaited = /the (.+?) figure (?:is awaited|was due and is not in)/i.exec(clause);
  if (awaited && (!due || formatPeriod(due) !== awaited[1])) say(`awaits its ${awaited[1]} figure (due: ${due ? formatPeriod(due) : "none"})`);
  if (/none is due/.test(clause) && due) say(`owes no figure (due: ${formatPeriod(due)})`);
  return problems;
}

/**
 * The contradictions of one paper: each paragraph that starts with an indicator's ref (or a bullet
 * under an exception's line) is split into clauses, each clause's subjects are the refs before its
 * verb, and a clause without any speaks of the subjects before it. Under a good-news heading every
 * indicator named must be Green.
 */
export function contradictions(doc: ReadDocx, analysis: Analysis, paper: string): string[] {
  const reporting = analysis.reportingPeriod;
  const theirs = usersWords(analysis);
  const byRef = new Map(analysis.indicators.map((r) => [r.indicator.ref, r]));
  const refs = [...byRef.keys()].sort((a, b) => b.length - a.length);
  const titles = [...new Set(analysis.indicators.map((r) => r.indicator.title).filter((t) => t.length > 3))].sort((a, b) => b.length - a.length);
  const refAt = (text: string) => refs.find((ref) => new RegExp(`^${escape(ref)}(?![\\w.])`).test(text));
  const problems: string[] = [];
  let heading = "";
  let exception: string | null = null;
  for (const p of doc.paragraphs) {
    if (p.style && /^(Title|Heading\d)$/.test(p.style)) {
      heading = p.text;
      exception = null;
      continue;
    }
    const text = p.text.trim();
    if (text === "" || theirs.has(text)) {
      exception = null;
      continue;
    }
    // An exception's line: "NI 17 Perceptions of anti-social behaviour  No target ", its reasons below it.
    const line = new RegExp(`^(.+?)  (${STATUSES.join("|")})$`).exec(text);
    const lead = refAt(text);
    if (line && lead) {
      exception = lead;
      const r = byRef.get(lead)!;
      if (line[2] !== r.status) problems.push(`${paper}: the line "${text}" shows ${line[2]}, but ${lead} is ${r.status}`);
      if (/good news/i.test(heading) && r.status !== "Green") problems.push(`${paper}: ${lead} is under "${heading}" but is ${r.status}`);
      continue;
    }
    if (!lead && !exception) continue;
    let plain = text;
    for (const t of titles) plain = plain.split(t).join("TITLE");
    let subjects = lead ? [] : [exception!];
    for (const clause of plain.split(/; |\. (?=[A-Z])/)) {
      // The refs before the verb: "NI 8, NI 11 and NI 6 are annual indicators rated on ...".
      const prefix = clause.split(/ is | are | has | have |: | \(/)[0];
      const named = refs.filter((ref) => new RegExp(`(^|[ ,])${escape(ref)}(?![\\w.])`).test(prefix));
      if (named.length > 0) subjects = named;
      for (const ref of subjects) problems.push(...checkClause(clause, byRef.get(ref)!, reporting, `${paper}, under "${heading}"`));
    }
    if (lead && /good news/i.test(heading) && !/^(Overall status|Of \d)/.test(text)) {
      const r = byRef.get(lead)!;
      if (r.status !== "Green") problems.push(`${paper}: ${lead} is under "${heading}" but is ${r.status}`);
    }
  }
  return problems;
}
