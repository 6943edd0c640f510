import { sheetCellRef } from "../grid";
import { Analysis, Finding, PartnershipRating } from "../model";
import { plural } from "../words";
import { formatMoney, formatPercent } from "../format";
import { formatPeriod } from "../periods";

// The human output: findings grouped by severity, each with its Sheet!Cell, what is wrong and what to
// do; then the partnership summary as an aligned table.

/** `'Partnership Summary'!A1`: quoted the way Excel writes a sheet name with spaces or punctuation. */
export const cellRef = sheetCellRef;

export function findingsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return "No problems found.\n";
  const lines: string[] = [];
  for (const [severity, title] of [
    ["error", "Errors"],
    ["warning", "Warnings"],
  ] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${title} (${group.length})`);
    const width = Math.max(...group.map((f) => cellRef(f.sheet, f.cell).length));
    for (const f of group) {
      lines.push(`  ${cellRef(f.sheet, f.cell).padEnd(width)}  ${f.message}`);
      if (f.hint) lines.push(`  ${" ".repeat(width)}  ${f.hint}`);
    }
    lines.push("");
  }
  return `${lines.join("\n")}`;
}

/** "2 errors and 3 warnings" */
export function countsText(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  return `${plural(errors, "error")} and ${plural(warnings, "warning")}`;
}


type Align = "left" | "right";
const COLUMNS: { header: string; align: Align; value: (p: PartnershipRating) => string }[] = [
  { header: "Partnership", align: "left", value: (p) => p.name },
  { header: "Lead", align: "left", value: (p) => p.lead ?? "-" },
  { header: "Deputy", align: "left", value: (p) => p.deputy ?? "-" },
  { header: "Indicators", align: "right", value: (p) => String(p.indicators) },
  { header: "Green", align: "right", value: (p) => String(p.green) },
  { header: "Amber", align: "right", value: (p) => String(p.amber) },
  { header: "Red", align: "right", value: (p) => String(p.red) },
  { header: "No data", align: "right", value: (p) => String(p.noData) },
  { header: "No target", align: "right", value: (p) => String(p.noTarget) },
  { header: "On target", align: "right", value: (p) => (p.onTarget === null ? "-" : formatPercent(p.onTarget, 0)) },
  { header: "Overall", align: "left", value: (p) => p.overall },
  { header: "PRG at stake", align: "right", value: (p) => money(p.prgAtStake) },
  { header: "PRG at risk", align: "right", value: (p) => money(p.prgAtRisk) },
];

export function summaryText(analysis: Analysis): string {
  const period = analysis.reportingPeriod ? formatPeriod(analysis.reportingPeriod) : "no reporting period";
  const title = `Partnership summary, ${period}`;
  if (analysis.partnerships.length === 0) return `${title}: no indicators to rate.\n`;
  const rows = [COLUMNS.map((c) => c.header), ...analysis.partnerships.map((p) => COLUMNS.map((c) => c.value(p)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((text, i) => (COLUMNS[i].align === "right" ? text.padStart(widths[i]) : text.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [title, "", line(rows[0]), rule, ...rows.slice(1).map(line), ""].join("\n");
}

function money(value: number): string {
  if (!value) return "-";
  return formatMoney(Math.round(value));
}
