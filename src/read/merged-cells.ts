import { a1, CellValue, parseA1, SheetGrid } from "../grid";
import { finding } from "../findings";
import { Finding, OwnColumn } from "../model";
import { ColumnMap } from "./scorecard-header";

// Merged cells in the scorecard sheet. Excel keeps a merge's value in its first cell only, and a
// write to any other cell of it replaces that value.

interface Merge {
  range: string;
  from: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(sheet: SheetGrid): Merge[] {
  const merges: Merge[] = [];
  for (const range of sheet.merges ?? []) {
    const [from, to] = range.split(":");
    if (!to) continue;
    const start = parseA1(from);
    const end = parseA1(to);
    merges.push({ range, from, top: start.row, left: start.column, bottom: end.row, right: end.column });
  }
  return merges;
}

/** Fields an officer merges down a group of rows: the partnership, priority or lead of all of them. */
const GROUP_FIELDS = ["partnership", "priority", "leadOfficer", "polarity", "unit", "frequency"] as const;

/**
 * The sheet as read for indicators: a group field merged down several rows (one Thematic partnership
 * cell beside its indicators) gives its value to every row it covers. Merges across a row (a heading)
 * are left as they are, so a heading stays a heading. The grid itself is not changed.
 */
export function withMergedFields(sheet: SheetGrid, headerRow: number, columns: ColumnMap): SheetGrid {
  const groupColumns = new Set<number>();
  for (const f of GROUP_FIELDS) {
    const column = columns.fields[f];
    if (column === undefined) continue;
    groupColumns.add(column);
    for (const other of columns.fallbacks.get(column) ?? []) groupColumns.add(other);
  }
  const copied = new Map<number, CellValue[]>();
  for (const m of mergesOf(sheet)) {
    if (m.bottom === m.top || m.top <= headerRow || !groupColumns.has(m.left)) continue;
    const value = sheet.values[m.top - 1]?.[m.left - 1] ?? null;
    if (value === null) continue;
    for (let row = m.top + 1; row <= m.bottom; row++) {
      let cells = copied.get(row);
      if (!cells) copied.set(row, (cells = [...(sheet.values[row - 1] ?? [])]));
      while (cells.length < m.left - 1) cells.push(null);
      cells[m.left - 1] = value;
    }
  }
  if (copied.size === 0) return sheet;
  const values = [...sheet.values];
  for (const [row, cells] of copied) values[row - 1] = cells;
  return { ...sheet, values };
}

/**
 * An own column found by header that runs through a merge below the header row: writing there would
 * replace the merge's text (only its first cell holds a value), so it is an error and nothing is written.
 */
export function checkOwnColumnMerges(sheet: SheetGrid, headerRow: number, own: Partial<Record<OwnColumn, number>>): Finding[] {
  const findings: Finding[] = [];
  for (const m of mergesOf(sheet)) {
    for (const [name, column] of Object.entries(own) as [OwnColumn, number][]) {
      if (column < m.left || column > m.right || m.bottom <= headerRow) continue;
      // The first cell of the merge may be written; any other cell of it may not.
      const row = column === m.left ? Math.max(m.top + 1, headerRow + 1) : Math.max(m.top, headerRow + 1);
      if (row > m.bottom) continue;
      const cell = a1(row, column);
      findings.push(finding("own-column-in-merge", sheet.name, cell,
        `The ${name} column runs through the merged cells ${m.range}, so a refresh cannot write ${cell} without replacing ${m.from}.`,
        `Unmerge ${m.range} (Home > Merge & Center), then refresh again.`));
    }
  }
  return findings;
}
