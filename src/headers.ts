import { OWN_COLUMNS, OwnColumn, Period } from "./model";
import { readPeriodText } from "./read/period-words";

// What each scorecard column holds, read from its header (workbook spec, "The scorecard sheet").
// Headers are compared case-insensitively, ignoring punctuation and repeated spaces; a £ or %
// is kept, because "PRG (£)" is a sum of money while "PRG" is a yes/no.

export type FieldRole =
  | "ref"
  | "indicator"
  | "partnership"
  | "priority"
  | "leadOfficer"
  | "polarity"
  | "unit"
  | "frequency"
  | "baseline"
  | "tolerance"
  | "rewardTarget"
  | "rewardValue";

export type HeaderMeaning =
  | { kind: "field"; role: FieldRole }
  | { kind: "target" | "actual"; period: Period }
  /** Says Target or Actual but no period we can read: the column is ignored, with a warning. */
  | { kind: "unreadable-period"; series: "target" | "actual" }
  | { kind: "own"; column: OwnColumn }
  | { kind: "other" };

/** Accepted headers per field, as a person would write them; the first is the one we suggest. */
export const FIELD_HEADERS: Record<FieldRole, readonly string[]> = {
  ref: ["Ref", "NI", "NI ref", "NI no", "NI number", "Indicator ref", "Indicator reference", "Indicator no",
    "Indicator number", "Indicator code", "Reference", "Ref no", "Code", "ID", "PI", "PI ref", "LAA ref", "LAA no",
    "NI code", "NI / Local ref", "NI or local ref"],
  indicator: ["Indicator", "Title", "Description", "Indicator name", "Indicator title", "Indicator description",
    "National indicator", "Performance indicator", "Measure description", "LAA indicator", "Performance measure",
    "PI description"],
  partnership: ["Thematic partnership", "Partnership", "Theme", "Lead partnership", "Block", "Thematic block",
    "Thematic group", "Thematic partnership block", "Thematic board", "Partnership board", "Delivery partnership"],
  priority: ["Priority", "Outcome", "LAA priority", "Priority outcome"],
  leadOfficer: ["Lead officer", "Lead", "Responsible officer", "Accountable officer", "Lead contact", "Officer"],
  polarity: ["Polarity", "Good is", "Better is", "Direction of improvement", "Good performance is", "Direction",
    "Is high good", "Desired direction"],
  unit: ["Unit", "Measure", "Units", "Unit of measure"],
  frequency: ["Frequency", "Reporting frequency"],
  baseline: ["Baseline"],
  tolerance: ["Tolerance", "Amber tolerance", "Tolerance %", "Amber tolerance %"],
  rewardTarget: ["Reward", "Reward target", "PRG", "PRG target", "Reward element"],
  rewardValue: ["Reward value", "PRG value", "PRG £", "Reward £", "PRG amount", "Reward grant", "PRG available"],
};

/** Ref headers that mean "the NI number", so a bare 151 in them is NI 151. */
const NI_ONLY = new Set(["ni", "ni ref", "ni no", "ni number"]);

const NOT_KEY_CHARS = /[^a-z0-9£%↑↓]+/g;
/** "Lead officer(s)" is "Lead officer". */
const PLURAL_S = /\(s\)/g;
const PERIOD_TOKEN = /^(?:fy|q[1-4]?|quarter|qtr|year|yr|y[1-9]?|\d{1,4})$/;
const QUARTER_ONLY = /^(?:q\s*[1-4]|(?:quarter|qtr)\s*[1-4])$/;
const TARGET_WORDS = new Set(["target", "targets", "tgt"]);
const ACTUAL_WORDS = new Set(["actual", "actuals", "outturn", "achieved", "result", "results"]);
const DIGIT = /\d/;
const BASELINE_FIGURE = new Set(["value", "figure", "data", "position", "performance"]);
const REWARD_WORDS = new Set(["reward", "prg"]);
// "Target met?", "On target", "Comments on 2009/10 actual": about the figures, not figures.
const NOT_FIGURES = new Set(["met", "on", "rag", "status", "comment", "comments", "commentary", "notes", "note", "source"]);

/** A header as compared: lower case, punctuation as spaces, spaces collapsed: "PRG (£)" -> "prg £". */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(PLURAL_S, "").replace(NOT_KEY_CHARS, " ").trim();
}

const FIELD_BY_KEY = new Map<string, FieldRole>();
for (const role of Object.keys(FIELD_HEADERS) as FieldRole[]) {
  for (const h of FIELD_HEADERS[role]) FIELD_BY_KEY.set(headerKey(h), role);
}
const OWN_BY_KEY = new Map<string, OwnColumn>(OWN_COLUMNS.map((c) => [headerKey(c), c]));

/** Whether a Ref header means the NI number (a bare 151 below it is NI 151). */
export function isNiOnlyRefHeader(text: string): boolean {
  return NI_ONLY.has(headerKey(text));
}

/** What a header cell says its column holds. `agreementStart` gives "Year 1" its year. */
export function classifyHeader(text: string, agreementStart: number): HeaderMeaning {
  const key = headerKey(text);
  if (!key) return { kind: "other" };
  const own = OWN_BY_KEY.get(key);
  if (own) return { kind: "own", column: own };
  const field = FIELD_BY_KEY.get(key) ?? FIELD_BY_KEY.get(key.replace("%", "").trim());
  if (field) return { kind: "field", role: field };

  const words = key.split(" ");
  if (words.some((w) => REWARD_WORDS.has(w) || NOT_FIGURES.has(w))) return { kind: "other" };
  if (words[0] === "baseline") {
    // "Baseline (2007/08)" or "Baseline value" holds the figure; "Baseline year" does not.
    const figure = words.length === 1 || DIGIT.test(key) || BASELINE_FIGURE.has(words[1]);
    return figure ? { kind: "field", role: "baseline" } : { kind: "other" };
  }

  const series = words.some((w) => TARGET_WORDS.has(w))
    ? "target"
    : words.some((w) => ACTUAL_WORDS.has(w)) || key.includes("out turn")
      ? "actual"
      : null;
  const period = readPeriodText(text, agreementStart);
  if (series) return period ? { kind: series, period } : { kind: "unreadable-period", series };
  // A header that is nothing but a period ("Q1 2009/10", "2008/09") holds actuals.
  if (words.every((w) => PERIOD_TOKEN.test(w))) {
    if (period) return { kind: "actual", period };
    // "Q2" under a year written in the row above: an actual column we cannot date, so say so.
    if (QUARTER_ONLY.test(key)) return { kind: "unreadable-period", series: "actual" };
  }
  return { kind: "other" };
}
