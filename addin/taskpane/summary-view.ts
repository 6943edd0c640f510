import { STATUS_FILL } from "../../src/colours";
import { Analysis, OverallStatus } from "../../src/model";
import { formatPercent } from "../../src/documents/format";
import { formatPeriod } from "../../src/periods";

// The summary the pane shows after a refresh: one row per partnership with counts, the share on
// target and the overall status, in words and in its colour (never colour alone).

export interface SummaryRow {
  name: string;
  lead: string;
  indicators: number;
  green: number;
  amber: number;
  red: number;
  noData: number;
  /** "56%", or "–" when nothing is rated. */
  onTarget: string;
  status: OverallStatus;
  /** Background colour of the status, "#RRGGBB". */
  colour: string;
}

export interface SummaryModel {
  /** "Q2 2009/10", or null when no actual has been entered yet. */
  period: string | null;
  rows: SummaryRow[];
  /** "32 indicators: 14 Green, 9 Amber, 5 Red, 4 No data". */
  totals: string;
}

export function summaryModel(analysis: Analysis): SummaryModel {
  const rows = analysis.partnerships.map((p) => ({
    name: p.name,
    lead: p.lead ?? "",
    indicators: p.indicators,
    green: p.green,
    amber: p.amber,
    red: p.red,
    noData: p.noData,
    onTarget: p.onTarget === null ? "–" : formatPercent(p.onTarget, 0),
    status: p.overall,
    colour: `#${STATUS_FILL[p.overall]}`,
  }));
  const count = (pick: (r: SummaryRow) => number) => rows.reduce((t, r) => t + pick(r), 0);
  const indicators = count((r) => r.indicators);
  const parts = [
    [count((r) => r.green), "Green"],
    [count((r) => r.amber), "Amber"],
    [count((r) => r.red), "Red"],
    [count((r) => r.noData), "No data"],
  ]
    .filter(([n]) => n)
    .map(([n, s]) => `${n} ${s}`);
  return {
    period: analysis.reportingPeriod ? formatPeriod(analysis.reportingPeriod) : null,
    rows,
    totals: `${indicators} indicator${indicators === 1 ? "" : "s"}${parts.length ? `: ${parts.join(", ")}` : ""}`,
  };
}
