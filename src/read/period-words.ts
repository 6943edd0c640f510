import { Period } from "../model";
import { parsePeriod } from "../periods";

// Periods as officers type them in headers and in Settings: besides "Q2 2009/10", the quarter in
// words ("Quarter 2 2009/10", "Qtr 2 09/10"). Read without this, the quarter word was dropped and
// the text read as the whole year.

// Any number, so "Quarter 5" is read (and refused) as Q5, never as the year beside it.
const QUARTER_WORD = /\b(?:quarter|qtr)\s*(\d{1,2})\b/gi;

/** The period in a header or a Settings value, the quarter in words or as Q1..Q4; null when none. */
export function readPeriodText(text: string, agreementStart: number): Period | null {
  return parsePeriod(text.replace(QUARTER_WORD, "Q$1"), agreementStart);
}
