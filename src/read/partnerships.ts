import { a1, cellAt, cellText, gridSize, SheetGrid, WorkbookGrids } from "../grid";
import { finding } from "../findings";
import { headerMatcher } from "../headers";
import { Finding, Indicator, Partnership } from "../model";
import { partnershipKey } from "../keys";
import { findSheet } from "./sheets";

// The Partnerships sheet: the grid of thematic partnerships with their leads and deputies.

const COLUMN_HEADERS = {
  partnership: ["Partnership", "Thematic partnership", "Theme", "Block", "Thematic block", "Name"],
  lead: ["Lead", "Thematic lead", "Lead officer", "Chair", "Lead member"],
  deputy: ["Deputy", "Deputy lead", "Deputy thematic lead", "Vice chair", "Deputy chair"],
} as const;
type Column = keyof typeof COLUMN_HEADERS;
const columnNamed = headerMatcher(COLUMN_HEADERS);

export interface PartnershipsRead {
  /** Null when the workbook has no usable Partnerships sheet. */
  sheet: string | null;
  partnerships: Partnership[];
  /** Each listed partnership's name cell, by partnershipKey. */
  cells: Map<string, string>;
  findings: Finding[];
}

export function readPartnerships(workbook: WorkbookGrids): PartnershipsRead {
  const sheet = findSheet(workbook, "partnerships");
  if (!sheet) return { sheet: null, partnerships: [], cells: new Map(), findings: [] };
  const header = findHeader(sheet);
  if (!header) {
    const noHeader = finding("partnerships-no-header", sheet.name, "A1",
      `The ${sheet.name} sheet has no header row with a Partnership and a Lead column, so it is not used.`,
      `Put the headers Partnership, Lead and Deputy in one row at the top of the sheet, one partnership per row below.`);
    return { sheet: null, partnerships: [], cells: new Map(), findings: [noHeader] };
  }
  const partnerships: Partnership[] = [];
  const findings: Finding[] = [];
  const cells = new Map<string, string>();
  const { rows } = gridSize(sheet);
  const text = (r: number, c: number | undefined) => (c ? cellText(cellAt(sheet, r, c)) : "");
  for (let r = header.row + 1; r <= rows; r++) {
    const name = text(r, header.columns.partnership);
    if (!name || cells.has(partnershipKey(name))) continue;
    cells.set(partnershipKey(name), a1(r, header.columns.partnership!));
    const lead = text(r, header.columns.lead) || null;
    const deputy = text(r, header.columns.deputy) || null;
    partnerships.push({ name, lead, deputy });
    if (!lead) {
      findings.push(finding("no-lead", sheet.name, a1(r, header.columns.lead ?? header.columns.partnership! + 1), `${name} has no thematic lead.`,
        `Type the name of the partnership's lead in this cell, so papers and the summary can name who answers for it.`));
    }
  }
  return { sheet: sheet.name, partnerships, cells, findings };
}

function findHeader(sheet: SheetGrid): { row: number; columns: Partial<Record<Column, number>> } | null {
  const last = Math.min(20, gridSize(sheet).rows);
  for (let r = 1; r <= last; r++) {
    const columns: Partial<Record<Column, number>> = {};
    (sheet.values[r - 1] ?? []).forEach((v, i) => {
      const col = columnNamed(cellText(v));
      if (col && !columns[col]) columns[col] = i + 1;
    });
    if (columns.partnership && columns.lead) return { row: r, columns };
  }
  return null;
}

/**
 * Warns once per partnership the scorecard names that the Partnerships sheet does not list, at its
 * first cell; and spells each listed partnership as the Partnerships sheet does, so the summary
 * groups "Safer communities" and "Safer Communities" together.
 */
export function checkScorecardPartnerships(
  indicators: Indicator[],
  partnerships: Partnership[],
  scorecardSheet: string,
  partnershipsSheet: string,
  partnershipColumn: number,
): Finding[] {
  const listed = new Map(partnerships.map((p) => [partnershipKey(p.name), p.name]));
  const warned = new Set<string>();
  const findings: Finding[] = [];
  // Indicators of one partnership mostly stand together: a name like the row before's is settled already.
  let written: string | undefined;
  let name: string | undefined;
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i];
    if (!indicator.partnership) continue;
    if (indicator.partnership !== written) {
      written = indicator.partnership;
      name = listed.get(partnershipKey(written));
    }
    if (name) {
      indicator.partnership = name;
      continue;
    }
    const key = partnershipKey(indicator.partnership);
    if (warned.has(key)) continue;
    warned.add(key);
    findings.push(finding("partnership-not-listed", scorecardSheet, a1(indicator.row, partnershipColumn),
      `The partnership "${indicator.partnership}" is not listed on the ${partnershipsSheet} sheet.`,
      `Spell it as the ${partnershipsSheet} sheet does, or add it there with its lead and deputy.`));
  }
  return findings;
}
