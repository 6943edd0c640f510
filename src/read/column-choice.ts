import { a1 } from "../grid";
import { FieldRole, HeaderRank, Series } from "../headers";
import { finding } from "../findings";
import { Finding, Period } from "../model";
import { formatPeriod } from "../periods";
import { joinAnd } from "../words";

// Two columns for one thing (docs/workbook.md, "Two columns for one thing"): "Original target
// 2009/10" beside "Target 2009/10", or "Q2 2009/10 (provisional)" beside "(final)". Reading the
// first silently rated Green against a target that had been revised upwards, so a column is never
// chosen on a guess: the header's own words choose (Revised, Final, Latest before a plain header,
// a plain header before Original, Provisional, Draft), and where they do not, an error names both.

/** A column whose header says it holds the thing: where it is, its header, and its rank. */
export interface Candidate {
  column: number;
  text: string;
  rank: HeaderRank;
}

/** The column read, and the lower-ranked ones for the same thing, read in turn where its cell is blank. */
export interface Choice {
  column: number;
  fallback: number[];
}

/** Fields that only describe an indicator: two of them is a warning and the first is read, since no figure or rating depends on it. */
const DESCRIPTIVE: ReadonlySet<FieldRole> = new Set(["indicator", "priority", "leadOfficer"]);

const FIELD_WORDS: Record<FieldRole, string> = {
  ref: "the Ref",
  indicator: "the indicator's title",
  partnership: "the thematic partnership",
  priority: "the priority",
  leadOfficer: "the lead officer",
  polarity: "the polarity",
  unit: "the unit",
  frequency: "the frequency",
  baseline: "the baseline",
  tolerance: "the tolerance",
  rewardTarget: "the reward target (Y or N)",
  rewardValue: "the reward value",
};

const SERIES_WORDS: Record<Series, string> = { target: "targets", actual: "actuals", stretch: "stretch targets" };

export type Thing = { field: FieldRole } | { series: Series; period: Period };

function describe(thing: Thing): string {
  return "field" in thing ? FIELD_WORDS[thing.field] : `${SERIES_WORDS[thing.series]} for ${formatPeriod(thing.period)}`;
}

const RANK_HINT =
  `"Revised", "Final" or "Latest" in a header makes its column count before a plain one, and "Original", "Provisional" or "Draft" after it.`;

/**
 * The column to read for one thing, or null when the headers do not say which of two counts (an
 * error, or for a descriptive field a warning and the first). Findings are added to `findings`.
 */
export function chooseColumn(candidates: readonly Candidate[], thing: Thing, sheet: string, row: number, findings: Finding[]): Choice | null {
  if (candidates.length === 1) return { column: candidates[0].column, fallback: [] };
  const ranked = [...candidates].sort((a, b) => b.rank - a.rank || a.column - b.column);
  const what = describe(thing);
  const cell = (c: Candidate) => `${a1(row, c.column)} ("${c.text}")`;
  const two = candidates.length === 2;
  const listed = `${two ? "Both " : ""}${joinAnd(candidates.map(cell))}`;
  if ("field" in thing && DESCRIPTIVE.has(thing.field)) {
    const [read, ...others] = ranked;
    findings.push(finding("second-text-column", sheet, a1(row, others[0].column),
      `${listed} could ${two ? "" : "all "}hold ${what}: ${a1(row, read.column)} is read, and ${joinAnd(others.map((c) => a1(row, c.column)))} ${others.length === 1 ? "is" : "are"} not.`,
      `If another is the one to read, rename ${a1(row, read.column)}, such as "Notes".`));
    return { column: read.column, fallback: [] };
  }
  const tied = candidates.filter((c) => candidates.some((d) => d !== c && d.rank === c.rank));
  if (tied.length > 0) {
    const unsaid = tied.length === candidates.length ? "no header says which counts" : `${joinAnd(tied.map((c) => a1(row, c.column)))} do not say which of them counts`;
    findings.push(finding("two-columns-one-figure", sheet, a1(row, tied[tied.length - 1].column),
      `${listed} ${two ? "" : "all "}hold ${what}, and ${unsaid}, so ${two ? "neither" : "none"} is read.`,
      `Keep one, or rename ${two ? "the other" : "the others"} to say which counts: ${RANK_HINT}`));
    return null;
  }
  const [winner, ...others] = ranked;
  for (const other of others) {
    findings.push(finding("superseded-column", sheet, a1(row, other.column),
      `Both ${cell(other)} and ${cell(winner)} hold ${what}: ${a1(row, winner.column)} is the one read, and ${a1(row, other.column)} only where ${a1(row, winner.column)} is blank.`,
      `${RANK_HINT} If ${a1(row, other.column)} holds the figures to use, rename the headers to say so.`));
  }
  return { column: winner.column, fallback: others.map((c) => c.column) };
}
