import { partnershipKey } from "../keys";
import { STATUS_FILL } from "../colours";
import { Exception, EXCEPTION_HEADINGS, ExceptionHeading, ExceptionReason } from "../exceptions";
import { Indicator, IndicatorRating, Period, PeriodValue } from "../model";
import { asAtWords, formatPeriod, periodEnd, periodIndex } from "../periods";
import { isRated } from "../status";
import { Block, bullet, paragraph, paragraphs, prompt, run } from "./blocks";
import { chartBlock } from "./charts";
import { howReported, typedFor, unratedWhy } from "./data-due";
import { FigureFormat, figureFormat, formatDate, formatFigure, formatMoney, formatPercent, formatReward, groupDigits } from "../format";
import { joinAnd, plural } from "../words";
import { actualAgainst, indicatorName } from "./partnership-data";
import { stepsOf } from "./trends";

// The exceptions the engine picked out (src/exceptions.ts, docs/exceptions.md), in words: each
// indicator once, under the heading of its most serious reason, with every reason it meets stated
// with its figures, their units and their periods. The progress update and the mid-year report
// both list them; only the words are made here, never the choice.

/** The two periods an exception compares: the reporting period and the one before it (or the start of the year). */
export interface Comparison {
  reporting: Period;
  before: Period;
}

// When a status was rated (src/periods.ts), for the papers' modules that take it from here.
export { asAtWords };

/** How the headings read in a sentence, in the forward plan's words. */
export const HEADING_WORDS: Record<ExceptionHeading, string> = {
  goodNews: "achievements and good news",
  barriers: "barriers to delivery, risks and actions needed",
  dataAssurance: "assurance where data is not available",
  resources: "resource issues, including use of PRG",
};

const percent = (fraction: number) => formatPercent(fraction, 1);

/** The amber band in the indicator's unit: a percentage's band is in percentage points. */
function bandWords(band: number, format: FigureFormat): string {
  if (format.unit === "percent") return `${groupDigits(band * 100, 2)} percentage points`;
  if (format.unit === "money") return formatMoney(band);
  return groupDigits(band, 2);
}

const at = (v: PeriodValue, format: FigureFormat) => `${formatFigure(v.value, format)} in ${formatPeriod(v.period)}`;

function figures(indicator: Indicator, actual: PeriodValue, target: PeriodValue): string {
  return actualAgainst(indicator, actual, target);
}

/**
 * A run of quarters that ends in Q4 while the status rests on the outturn: the Direction of travel
 * compares that outturn with last year's, so where it did not worsen the paper says so, and the two
 * never seem to disagree.
 */
function overTheYear(run: readonly PeriodValue[], now: IndicatorRating): string {
  const { latest, previous, direction } = now;
  const last = run[run.length - 1];
  if (!latest || latest.period.kind !== "year" || last.period.kind !== "quarter" || direction === "Worsening") return "";
  const format = figureFormat(now.indicator);
  const outturn = `the ${formatPeriod(latest.period)} outturn, ${formatFigure(latest.value, format)}`;
  const lastYear = previous ? ` ${direction === "No change" ? "is the same as" : "is better than"} ${formatPeriod(previous.period)}'s ${formatFigure(previous.value, format)}` : " has no earlier year to compare with";
  return ` Over the year, ${outturn},${lastYear} (Direction of travel: ${direction}).`;
}

/** One reason in a sentence (or two), its figures in the indicator's unit and each with its period. */
export function reasonSentence(reason: ExceptionReason, now: IndicatorRating, c: Comparison): string {
  const { indicator } = now;
  const format = figureFormat(indicator);
  const then = asAtWords(c.before);
  switch (reason.kind) {
    case "red": {
      const was = reason.before;
      const lead =
        was === "Red" ? `Off target (Red), as it was at ${then}`
          : was === "Green" || was === "Amber" ? `Turned Red, from ${was} at ${then}`
            : `Off target (Red); it had ${was === "No data" ? "no figure" : "no target"} at ${then}`;
      return `${lead}: ${figures(indicator, reason.actual, reason.target)}, worse than the target by more than the ${percent(reason.tolerance)} tolerance.`;
    }
    case "slipped":
      return `Slipped from Green at ${then} to Amber: ${figures(indicator, reason.actual, reason.target)}, worse than the target but within the ${percent(reason.tolerance)} tolerance.`;
    case "emergingConcern": {
      const still = reason.status === "Green" ? ", though still on target (Green)" : "";
      return `Worse in each of the last ${reason.steps} ${stepsOf(reason.figures)}${still}: ${joinAnd(reason.figures.map((f) => at(f, format)))}.${overTheYear(reason.figures, now)} An emerging concern.`;
    }
    case "rewardFell": {
      const { improvementBefore: was, improvementNow: is } = reason;
      const why = was !== null && is !== null ? `, as the planned improvement achieved went from ${formatPercent(was, 0)} to ${formatPercent(is, 0)}` : "";
      return `Projected reward fell from ${formatReward(reason.before)} at ${then} to ${formatReward(reason.now)} at ${asAtWords(c.reporting)}, of ${formatReward(reason.rewardValue)} at stake${why}.`;
    }
    case "noData": {
      const typed = typedFor(indicator, reason.due);
      const meanwhile = !reason.latest ? " There is no earlier figure to rate it on."
        : isRated(now.status) ? ` Rated meanwhile on ${actualAgainst(indicator, reason.latest, now.target)} (${now.status}).`
          : ` Its latest figure, ${at(reason.latest, format)}, has ${unratedWhy(now)} (${now.status}).`;
      return `The ${formatPeriod(reason.due)} figure was due and is not in${typed ? ` (${typed} in the scorecard)` : ""}.${meanwhile} ${howReported(indicator)}, due after the period it covers, which ended on ${formatDate(periodEnd(reason.due))}.`;
    }
    case "stretch":
      return `Past its target by more than the amber band of ${bandWords(reason.band, format)} (${percent(reason.tolerance)} of the target): ${figures(indicator, reason.actual, reason.target)}. A candidate for a more stretching target at the LAA Refresh.`;
    case "recovered":
      return `Back on target (Green), up from ${reason.before} at ${then}: ${figures(indicator, reason.actual, reason.target)}.`;
  }
}

/** Two or more actuals up to the reporting period: a line the reader can follow (a chart of targets alone tells nothing new). */
function hasTrend(rating: IndicatorRating, reporting: Period): boolean {
  const upTo = periodIndex(reporting);
  return rating.indicator.actuals.filter((a) => a.value !== null && Number.isFinite(a.value) && periodIndex(a.period) <= upTo).length >= 2;
}

/**
 * One exception: its name and status, a bullet per reason, and, when `charts` asks for it, its
 * chart where it has two or more actuals; kept on one page with its chart.
 */
export function exceptionBlocks(e: Exception, c: Comparison, charts: boolean): Block[] {
  const chart = charts && hasTrend(e.now, c.reporting) ? chartBlock(e.now, c.reporting) : [];
  return [
    paragraph([run(`${indicatorName(e.now)} `, { bold: true }), run(` ${e.now.status} `, { bold: true, fill: STATUS_FILL[e.now.status] })], { keepNext: true, after: 60 }),
    ...e.reasons.map((r) => bullet(reasonSentence(r, e.now, c), chart.length > 0)),
    ...chart,
  ];
}

/** The exceptions of one partnership, in the scorecard's order. */
export function exceptionsOf(exceptions: readonly Exception[], partnership: string): Exception[] {
  const key = partnershipKey(partnership);
  return exceptions.filter((e) => partnershipKey(e.indicator.partnership) === key);
}

/** The exceptions listed under one heading, each as exceptionBlocks makes it. */
export function listedUnder(exceptions: readonly Exception[], heading: ExceptionHeading, c: Comparison, charts: boolean): Block[] {
  return exceptions.filter((e) => e.heading === heading).flatMap((e) => exceptionBlocks(e, c, charts));
}

export interface SectionOptions {
  /** Each exception's chart under it (the progress update, which has no trends section of its own). */
  charts: boolean;
  /** Said after the exceptions and before the commentary (the mid-year report's reward table). */
  extra?: Block[];
}

/** The exceptions listed under one heading, then the partnership's commentary for it; a heading with neither prompts its author (`none`). */
export function exceptionSection(exceptions: readonly Exception[], heading: ExceptionHeading, c: Comparison, commentary: readonly string[], none: string, options: SectionOptions): Block[] {
  const listed = listedUnder(exceptions, heading, c, options.charts);
  const blocks = [...listed, ...(options.extra ?? []), ...commentary.flatMap((t) => paragraphs(t))];
  return blocks.length > 0 ? blocks : [prompt(none)];
}

/** "5 of 9 indicators are exceptions, comparing Q2 2009/10 with Q1 2009/10: 2 under ...; 1 under .... Each is listed once, ..." */
export function exceptionsSummary(exceptions: readonly Exception[], indicators: number, c: Comparison): string {
  const comparing = `comparing ${asAtWords(c.reporting)} with ${asAtWords(c.before)}`;
  if (exceptions.length === 0) {
    return `No indicator is an exception, ${comparing}: none is Red, has slipped from Green, has worsened two periods running, is awaited, is past its target by more than the amber band, has recovered to Green, or has a projected reward that fell.`;
  }
  const under = EXCEPTION_HEADINGS.map((h) => [h, exceptions.filter((e) => e.heading === h).length] as const)
    .filter(([, n]) => n > 0)
    .map(([h, n]) => `${n} under ${HEADING_WORDS[h]}`);
  const verb = exceptions.length === 1 ? "is an exception" : "are exceptions";
  return `${exceptions.length} of ${plural(indicators, "indicator")} ${verb}, ${comparing}: ${under.join("; ")}. Each is listed once, under the heading of its most serious reason, with every reason it meets.`;
}
