import { buildMidYearReport, MID_YEAR_REPORT_PLACEHOLDERS } from "../documents";
import { formatPeriod, formatYear } from "../periods";
import { partnershipPaperCommand } from "./partnership-command";

/** One mid-year report per thematic partnership (or the one named), each .docx named after its partnership. */
export const midYearReportCommand = partnershipPaperCommand({
  command: "mid-year-report",
  noun: "mid-year report",
  summary: "write a mid-year report (.docx) for each partnership, or the one named, into DIR",
  template: "mid-year-report.docx",
  placeholders: MID_YEAR_REPORT_PLACEHOLDERS,
  build: buildMidYearReport,
  warning({ reportingPeriod: p }) {
    if (!p || (p.kind === "quarter" && p.quarter === 2)) return null;
    return `the reporting period is ${formatPeriod(p)}, not Q2 ${formatYear(p.year)}: the mid-year reports are as at ${formatPeriod(p)}, and say so. Set Reporting period on the Settings sheet for the half-year position.`;
  },
});
