import { STATUS_FILL } from "../colours";
import { ExceptionHeading } from "../exceptions";
import { Fact, factsOf, factsOfPartnership } from "../facts";
import { Analysis, IndicatorRating, Period } from "../model";
import { formatPeriod } from "../periods";
import { Block, bullet, paragraph, paragraphs, prompt, promptRun, run } from "./blocks";
import { awaitedFigures, awaitedPrompt, awaitedSentence, earlierYearSentence } from "./data-due";
import { exceptionRows, exceptionRowsTable } from "./exception-rows";
import { Comparison, HEADING_WORDS, exceptionBlocks, reasonSentence } from "./exception-words";
import { figureFormat, formatFigure, formatPercent } from "../format";
import { joinAnd } from "../words";
import { actualAgainstTarget, indicatorName, ratingsOf } from "./partnership-data";
import { reviewOf } from "./review-of";

// The one set of facts (src/facts.ts) in words, for every paper: an exception with every reason it
// meets (exception-words.ts), a standing fact in one sentence. Worked out once per analysis, so a
// batch of papers, and the covering report over them, list the same indicators under the same headings.

export interface PaperFacts {
  /** The reporting period against the period before; null when there are no actuals yet. */
  comparison: Comparison | null;
  facts: Fact[];
  /** Every indicator the facts were drawn from (a partnership's, or the whole scorecard's). */
  ratings: IndicatorRating[];
}

const known = new WeakMap<Analysis, PaperFacts>();

/** The facts of the whole scorecard as at the reporting period, against the period before. */
export function paperFacts(analysis: Analysis): PaperFacts {
  let facts = known.get(analysis);
  if (!facts) {
    const review = reviewOf(analysis);
    facts = { comparison: review ? { reporting: review.period, before: review.before.named } : null, facts: factsOf(analysis.indicators, review, analysis.papers), ratings: analysis.indicators };
    known.set(analysis, facts);
  }
  return facts;
}

/** One partnership's facts. */
export function partnershipFacts(analysis: Analysis, partnership: string): PaperFacts {
  const all = paperFacts(analysis);
  return { comparison: all.comparison, facts: factsOfPartnership(all.facts, partnership), ratings: ratingsOf(analysis, partnership) };
}

/** Why a fact that is no exception is listed, with its figures: "Short of target but within the 10% tolerance (Amber): ...". */
export function standingSentence(fact: Fact, reporting: Period | null): string {
  const r = fact.rating;
  switch (fact.standing) {
    case "short":
      return r.status === "Red"
        ? `Off target (Red): ${actualAgainstTarget(r)}.`
        : `Short of target but within the ${formatPercent(r.tolerance, 1)} tolerance (Amber): ${actualAgainstTarget(r)}.`;
    case "improving": {
      const was = r.previous ? `, better than ${formatFigure(r.previous.value, figureFormat(r.indicator))} in ${formatPeriod(r.previous.period)}` : "";
      return `On target (Green) and improving: ${actualAgainstTarget(r)}${was}.`;
    }
    default: {
      const awaited = awaitedFigures(r, reporting);
      const name = indicatorName(r);
      const said = awaited ? awaitedSentence(awaited, reporting).slice(name.length + 2) : "No figure in the scorecard yet.";
      return `${said.charAt(0).toUpperCase()}${said.slice(1)}`;
    }
  }
}

/** What the author is asked to do before the paper can say when a fact's awaited figure is due (data-due.ts awaitedPrompt), if anything. */
export function standingPrompt(fact: Fact, reporting: Period | null): string | null {
  if (fact.standing !== "noFigure" && !fact.exception?.reasons.some((r) => r.kind === "noData")) return null;
  const awaited = awaitedFigures(fact.rating, reporting);
  return awaited ? awaitedPrompt(awaited) : null;
}

/** Every sentence said of one fact, most serious first. */
export function factSentences(fact: Fact, c: Comparison | null, reporting: Period | null): string[] {
  if (fact.exception && c) return fact.exception.reasons.map((reason) => reasonSentence(reason, fact.rating, c));
  return [standingSentence(fact, reporting)];
}

/** One fact as the exception papers list it: name and status, a bullet per sentence (and, for an exception, its chart when asked). */
export function factBlocks(fact: Fact, c: Comparison | null, reporting: Period | null, charts: boolean): Block[] {
  if (fact.exception && c) {
    const ask = standingPrompt(fact, reporting);
    return [...exceptionBlocks(fact.exception, c, charts), ...(ask ? [prompt(ask)] : [])];
  }
  const r = fact.rating;
  return [
    paragraph([run(`${indicatorName(r)} `, { bold: true }), run(` ${r.status} `, { bold: true, fill: STATUS_FILL[r.status] })], { keepNext: true, after: 60 }),
    ...factSentences(fact, c, reporting).map((s) => {
      const ask = standingPrompt(fact, reporting);
      return bullet([run(s), ...(ask ? [run(" "), promptRun(ask)] : [])]);
    }),
  ];
}

/**
 * Under assurance, the figures awaited of indicators listed under a more serious heading: never
 * "no data is awaited" while another section says a figure was due and is not in.
 */
export function awaitedElsewhere(facts: PaperFacts): Block[] {
  const elsewhere = facts.facts.filter((f) => f.heading !== "dataAssurance" && f.exception?.reasons.some((r) => r.kind === "noData"));
  if (elsewhere.length === 0) return [];
  const items = elsewhere.map((f) => {
    const due = f.exception!.reasons.find((r) => r.kind === "noData");
    const period = due?.kind === "noData" ? `its ${formatPeriod(due.due)} figure` : "a figure";
    return `${f.rating.indicator.ref} (${period}, under ${HEADING_WORDS[f.heading]})`;
  });
  return [paragraph(`Also awaited, and listed under a more serious heading: ${joinAnd(items)}.`)];
}

/**
 * Under resource issues, the reward targets whose projected reward fell but are listed under a more
 * serious heading: never "no reward target's projected reward fell" beside a barrier that says one did.
 */
export function rewardFellElsewhere(facts: PaperFacts): Block[] {
  const elsewhere = facts.facts.filter((f) => f.heading !== "resources" && f.exception?.reasons.some((r) => r.kind === "rewardFell"));
  if (elsewhere.length === 0) return [];
  const items = elsewhere.map((f) => `${f.rating.indicator.ref} (under ${HEADING_WORDS[f.heading]})`);
  return [paragraph(`Projected reward also fell, for ${elsewhere.length === 1 ? "an indicator" : "indicators"} listed under a more serious heading: ${joinAnd(items)}.`)];
}

export function listedFacts(facts: PaperFacts, heading: ExceptionHeading, reporting: Period | null, charts: boolean): Block[] {
  const listed = facts.facts.filter((f) => f.heading === heading).flatMap((f) => factBlocks(f, facts.comparison, reporting, charts));
  if (heading === "resources") return [...listed, ...rewardFellElsewhere(facts)];
  if (heading !== "dataAssurance") return listed;
  const earlier = earlierYearSentence(facts.ratings, reporting);
  return [...listed, ...awaitedElsewhere(facts), ...(earlier ? [paragraph(earlier)] : [])];
}

export interface FactSectionOptions {
  charts: boolean;
  /** Said after the facts and before the commentary. */
  extra?: Block[];
  /** Under barriers, the exception rows of the Red indicators and emerging concerns (exception-rows.ts). */
  exceptionRows?: boolean;
}

/** The facts listed under one heading, then the partnership's commentary for it; a heading with neither prompts its author (`none`). */
export function factSection(facts: PaperFacts, heading: ExceptionHeading, reporting: Period | null, commentary: readonly string[], none: string, options: FactSectionOptions): Block[] {
  const rows = options.exceptionRows && heading === "barriers" ? exceptionRowsTable(exceptionRows(facts.facts), { partnerships: false }) : [];
  const blocks = [...listedFacts(facts, heading, reporting, options.charts), ...rows, ...(options.extra ?? []), ...commentary.flatMap((t) => paragraphs(t))];
  return blocks.length > 0 ? blocks : [prompt(none)];
}

const STANDING_WORDS = { short: "short of target", noFigure: "with no figure yet", improving: "on target and improving" } as const;

/** "Also listed, though not exceptions: 1 short of target and 2 on target and improving." Empty when there are none. */
export function standingSummary(facts: readonly Fact[]): string {
  const counts = (["short", "noFigure", "improving"] as const)
    .map((k) => [k, facts.filter((f) => f.standing === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${STANDING_WORDS[k]}`);
  return counts.length > 0 ? ` Also listed under their headings, though not exceptions: ${joinAnd(counts)}.` : "";
}
