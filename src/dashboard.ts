import { figureFormat, formatFigure, formatMoney, groupDigits } from "./format";
import { profileWords } from "./profile";
import { plural } from "./words";
import { Analysis, Direction, IndicatorRating, OverallStatus, Period, PeriodValue, Status } from "./model";
import { formatPeriod, samePeriod } from "./periods";
import { StatusCounts, areaRating, countStatuses, groupByPartnership, overallReason } from "./rollup";
import { CardChange, Changes, changesSince, IndicatorMove, Spark, sparkOf } from "./dashboard-changes";

// What the task pane's Summary shows, worked out from the engine's Analysis only: the area's line,
// one card per partnership with the rule that made its status, and the indicators that need
// discussing, each with the cell it came from. The pane lays these out; it computes nothing.

export interface Travel {
  improving: number;
  worsening: number;
}

export interface AreaLine {
  /** "Q2 2009/10", or null when no actual has been entered yet. */
  period: string | null;
  indicators: number;
  /** Green, Amber, Red, No data and No target: they add up to `indicators`. */
  counts: StatusCounts;
  prgAtStake: string;
  prgAtRisk: string;
  travel: Travel;
}

export interface IndicatorToDiscuss {
  ref: string;
  title: string;
  status: Status;
  /** "9.6 in Q2 2009/10 against a target of 9.2 for 2009/10", or what is missing. */
  figures: string;
  direction: Direction;
  /** "Direction: Worsening", or why there is none: "Direction: n/a, no earlier actual to compare". */
  directionText: string;
  /** Where the figure is, or where it belongs: the scorecard sheet and an A1 cell. */
  sheet: string;
  cell: string;
  /** Its status at the period before, and the move since. */
  move: IndicatorMove;
  spark: Spark;
}

export interface PartnershipCard {
  name: string;
  lead: string | null;
  overall: OverallStatus;
  /** The rule that made the overall status, with the counts behind it. */
  reason: string;
  /** "3 of 6 on target", "2 of 4 rated on target" when some are not rated, "none rated yet" when none is. */
  onTarget: string;
  indicators: number;
  counts: StatusCounts;
  prgAtStake: string;
  prgAtRisk: string;
  /** PRG at risk in pounds, to order cards of one status by. */
  risk: number;
  hasReward: boolean;
  /** Its status at the period before, and how many indicators changed status since. */
  change: CardChange;
  travel: Travel;
  /** Red first, then Amber, then No data, each in the scorecard's order. */
  toDiscuss: IndicatorToDiscuss[];
}

export interface Dashboard {
  area: AreaLine;
  partnerships: PartnershipCard[];
}

const DISCUSS: Status[] = ["Red", "Amber", "No data"];

export function dashboard(analysis: Analysis): Dashboard {
  const scorecard = analysis.scorecard;
  const settings = scorecard?.settings;
  // The roll-up's own grouping, so each card lists exactly the indicators it counted.
  const byPartnership = scorecard ? groupByPartnership(analysis.indicators, scorecard).map((g) => g.ratings) : [];
  const area = settings ? areaRating(analysis.partnerships, settings) : null;
  const changes = changesSince(analysis);
  return {
    area: {
      period: analysis.reportingPeriod ? formatPeriod(analysis.reportingPeriod) : null,
      indicators: analysis.indicators.length,
      counts: countStatuses(analysis.indicators),
      prgAtStake: formatMoney(area?.prgAtStake ?? 0),
      prgAtRisk: formatMoney(area?.prgAtRisk ?? 0),
      travel: travel(analysis.indicators),
    },
    partnerships: analysis.partnerships.map((p, i) => {
      const ratings = byPartnership[i] ?? [];
      const rated = p.green + p.amber + p.red;
      return {
        name: p.name,
        lead: p.lead,
        overall: p.overall,
        reason: settings ? overallReason(p, settings) : "",
        onTarget: onTargetText(p.green, rated, p.indicators),
        indicators: p.indicators,
        counts: { green: p.green, amber: p.amber, red: p.red, noData: p.noData, noTarget: p.noTarget },
        prgAtStake: formatMoney(p.prgAtStake),
        prgAtRisk: formatMoney(p.prgAtRisk),
        risk: p.prgAtRisk,
        hasReward: p.prgAtStake > 0,
        travel: travel(ratings),
        change: changes.card(p, ratings),
        toDiscuss: DISCUSS.flatMap((status) =>
          ratings.filter((r) => r.status === status).map((r) => toDiscuss(r, scorecard?.sheet ?? "", analysis.reportingPeriod, changes)),
        ),
      };
    }),
  };
}

function travel(ratings: readonly IndicatorRating[]): Travel {
  let improving = 0;
  let worsening = 0;
  for (const r of ratings) {
    if (r.direction === "Improving") improving++;
    else if (r.direction === "Worsening") worsening++;
  }
  return { improving, worsening };
}

function toDiscuss(r: IndicatorRating, sheet: string, reportingPeriod: Period | null, changes: Changes): IndicatorToDiscuss {
  return {
    ref: r.indicator.ref,
    title: r.indicator.title,
    status: r.status,
    figures: figuresText(r, reportingPeriod),
    direction: r.direction,
    directionText: directionText(r),
    sheet,
    cell: indicatorCell(r, reportingPeriod),
    move: changes.indicator(r),
    spark: sparkOf(r, reportingPeriod),
  };
}

/** "3 of 6 on target"; "0 of 0" says nothing, so a partnership with none rated says so. */
function onTargetText(green: number, rated: number, indicators: number): string {
  if (rated === 0) return "none rated yet";
  return `${groupDigits(green, 0)} of ${groupDigits(rated, 0)}${rated === indicators ? "" : " rated"} on target`;
}

/** Rule 5 in words: the direction, or why there is none (no actual, or no earlier actual of its frequency). */
function directionText(r: IndicatorRating): string {
  if (r.direction !== "n/a") return `Direction: ${r.direction}`;
  if (!r.latest || r.latest.value === null) return "Direction: n/a, no actual yet";
  if (!r.previous || r.previous.value === null) return "Direction: n/a, no earlier actual to compare";
  return "Direction: n/a, no polarity to judge it by";
}

/** "9.6 in Q2 2009/10 against a target of 9.2 for 2009/10"; for No data, the period with no actual. */
export function figuresText(r: IndicatorRating, reportingPeriod: Period | null): string {
  // The papers' one format for the indicator, so the pane and the paper print the same figures.
  const format = figureFormat(r.indicator);
  if (!r.latest || r.latest.value === null) {
    return reportingPeriod ? `No actual by ${formatPeriod(reportingPeriod)}.` : "No actual entered yet.";
  }
  const actual = `${formatFigure(r.latest.value, format)} in ${formatPeriod(r.latest.period)}`;
  if (!r.target || r.target.value === null) return `${actual}, with no target to compare it with.`;
  const profile = profileWords(r.target, (v) => formatFigure(v, format));
  if (profile) return `${actual} against a profiled target of ${formatFigure(r.target.value, format)} for ${formatPeriod(r.target.period)} (${profile}).`;
  return `${actual} against a target of ${formatFigure(r.target.value, format)} for ${formatPeriod(r.target.period)}.`;
}

/**
 * The cell to go to: the actual the status was rated on; with no actual, the empty cell of the
 * reporting period's actual (where the figure belongs), else the row's latest actual column, else
 * its first target.
 */
export function indicatorCell(r: IndicatorRating, reportingPeriod: Period | null): string {
  if (r.latest) return r.latest.cell;
  const actuals = r.indicator.actuals;
  const due: PeriodValue | undefined = reportingPeriod ? actuals.find((a) => samePeriod(a.period, reportingPeriod)) : undefined;
  return (due ?? actuals[actuals.length - 1] ?? r.indicator.targets[0])?.cell ?? `A${r.indicator.row}`;
}

/** "1 indicator to discuss", "3 indicators to discuss"; a partnership no row names has none to rate. */
export function toDiscussLabel(card: PartnershipCard): string {
  if (card.indicators === 0) return "No indicator on the scorecard names this partnership";
  return card.toDiscuss.length === 0 ? "Nothing Red, Amber or without data" : `${plural(card.toDiscuss.length, "indicator")} to discuss`;
}
