import { IndicatorRating, Period } from "../model";
import { formatPeriod, formatYear, samePeriod } from "../periods";
import { STATUS_FILL } from "../colours";
import { figureFor, isRated } from "../status";
import { Block, Cell, paragraph, prompt, spacer, table } from "./blocks";
import { FigureFormat, figureFormat, formatFigure, formatImprovement } from "../format";
import { shownTarget } from "./partnership-data";
import { periodNote, reportingPeriodTarget, reportingYearTarget, targetNote, unitNote } from "./periods-shown";

// The table of indicators under "Performance against Year N targets", year-aware: every figure that
// is not the reporting period's carries its period under it (a target, unless it is the reporting
// year's), the target beside an actual is the one it was rated against, and an annual indicator
// rated on last year's outturn shows that outturn against last year's target, this year's below it.

const HEADERS = ["Ref", "Indicator", "Baseline", "Target", "Actual", "Status", "Direction of travel", "Planned improvement achieved"];
// The Target and Actual columns hold periods under their figures ("(Q2 2009/10)", "2009/10: 6.3"): wide enough not to break them.
const WIDTHS = [720, 1650, 880, 1500, 1200, 800, 1050, 1226];

const note = (period: Period, reporting: Period | null) => {
  const n = periodNote(period, reporting);
  return n ? [`(${n})`] : [];
};

/**
 * The target cell's lines: the target the actual was rated against, labelled with its period unless
 * it is the reporting year's; then, where they are other figures, the reporting period's own target
 * and the year's, each with its period ("2009/10: 6.3"); then the stretch target.
 */
function targetLines(rating: IndicatorRating, reporting: Period | null, format: FigureFormat): { text: string; notes: string[] } {
  const { indicator } = rating;
  const target = shownTarget(rating, reporting);
  if (!target) return { text: formatFigure(null, format), notes: [] };
  const notes: string[] = [];
  const own = targetNote(target.period, reporting);
  // A profiled target is worked out from the year's, which is shown below it.
  if (own) notes.push(target.profileOf ? `(${own}, profiled)` : `(${own})`);
  const shown = [target];
  for (const other of [reportingPeriodTarget(indicator, reporting), reportingYearTarget(indicator, reporting)]) {
    if (!other || shown.some((s) => samePeriod(s.period, other.period))) continue;
    shown.push(other);
    notes.push(`${formatPeriod(other.period)}${other.profileOf ? ", profiled" : ""}: ${formatFigure(other.value, format)}`);
  }
  // A stretch target is shown beside the target it stretches, never rated as the target.
  const stretch = shown.map((t) => ({ t, s: figureFor(indicator.stretchTargets, t.period) })).find((x) => x.s !== null);
  if (stretch?.s) notes.push(stretch.t === target ? `Stretch: ${formatFigure(stretch.s.value, format)}` : `Stretch ${formatPeriod(stretch.s.period)}: ${formatFigure(stretch.s.value, format)}`);
  return { text: formatFigure(target.value, format), notes };
}

/** One row: the figures in the indicator's one format, each labelled where it is not the reporting period's. */
export function performanceRow(rating: IndicatorRating, reporting: Period | null, prgMinimum?: number): Cell[] {
  const { indicator, latest, status, direction, improvement } = rating;
  const format = figureFormat(indicator);
  const target = targetLines(rating, reporting, format);
  const actualNotes = latest ? [...note(latest.period, reporting), ...(latest.yearToDate ? ["(year to date)"] : [])] : [];
  const unit = unitNote(indicator);
  // The planned improvement is read against 100% (the target met) and, for a reward target, the PRG minimum.
  const thresholds = [0, 1, ...(indicator.rewardTarget && prgMinimum !== undefined ? [prgMinimum] : [])];
  return [
    { text: indicator.ref, bold: true },
    { text: indicator.title, notes: unit ? [unit] : [] },
    { text: formatFigure(indicator.baseline, format), align: "right" },
    { text: target.text, notes: target.notes, align: "right" },
    { text: formatFigure(latest?.value ?? null, format), notes: actualNotes, align: "right" },
    { text: status, fill: STATUS_FILL[status], bold: true },
    { text: direction },
    { text: formatImprovement(improvement, thresholds), notes: actualNotes, align: "right" },
  ];
}

/** Said once, before a table with a profiled target: what the label means. */
export const PROFILED =
  "A target marked profiled is a cumulative count's annual target spread evenly over the year, as the count should stand at that quarter: a quarter of it at Q1, half at Q2, three quarters at Q3.";

/** Says which periods the table's figures are for, before the table. */
export function performanceNote(ratings: readonly IndicatorRating[], reporting: Period | null): string | null {
  if (!reporting) return null;
  const year = formatYear(reporting.year);
  // Only indicators rated on an earlier outturn (against that year's target) are described; one with no target is not.
  const earlier = ratings.filter((r) => isRated(r.status) && r.latest && r.latest.period.kind === "year" && r.latest.period.year < reporting.year);
  const periods = reporting.kind === "year" ? `Actuals and targets are for ${year}` : `Actuals are for ${formatPeriod(reporting)} and targets for the year ${year}`;
  const rated = `${periods}, unless another period is shown under the figure; each target beside an actual is the one it is rated against.`;
  const base = ratings.some((r) => r.target?.profileOf) ? `${rated} ${PROFILED}` : rated;
  if (earlier.length === 0) return base;
  // "and its 2010/11 target below that" only where one of them has a target for the reporting year.
  const below = earlier.some((r) => reportingYearTarget(r.indicator, reporting)) ? `, and its ${year} target below that` : "";
  return `${base} An annual indicator whose ${year} outturn is not yet available is shown with its latest outturn against the target for the same year${below}.`;
}

/** The table, after a sentence on its periods; `prgMinimum` (Settings) keeps a reward target's planned improvement on its side of it. */
export function performanceTable(ratings: IndicatorRating[], reporting: Period | null, prgMinimum?: number): Block[] {
  if (ratings.length === 0) return [prompt("No indicators for this partnership are on the scorecard. Check the Partnership column of the scorecard sheet.")];
  const rows = ratings.map((r) => performanceRow(r, reporting, prgMinimum));
  const said = performanceNote(ratings, reporting);
  const caption = `Performance of each indicator against its target${reporting ? `, ${formatPeriod(reporting)}` : ""}`;
  return [...(said ? [paragraph(said, true)] : []), table(HEADERS, rows, WIDTHS, caption), spacer()];
}
