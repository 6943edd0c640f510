import { WorkbookGrids } from "./grid";
import { Analysis } from "./model";
import { readScorecard } from "./read/scorecard";
import { readPapers } from "./read/papers";
import { resolveReportingPeriod } from "./reporting-period";
import { rateIndicator } from "./status";
import { ratePartnerships } from "./rollup";
import { checkOwnColumnPlaces, checkSummarySheet } from "./refresh";

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
  return { findings, scorecard, reportingPeriod, indicators, partnerships, papers: papers.papers };
}
