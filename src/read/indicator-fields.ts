import { Frequency, Polarity, Unit } from "../model";

// Reading the text fields of an indicator row: polarity, unit, frequency and the reward Y/N.
// Each returns undefined for text it cannot read, so the caller can name the cell.

const WORDS = /[^a-z0-9%£↑↓▲▼⬆⬇+]+/g;
const HIGHER = new Set(["higher", "high", "up", "↑", "▲", "⬆", "bigger", "increase", "increasing", "more", "greater", "maximise", "maximize", "rise", "+"]);
const LOWER = new Set(["lower", "low", "down", "↓", "▼", "⬇", "smaller", "decrease", "decreasing", "less", "fewer", "minimise", "minimize", "reduce", "reduction", "fall"]);

function words(text: string): string[] {
  return text.toLowerCase().replace(WORDS, " ").trim().split(" ").filter(Boolean);
}

/** "Higher is better", "Up", "↑" -> higher; "Lower", "Smaller is better", "↓" -> lower. */
function parsePolarity(text: string): Polarity | undefined {
  let higher = false;
  let lower = false;
  for (const w of words(text)) {
    if (HIGHER.has(w)) higher = true;
    else if (LOWER.has(w)) lower = true;
  }
  if (higher === lower) return undefined;
  return higher ? "higher" : "lower";
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

function parseFrequency(text: string): Frequency | undefined {
  const w = words(text)[0] ?? "";
  if (["annual", "annually", "yearly", "year", "biennial"].includes(w)) return "annual";
  if (["quarterly", "quarter", "qtrly"].includes(w)) return "quarterly";
  if (["monthly", "month"].includes(w)) return "monthly";
  return undefined;
}

const YES = new Set(["y", "yes", "true", "x", "✓", "✔", "1", "prg", "reward"]);
const NO = new Set(["n", "no", "false", "0", "-", "n/a", "na", "none"]);

/** A reward Y/N cell: Y, Yes, ✓ -> true; N, No, blank -> false; undefined when unreadable. */
export function readYesNo(value: string | number | boolean): boolean | undefined {
  if (typeof value === "boolean") return value;
  const t = String(value).trim().toLowerCase();
  if (t === "" || NO.has(t)) return false;
  if (YES.has(t)) return true;
  return undefined;
}

/** Remembers what each distinct text read as: a scorecard repeats "Higher" and "%" thousands of times. */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text: string) => {
    let result = seen.get(text);
    if (result === undefined && !seen.has(text)) {
      result = read(text);
      if (seen.size < 1000) seen.set(text, result);
    }
    return result as T;
  };
}

export const readPolarity = remembered(parsePolarity);
export const readUnit = remembered(parseUnit);
export const readFrequency = remembered(parseFrequency);
