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
  /** Range.getColumnProperties: which columns are hidden, so own columns are not written there unseen. ExcelApi 1.9. */
  hiddenColumns?: boolean;
  /** RunOptions.mergeUndoGroup: one refresh is one step of Excel's Undo. ExcelApi 1.20. */
  undoGroup?: boolean;
}

export const BASELINE: Capabilities = { rangeAreas: false, chartSeries: false, workbookProtection: false };

/** What the running Excel supports; the baseline when Office is not there. */
export function hostCapabilities(): Capabilities {
  if (typeof Office === "undefined" || !Office.context?.requirements) return BASELINE;
  const has = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { rangeAreas: has("1.9"), chartSeries: has("1.7"), workbookProtection: has("1.7"), mergedAreas: has("1.13"), hiddenColumns: has("1.9"), undoGroup: has("1.20") };
}

/**
 * The capabilities to read with again after Excel refused a read, without the optional feature that
 * failed; null when none is left to drop. Excel names the call that failed in debugInfo.errorLocation
 * ("Range.getMergedAreasOrNullObject": past 512 merged areas); otherwise hidden columns go first (Excel
 * refuses the columns right of a used range that ends in XFD), then merges.
 */
export function withoutFailedFeature(error: unknown, capabilities: Capabilities): Capabilities | null {
  const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  const mergesFailed = typeof location === "string" && /MergedAreas/i.test(location);
  if (capabilities.mergedAreas && (mergesFailed || !capabilities.hiddenColumns)) return { ...capabilities, mergedAreas: false };
  if (capabilities.hiddenColumns) return { ...capabilities, hiddenColumns: false };
  return null;
}
