import { a1, columnLetters } from "../../src/grid";
import { SummarySheetWrite } from "../../src/refresh-plan";
import { statusChart } from "../../src/summary-chart";
import { Capabilities } from "./capabilities";
import { Runs, mergeRuns, rowRuns } from "./cell-runs";
import { excelColour, excelValue } from "./cell-values";
import { applyRuns } from "./format-runs";

// The Partnership Summary sheet is ours: rewritten from the plan on every refresh, with a chart of
// Green, Amber and Red counts per partnership. An existing one is cleared and written again where it
// is, keeping its name, position and identity, so a formula elsewhere that refers to one of its cells
// keeps working (deleting the sheet would turn every such formula into #REF!).

/** Excel column widths are in points; the plan gives characters, as exceljs and a person count them. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The name our chart is given, so a reader of the workbook can tell it from their own. */
export const STATUS_CHART = "LAA Scorecard status chart";

/**
 * Clears our existing summary sheet over its used range (contents and formats; cells are cleared, not
 * deleted, so references to them stay valid; the rest of the sheet holds nothing to clear, and
 * clearing all of its 17 billion cells is work Excel need not do) and its charts, both loaded by the
 * caller, then writes the plan into it.
 */
export function reuseSummarySheet(sheet: Excel.Worksheet, charts: Excel.ChartCollection, used: Excel.Range | null, summary: SummarySheetWrite, capabilities: Capabilities): Excel.Worksheet {
  for (const chart of charts.items) chart.delete();
  if (used && !used.isNullObject) used.clear("All");
  return queueSummarySheet(sheet, summary, capabilities);
}

/** Writes the plan's rows, formats, column widths and chart into the (new or cleared) summary sheet. */
export function queueSummarySheet(sheet: Excel.Worksheet, summary: SummarySheetWrite, capabilities: Capabilities): Excel.Worksheet {
  const width = Math.max(1, ...summary.rows.map((row) => row.length));
  if (summary.rows.length > 0) {
    const range = sheet.getRange(`A1:${a1(summary.rows.length, width)}`);
    range.values = summary.rows.map((row) => pad(row.map(excelValue), width));
    if (summary.rows.some((row) => row.some((cell) => cell?.numFmt))) {
      range.numberFormat = summary.rows.map((row) => pad(row.map((cell) => cell?.numFmt ?? null), width));
    }
  }
  const fills: Runs = new Map();
  const bold: Runs = new Map();
  summary.rows.forEach((row, r) => {
    mergeRuns(fills, rowRuns(r + 1, 1, row.map((cell) => cell?.fill)));
    mergeRuns(bold, rowRuns(r + 1, 1, row.map((cell) => (cell?.bold ? "true" : undefined))));
  });
  applyRuns(sheet, fills, bold, capabilities);
  summary.columnWidths.forEach((characters, i) => {
    // No width (0) leaves Excel's default rather than hiding the column.
    if (!(characters > 0)) return;
    const letter = columnLetters(i + 1);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(characters);
  });
  queueStatusChart(sheet, summary, capabilities);
  return sheet;
}

/** A clustered column chart of Green, Amber and Red counts per partnership, below the table (src/summary-chart.ts). */
export function queueStatusChart(sheet: Excel.Worksheet, summary: SummarySheetWrite, capabilities: Capabilities): Excel.Chart | null {
  const spec = statusChart(summary);
  if (!spec) return null;
  const data = sheet.getRange(`${a1(spec.headerRow, spec.greenColumn)}:${a1(spec.lastRow, spec.greenColumn + 2)}`);
  const chart = sheet.charts.add("ColumnClustered", data, "Columns");
  chart.name = STATUS_CHART;
  chart.title.text = spec.title;
  chart.setPosition(a1(spec.from.row, spec.from.column), a1(spec.to.row, spec.to.column));
  // Series fills are ExcelApi 1.1 (ChartSeries.format.fill.setSolidColor): every Excel shows the status colours.
  spec.fills.forEach((fill, i) => chart.series.getItemAt(i).format.fill.setSolidColor(excelColour(fill)));
  if (capabilities.chartSeries && spec.nameColumn !== null) {
    // Category names need ExcelApi 1.7 (ChartAxis.setCategoryNames); without them Excel numbers the columns.
    chart.axes.categoryAxis.setCategoryNames(sheet.getRange(`${a1(spec.headerRow + 1, spec.nameColumn)}:${a1(spec.lastRow, spec.nameColumn)}`));
  }
  return chart;
}

function pad<T>(row: (T | null)[], width: number): (T | null)[] {
  return row.length >= width ? row : [...row, ...new Array<null>(width - row.length).fill(null)];
}
