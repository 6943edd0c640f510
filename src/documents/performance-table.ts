import { IndicatorRating, Period } from "../model";
import { formatPeriod, formatYear, samePeriod } from "../periods";
import { STATUS_FILL } from "../colours";
import { figureFor } from "../status";
import { Block, Cell, paragraph, prompt, spacer, table } from "./blocks";
import { figureFormat, formatFigure, formatPercent } from "./format";
import { shownTarget } from "./partnership-data";
import { periodNote, reportingYearTarget, unitNote } from "./periods-shown";

// The table of indicators under "Performance against Year N targets", year-aware: every figure that
// is not the reporting period's carries its period under it, and an annual indicator rated on last
// year's outturn shows that outturn against last year's target, with this year's target below it.

const HEADERS = ["Ref", "Indicator", "Baseline", "Target", "Actual", "Status", "Direction of travel", "Planned improvement achieved"];
const WIDTHS = [760, 1800, 950, 1100, 1000, 850, 1220, 1346];

const note = (period: Period, reporting: Period | null) => {
  const n = periodNote(period, reporting);
  return n ? [`(${n})`] : [];
};

/** One row: the figures in the indicator's one format, each labelled where it is not the reporting period's. */
export function performanceRow(rating: IndicatorRating, reporting: Period | null): Cell[] {
  const { indicator, latest, status, direction, improvement } = rating;
  const format = figureFormat(indicator);
  const target = shownTarget(rating, reporting);
  const targetNotes = target ? note(target.period, reporting) : [];
  const thisYear = reportingYearTarget(indicator, reporting);
  if (reporting && target && thisYear && !samePeriod(thisYear.period, target.period) && targetNotes.length > 0) {
    targetNotes.push(`${formatYear(reporting.year)}: ${formatFigure(thisYear.value, format)}`);
  }
  // A stretch target is shown beside the target it stretches, never rated as the target.
  const stretch = target ? figureFor(indicator.stretchTargets, target.period) : null;
  if (stretch) targetNotes.push(`Stretch: ${formatFigure(stretch.value, format)}`);
  const actualNotes = latest ? note(latest.period, reporting) : [];
  const unit = unitNote(indicator);
  return [
    { text: indicator.ref, bold: true },
    { text: indicator.title, notes: unit ? [unit] : [] },
    { text: formatFigure(indicator.baseline, format), align: "right" },
    { text: formatFigure(target?.value ?? null, format), notes: targetNotes, align: "right" },
    { text: formatFigure(latest?.value ?? null, format), notes: actualNotes, align: "right" },
    { text: status, fill: STATUS_FILL[status], bold: true },
    { text: direction },
    { text: improvement === null ? "–" : formatPercent(improvement, 0), notes: actualNotes, align: "right" },
  ];
}

/** Says which periods the table's figures are for, before the table. */
export function performanceNote(ratings: readonly IndicatorRating[], reporting: Period | null): string | null {
  if (!reporting) return null;
  const year = formatYear(reporting.year);
  const earlier = ratings.some((r) => r.latest && r.latest.period.kind === "year" && r.latest.period.year < reporting.year);
  const base = `Actuals are for ${formatPeriod(reporting)} and targets for ${year}, unless another period is shown under the figure.`;
  return earlier
    ? `${base} An annual indicator whose ${year} outturn is not yet available is shown with its latest outturn against the target for the same year, and its ${year} target below that.`
    : base;
}

export function performanceTable(ratings: IndicatorRating[], reporting: Period | null): Block[] {
  if (ratings.length === 0) return [prompt("No indicators for this partnership are on the scorecard. Check the Partnership column of the scorecard sheet.")];
  const rows = ratings.map((r) => performanceRow(r, reporting));
  const said = performanceNote(ratings, reporting);
  const caption = `Performance of each indicator against its target${reporting ? `, ${formatPeriod(reporting)}` : ""}`;
  return [...(said ? [paragraph(said, true)] : []), table(HEADERS, rows, WIDTHS, caption), spacer()];
}
