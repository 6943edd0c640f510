import { a1, cellText, columnLetters, WorkbookGrids } from "../grid";
import { finding } from "../findings";
import { FIELD_HEADERS } from "../headers";
import { Finding, Indicator, Scorecard } from "../model";
import { isTotalRow, readIndicatorRow } from "./indicator-row";
import { Row, RowContext } from "./row-cells";
import { checkScorecardPartnerships, readPartnerships } from "./partnerships";
import { checkOwnColumnMerges, withMergedFields } from "./merged-cells";
import { findScorecard } from "./scorecard-header";
import { readColumnsTable } from "./columns-table";
import { readSettings } from "./settings";
import { totalRowsFinding, TotalRow } from "./table-rows";
import { checkPartnershipsHaveIndicators, checkReportingPeriodHasActuals } from "./coverage";
import { checkRefs, checkTargetsForReportingYear } from "./validate-scorecard";

/**
 * Reads the scorecard sheet, the Settings and Partnerships sheets, and returns every validation
 * finding (workbook spec, "Sheets", "The scorecard sheet", "Settings keys", "Validation").
 * Never throws on a user's workbook: what is wrong with it comes back as findings.
 */
export function readScorecard(workbook: WorkbookGrids): { scorecard: Scorecard | null; findings: Finding[] } {
  const settingsRead = readSettings(workbook);
  const settings = settingsRead.settings;
  const table = readColumnsTable(workbook, settings.agreementStart, settings.reportingPeriod);
  const layout = findScorecard(workbook, { agreementStart: settings.agreementStart, reporting: settings.reportingPeriod, table });
  if ("error" in layout) return { scorecard: null, findings: [layout.error, ...settingsRead.findings, ...(table?.findings ?? [])] };

  const { sheet, headerRow, columns } = layout;
  const findings: Finding[] = [...layout.findings, ...(table?.findings ?? [])];
  if (!columns.fields.partnership && !columns.unsettled.fields.has("partnership")) {
    findings.push(finding("no-partnership-column", sheet.name, a1(headerRow, layout.lastColumn + 1),
      `The scorecard has no Thematic partnership column, so indicators cannot be grouped by partnership.`,
      `Add a column headed "${FIELD_HEADERS.partnership[0]}" (or Partnership, Theme) and name each indicator's partnership.`));
  }

  findings.push(...checkOwnColumnMerges(sheet, headerRow, columns.own));

  const headers = (sheet.values[headerRow - 1] ?? []).map(cellText);
  headers.unshift(""); // 1-based, as columns are
  const letters = headers.map((_, c) => columnLetters(c));
  const ctx: RowContext = { sheet: withMergedFields(sheet, headerRow, columns), columns, headers, letters };
  const reader = new Row(ctx, findings);
  const indicators: Indicator[] = [];
  const totals: TotalRow[] = [];
  for (let row = headerRow + 1; row <= sheet.values.length; row++) {
    const read = readIndicatorRow(reader, row);
    if (read === null) continue;
    if (isTotalRow(read)) totals.push(read);
    else indicators.push(read);
  }
  findings.push(...totalRowsFinding(sheet.name, totals));

  const partnershipsRead = readPartnerships(workbook);
  const scorecard: Scorecard = {
    sheet: sheet.name,
    headerRow,
    lastColumn: layout.lastColumn,
    columns: layout.accounts,
    ownColumns: columns.own,
    indicators,
    partnerships: partnershipsRead.partnerships,
    hasPartnershipsSheet: partnershipsRead.sheet !== null,
    settings,
  };
  const refColumn = columns.fields.ref!;
  findings.push(...checkRefs(scorecard, refColumn));
  if (partnershipsRead.sheet && columns.fields.partnership) {
    findings.push(
      ...checkScorecardPartnerships(indicators, partnershipsRead.partnerships, sheet.name, partnershipsRead.sheet, columns.fields.partnership),
    );
  }
  findings.push(...checkTargetsForReportingYear(scorecard, columns, findings), ...settingsRead.findings, ...partnershipsRead.findings);
  // Without a partnership column every partnership would be warned of, under an error that says why already.
  if (columns.fields.partnership) findings.push(...checkPartnershipsHaveIndicators(indicators, partnershipsRead, sheet.name));
  findings.push(...checkReportingPeriodHasActuals(indicators, settingsRead, findings));
  return { scorecard, findings };
}
