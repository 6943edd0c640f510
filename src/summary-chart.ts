import { STATUS_FILL } from "./colours";
import { SummarySheetWrite } from "./refresh-plan";

// The chart on the Partnership Summary sheet: Green, Amber and Red counts per partnership, a clustered
// column chart below the table. Both adapters draw it from this one description (Office.js in Excel,
// a DrawingML chart part in a file), so the sheet looks the same whichever wrote it.

export const CHART_STATUSES = ["Green", "Amber", "Red"] as const;

export interface StatusChart {
  title: string;
  /** 1-based row of the table's header (series names) and of the last partnership row. */
  headerRow: number;
  lastRow: number;
  /** 1-based column of the Green count (Amber and Red follow), and of the partnership names (or null). */
  greenColumn: number;
  nameColumn: number | null;
  /** Series fills, RRGGBB, in the order Green, Amber, Red. */
  fills: string[];
  /** The cells the chart covers: top-left and bottom-right, 1-based, as Excel's Chart.setPosition takes them. */
  from: { row: number; column: number };
  to: { row: number; column: number };
}

/** The chart for a summary plan, or null when the table has no Green/Amber/Red columns or no partnership. */
export function statusChart(summary: SummarySheetWrite): StatusChart | null {
  const header = (summary.rows[summary.headerRow - 1] ?? []).map((cell) => String(cell?.value ?? "").trim().toLowerCase());
  const green = header.indexOf("green");
  const contiguous = green >= 0 && header[green + 1] === "amber" && header[green + 2] === "red";
  if (!contiguous || summary.partnershipRows === 0) return null;
  const lastRow = summary.headerRow + summary.partnershipRows;
  const name = header.indexOf("partnership");
  return {
    title: "Indicators by status, per partnership",
    headerRow: summary.headerRow,
    lastRow,
    greenColumn: green + 1,
    nameColumn: name >= 0 ? name + 1 : null,
    fills: CHART_STATUSES.map((s) => STATUS_FILL[s]),
    // Below everything on the sheet (the totals and the two lines that explain the ratings), one row apart.
    from: { row: summary.rows.length + 2, column: 1 },
    to: { row: summary.rows.length + 19, column: 8 },
  };
}
