import { WorkbookGrids } from "./grid";
import { Analysis, IndicatorRating, PartnershipRating, Period, Scorecard } from "./model";
import { readScorecard } from "./read/scorecard";
import { readPapers } from "./read/papers";
import { resolveReportingPeriod } from "./reporting-period";
import { rateIndicator } from "./status";
import { ratePartnerships } from "./rollup";
import { checkOwnColumnPlaces, checkSummarySheet } from "./refresh";
import { IndicatorChange, indicatorChange, namedPeriod, periodBefore } from "./changes";
import { Exception, findExceptions } from "./exceptions";
import { checkCommentary } from "./commentary-claims";
import { findSheet } from "./read/sheets";
import { checkQuarterCounts } from "./quarter-counts";

/** Workbook grids in; findings, ratings and papers out. The one entry point every face calls. */
export function analyse(workbook: WorkbookGrids): Analysis {
  const read = readScorecard(workbook);
  const papers = readPapers(workbook, read.scorecard);
  const findings = [...read.findings, ...checkSummarySheet(workbook), ...papers.findings];
  const scorecard = read.scorecard;
  if (!scorecard) {
    return { findings, scorecard: null, reportingPeriod: null, indicators: [], partnerships: [], papers: papers.papers };
  }
  findings.push(...checkOwnColumnPlaces(workbook, scorecard));
  const reportingPeriod = resolveReportingPeriod(scorecard);
  const indicators = scorecard.indicators.map((i) => rateIndicator(i, scorecard.settings, reportingPeriod));
  const partnerships = ratePartnerships(indicators, scorecard);
  findings.push(...checkQuarterCounts(indicators, scorecard.sheet));
  // The user's words against the figures: a claim the scorecard contradicts, at its Commentary cell.
  const commentarySheet = findSheet(workbook, "commentary");
  if (commentarySheet) findings.push(...checkCommentary(papers.papers.commentary, indicators, commentarySheet.name));
  return { findings, scorecard, reportingPeriod, indicators, partnerships, papers: papers.papers };
}

export interface RatingsAt {
  period: Period;
  /** The period the papers and the pane name it by: the year where, as at its Q4, every figure is the year's outturn (namedPeriod). */
  named: Period;
  indicators: IndicatorRating[];
  partnerships: PartnershipRating[];
}

/** The scorecard rated as at any period, by the same rules as the reporting period (e.g. the start of the year). */
export function rateAt(scorecard: Scorecard, period: Period): RatingsAt {
  const indicators = scorecard.indicators.map((i) => rateIndicator(i, scorecard.settings, period));
  return { period, named: namedPeriod(period, indicators), indicators, partnerships: ratePartnerships(indicators, scorecard) };
}

/** The reporting period against an earlier one: what changed, and the exceptions a progress update lists. */
export interface PeriodReview {
  period: Period;
  before: RatingsAt;
  /** One per indicator, in the order of `analysis.indicators`. */
  changes: IndicatorChange[];
  /** In the scorecard's order; each indicator at most once. */
  exceptions: Exception[];
}

/**
 * Compares the reporting period with the period before it (the previous quarter; a year's third
 * quarter), or with `before` when given. Computed on demand, not in `analyse`, so the pane does not
 * pay for it. Null without a scorecard or a reporting period.
 */
export function reviewPeriod(analysis: Analysis, before?: Period): PeriodReview | null {
  const { scorecard, reportingPeriod: period } = analysis;
  if (!scorecard || !period) return null;
  const earlier = rateAt(scorecard, before ?? periodBefore(period));
  const changes = analysis.indicators.map((now, k) => indicatorChange(now, earlier.indicators[k], period, earlier.period));
  return { period, before: earlier, changes, exceptions: findExceptions(changes, scorecard.settings) };
}
