// Features beyond the manifest's ExcelApi 1.4 that the adapter uses when the host has them, and does
// without otherwise. Passed in rather than read from Office here, so tests can choose.

export interface Capabilities {
  /** Worksheet.getRanges (RangeAreas): one fill call per status instead of one per run. ExcelApi 1.9. */
  rangeAreas: boolean;
  /** Chart category names (ChartAxis.setCategoryNames). ExcelApi 1.7. */
  chartSeries: boolean;
  /** Workbook.protection: a protected structure is reported before anything is written. ExcelApi 1.7. */
  workbookProtection: boolean;
  /** Range.getMergedAreasOrNullObject: merged cells known to the reader, as from a file. ExcelApi 1.13. */
  mergedAreas?: boolean;
}

export const BASELINE: Capabilities = { rangeAreas: false, chartSeries: false, workbookProtection: false };

/** What the running Excel supports; the baseline when Office is not there. */
export function hostCapabilities(): Capabilities {
  if (typeof Office === "undefined" || !Office.context?.requirements) return BASELINE;
  const has = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { rangeAreas: has("1.9"), chartSeries: has("1.7"), workbookProtection: has("1.7"), mergedAreas: has("1.13") };
}
