import { Indicator, Period, PeriodValue } from "./model";
import { formatPeriod } from "./periods";
import { remembered } from "./remembered";

// A cumulative count with only an annual target (jobs created, counted from April): at a quarter it
// is held to a straight-line profile of that target (Q1 a quarter of it, Q2 half, Q3 three quarters),
// not to the whole year's, which would make it Red at Q1 while on track. The sheet's own quarterly
// target, where it gives one, wins; Q4 is the year's target itself. docs/rules.md, rule 2.

// "Jobs created (cumulative)", "Number, cumulative", "Running total", "Year to date", "YTD".
// "Non-cumulative" and "not cumulative" say the opposite.
const CUMULATIVE = /(?<!\bnon[\s-]?|\bnot\s)\bcumulative(?:ly)?\b|\brunning total\b|\byear[\s-]to[\s-]date\b|\bytd\b/i;

// A book's few units and frequencies ("%", "Quarterly") are each looked at once, not on each of 10,000 rows.
const fieldSaysCumulative = remembered((text: string) => CUMULATIVE.test(text));

/** Whether an indicator's title, unit or frequency, as typed, says it is counted cumulatively through the year. */
export function saysCumulative(title: string, unit = "", frequency = ""): boolean {
  return (title !== "" && CUMULATIVE.test(title)) || (unit !== "" && fieldSaysCumulative(unit)) || (frequency !== "" && fieldSaysCumulative(frequency));
}

const SHARE: readonly string[] = ["", "a quarter", "half", "three quarters", "all"];

/** The annual target's profile at Q1 to Q3; it points back at the target it was made from. */
export function profiledTarget(annual: PeriodValue & { value: number }, quarter: 1 | 2 | 3): PeriodValue {
  return {
    period: { kind: "quarter", year: annual.period.year, quarter },
    value: (annual.value * quarter) / 4,
    cell: annual.cell,
    profileOf: annual,
  };
}

/** The target a chart plots at a quarter: the sheet's own, else (a cumulative count, Q1 to Q3) the annual target's profile. */
export function targetAt(indicator: Indicator, period: Period, typed: PeriodValue | null): PeriodValue | null {
  if (typed || !indicator.cumulative || period.kind !== "quarter" || period.quarter === 4) return typed;
  const annual = indicator.targets.find((t) => t.period.kind === "year" && t.period.year === period.year && t.value !== null && Number.isFinite(t.value));
  return annual ? profiledTarget(annual as PeriodValue & { value: number }, period.quarter) : null;
}

/** The baseline profiled as the target is (a quarter of it at Q1), so the planned improvement compares like with like. */
export function profiledBaseline(indicator: Indicator, target: PeriodValue): number | null {
  const { baseline } = indicator;
  if (!target.profileOf || target.period.kind !== "quarter" || baseline === null) return baseline;
  return (baseline * target.period.quarter) / 4;
}

/**
 * "a quarter of the 2009/10 target of 1,000": how a profiled target was made, in the words the
 * papers and the pane print beside it; null for a target typed in the sheet.
 */
export function profileWords(target: PeriodValue | null, figure: (value: number | null) => string): string | null {
  const annual = target?.profileOf;
  if (!target || !annual || target.period.kind !== "quarter") return null;
  return `${SHARE[target.period.quarter]} of the ${formatPeriod(annual.period)} target of ${figure(annual.value)}`;
}
