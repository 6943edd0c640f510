import { Frequency, Polarity, Unit } from "../model";
import { isAscii } from "../keys";
import { remembered } from "../remembered";

// Reading the text fields of an indicator row: polarity, unit, frequency and the reward Y/N.
// Each returns undefined for text it cannot read, so the caller can name the cell.

const WORDS = /[^a-z0-9%£↑↓▲▼⬆⬇+]+/g;

function words(text: string): string[] {
  return text.toLowerCase().replace(WORDS, " ").trim().split(" ").filter(Boolean);
}

// Polarity as officers write it (workbook spec, Polarity): a direction ("Higher", "Down", "↑",
// "Reduce"), a phrase ("Higher is better", "Smaller is better", "the lower the better"), or a
// judgement that reads by its meaning ("High is bad", "Higher is worse": lower is better). Every
// word must be one we know: anything else ("Sideways", "High priority", "Higher is not better")
// cannot be read, and the reader reports the cell, rather than guess a direction.
const HIGHER = new Set(["higher", "high", "up", "upward", "upwards", "↑", "▲", "⬆", "⇧", "↗", "bigger", "big", "larger", "large",
  "increase", "increases", "increased", "increasing", "more", "greater", "maximise", "maximize", "maximum", "max", "rise", "rising",
  "grow", "growth", "+", "h"]);
const LOWER = new Set(["lower", "low", "down", "downward", "downwards", "↓", "▼", "⬇", "⇩", "↘", "smaller", "small", "less", "fewer",
  "decrease", "decreases", "decreased", "decreasing", "reduce", "reduces", "reduced", "reducing", "reduction", "minimise", "minimize",
  "minimum", "min", "fall", "falling", "l"]);
const GOOD = new Set(["good", "better", "best", "positive", "improvement", "improving", "desirable"]);
const BAD = new Set(["bad", "worse", "worst", "negative", "poor", "undesirable"]);
const FILLER = new Set(["is", "are", "the", "a", "an", "be", "to", "it", "its", "of", "in", "for", "we", "want", "aim", "target",
  "direction", "desired", "preferred", "polarity", "performance", "figure", "figures", "value", "values", "number", "numbers",
  "result", "results", "score", "means", "indicates", "as", "possible", "should", "go", "goes", "trend", "travel", "required",
  "needed", "needs", "if", "when", "on"]);
const POLARITY_TOKENS = /[\p{L}\p{N}%£+]+|[↑↓▲▼⬆⬇⇧⇩↗↘]/gu;
// The same tokens of ASCII text ("Higher", "Lower is better"), as most books write it. Compiling the
// Unicode pattern costs more than a millisecond, the first time only, but in every command.
const ASCII_POLARITY_TOKENS = /[a-z0-9%+]+/g;
const CLAUSE_BREAK = /[,;/|\n]+|\b(?:and|but|while|whereas)\b/i;

function clausePolarity(clause: string): Polarity | null | undefined {
  let higher = false;
  let lower = false;
  let good = false;
  let bad = false;
  const text = clause.toLowerCase();
  for (const w of text.match(isAscii(text) ? ASCII_POLARITY_TOKENS : POLARITY_TOKENS) ?? []) {
    if (HIGHER.has(w)) higher = true;
    else if (LOWER.has(w)) lower = true;
    else if (GOOD.has(w)) good = true;
    else if (BAD.has(w)) bad = true;
    else if (!FILLER.has(w)) return undefined;
  }
  if (higher && lower) return undefined;
  if (good && bad) return undefined;
  if (!higher && !lower) return null; // a clause that names no direction ("is good") adds nothing
  return higher !== bad ? "higher" : "lower";
}

/** "Higher is better", "Up", "↑", "Increase" -> higher; "Lower", "Smaller is better", "High is bad", "Reduce" -> lower. */
function parsePolarity(text: string): Polarity | undefined {
  let found: Polarity | undefined;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const p = clausePolarity(clause);
    if (p === undefined) return undefined;
    if (p === null) continue;
    if (found && found !== p) return undefined;
    found = p;
  }
  return found;
}

/** "%", "Percentage" -> percent; "Number", "No." -> number; "Rate per 1,000" -> rate; "£" -> money. */
function parseUnit(text: string): Unit | undefined {
  const w = words(text);
  if (w.length === 0) return undefined;
  const first = w[0];
  // "%", "Percentage", and a unit that names its % anywhere: "Proportion (%)".
  if (first === "%" || first.startsWith("percent") || (first === "per" && w[1] === "cent") || w.includes("%")) return "percent";
  if (first === "rate" || w.includes("per")) return "rate";
  if (first.startsWith("£") || ["money", "cash", "pounds", "gbp", "value"].includes(first)) return "money";
  if (["number", "no", "count", "total", "numbers", "score", "days", "years", "#"].includes(first)) return "number";
  return undefined;
}

// A money unit that already counts in thousands or millions: "£m", "£000s", "£ million".
const SCALED_MONEY = /(?:^|[^a-z])(?:'?000s?|k|m|mn|bn|thousands?|millions?|billions?)(?:[^a-z]|$)/i;

/**
 * Whether a row's figures are sums of money that may be written as 250k or 1.5m: its unit is £, and
 * not one that already counts in thousands or millions (where 1.2m beside 1.1 would be a
 * million times too big).
 */
export function takesMoneyShorthand(unit: Unit | undefined, unitText: string): boolean {
  return unit === "money" && !SCALED_MONEY.test(unitText);
}

function parseFrequency(text: string): Frequency | undefined {
  const w = words(text)[0] ?? "";
  if (["annual", "annually", "yearly", "year", "biennial"].includes(w)) return "annual";
  if (["quarterly", "quarter", "qtrly"].includes(w)) return "quarterly";
  if (["monthly", "month"].includes(w)) return "monthly";
  return undefined;
}

const YES = new Set(["y", "yes", "true", "x", "✓", "✔", "1", "prg", "reward"]);
const NO = new Set(["n", "no", "false", "0", "-", "n/a", "na", "none"]);

// A Reward column holds Y and N thousands of times: each text is read once.
const yesNoText = remembered((text: string): boolean | undefined => {
  const t = text.trim().toLowerCase();
  if (t === "" || NO.has(t)) return false;
  if (YES.has(t)) return true;
  return undefined;
});

/** A reward Y/N cell: Y, Yes, ✓ -> true; N, No, blank -> false; undefined when unreadable. */
export function readYesNo(value: string | number | boolean): boolean | undefined {
  if (typeof value === "boolean") return value;
  return yesNoText(String(value));
}

export const readPolarity = remembered(parsePolarity);
export const readUnit = remembered(parseUnit);
export const readFrequency = remembered(parseFrequency);
