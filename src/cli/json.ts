import { Analysis, Finding, IndicatorRating, PartnershipRating } from "../model";
import { formatPeriod } from "../periods";

// The --json output, shaped exactly as docs/cli.md shows it: plain values a script can use.

export interface FindingsJson {
  findings: Finding[];
}

export interface AnalysisJson extends FindingsJson {
  reportingPeriod: string | null;
  indicators: ReturnType<typeof indicatorJson>[];
  partnerships: ReturnType<typeof partnershipJson>[];
}

export function findingsJson(findings: readonly Finding[]): FindingsJson {
  return { findings: findings.map(({ severity, sheet, cell, message, hint }) => ({ severity, sheet, cell, message, hint })) };
}

export function analysisJson(analysis: Analysis): AnalysisJson {
  return {
    ...findingsJson(analysis.findings),
    reportingPeriod: analysis.reportingPeriod ? formatPeriod(analysis.reportingPeriod) : null,
    indicators: analysis.indicators.map(indicatorJson),
    partnerships: analysis.partnerships.map(partnershipJson),
  };
}

function indicatorJson(rating: IndicatorRating) {
  return {
    ref: rating.indicator.ref,
    partnership: rating.indicator.partnership,
    status: rating.status,
    direction: rating.direction,
    improvement: round(rating.improvement, 4),
    asAt: rating.asAt ? formatPeriod(rating.asAt) : null,
  };
}

function partnershipJson(p: PartnershipRating) {
  return {
    name: p.name,
    lead: p.lead,
    deputy: p.deputy,
    indicators: p.indicators,
    green: p.green,
    amber: p.amber,
    red: p.red,
    noData: p.noData,
    noTarget: p.noTarget,
    onTarget: round(p.onTarget, 4),
    overall: p.overall,
    // Money to the penny, so float noise (0.30000000000000004) never reaches a script.
    prgAtStake: round(p.prgAtStake, 2) ?? 0,
    prgAtRisk: round(p.prgAtRisk, 2) ?? 0,
  };
}

function round(value: number | null, places: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/** One JSON object and a newline: all that goes to standard output with --json. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
