import { Finding, Severity } from "../../src/model";
import { sheetCellRef } from "../../src/grid";

// Findings as the pane lists them: errors first, then warnings, each naming Sheet!Cell so the user can
// go to it. Pure data, so the grouping is tested without a DOM.

export interface FindingItem {
  /** Stable id for the list item: "finding-0", "finding-1" ... in display order. */
  id: string;
  /** "Scorecard!C5", quoted like Excel when the sheet name has spaces: "'LAA Scorecard'!C5". */
  place: string;
  sheet: string;
  /** The first cell of the finding's cell or range, which the pane selects. */
  cell: string;
  message: string;
  hint: string;
}

export interface FindingGroup {
  severity: Severity;
  /** "2 errors", "1 warning". */
  heading: string;
  items: FindingItem[];
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  let n = 0;
  for (const severity of ["error", "warning"] as const) {
    const matching = findings.filter((f) => f.severity === severity);
    if (matching.length === 0) continue;
    const items = sortByPlace(matching).map((f) => ({
      id: `finding-${n++}`,
      place: sheetCellRef(f.sheet, f.cell),
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      hint: f.hint,
    }));
    groups.push({ severity, heading: `${matching.length} ${severity}${matching.length === 1 ? "" : "s"}`, items });
  }
  return groups;
}

/** One line for the top of the list: what a user needs to know first. */
export function findingsSummary(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return "No problems found: the scorecard can be refreshed.";
  if (errors === 0) return `No errors, ${warnings} warning${warnings === 1 ? "" : "s"}: the scorecard can be refreshed.`;
  return `${errors} error${errors === 1 ? "" : "s"} to fix before the scorecard can be refreshed${warnings ? `, and ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}.`;
}

/** By sheet as found, then down the rows, then across: the order a user reads the sheet. */
function sortByPlace(findings: Finding[]): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const f of findings) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  const key = (f: Finding) => {
    const m = /^\$?([A-Za-z]+)\$?(\d+)/.exec(f.cell);
    if (!m) return [0, 0];
    let column = 0;
    for (const ch of m[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]), column];
  };
  return [...findings].sort((a, b) => {
    const bySheet = (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0);
    if (bySheet) return bySheet;
    const [ra, ca] = key(a);
    const [rb, cb] = key(b);
    return ra - rb || ca - cb;
  });
}

/** The first cell of "A3" or "A1:Z20": what the pane asks Excel to select. */
export function firstCellOf(cell: string): string {
  return cell.split(":")[0].replace(/\$/g, "");
}
