import { a1, CellValue, cellText } from "../grid";
import { finding } from "../findings";
import { headerKey } from "../headers";
import { Finding } from "../model";
import { joinAnd, plural } from "../words";
import { RowContext } from "./row-cells";

// Rows of the scorecard's table that are not indicators although they hold figures: the header row
// repeated above each block of indicators (skipped without a word: it is the header, read already),
// and total or subtotal rows (never rated as an indicator, and said so once for the sheet).

const DIGIT = /\d/;
// "Total", "Sub-total", "Grand total", "Total for Safer Essex", "Total: Q2", "Safer Essex subtotal",
// "Totals"; never "Total recorded crime", an indicator's title.
const TOTAL = /^(?:(?:grand|overall|partnership|theme|block)\s+)?(?:sub[\s-]?)?totals?(?:\s*$|\s*[:(–-]|\s+(?:for|of)\b)|\b(?:sub[\s-]?)?totals?\s*$/i;

/** Whether a label names a total or subtotal row rather than an indicator. */
export function isTotalLabel(text: string): boolean {
  return text.length < 80 && TOTAL.test(text.trim());
}

/**
 * Whether the row repeats the header row: its Ref and Indicator cells say what the header's do
 * ("Ref", "Indicator"). A Ref with a digit is an indicator's, so most rows are settled at once.
 */
export function repeatsHeader(ctx: RowContext, cells: readonly CellValue[], ref: string): boolean {
  if (ref === "" || DIGIT.test(ref)) return false;
  const { ref: refColumn, indicator } = ctx.columns.fields;
  const same = (column: number | undefined, text: string) => column !== undefined && headerKey(text) === headerKey(ctx.headers[column] ?? "") && headerKey(text) !== "";
  return same(refColumn, ref) && same(indicator, cellText(cells[indicator! - 1] ?? null));
}

/**
 * The cell that names the row a total, if it is one: its Ref, Indicator or Partnership cell, or the
 * first filled cell of the row. Only for a Ref with no digit (an indicator's Ref has one).
 */
export function totalLabelCell(ctx: RowContext, cells: readonly CellValue[], ref: string): number | null {
  if (DIGIT.test(ref)) return null;
  const { ref: refColumn, indicator, partnership } = ctx.columns.fields;
  const first = cells.findIndex((v) => typeof v === "string" && v.trim() !== "") + 1;
  for (const column of [refColumn, indicator, partnership, first]) {
    if (!column) continue;
    const v = cells[column - 1];
    if (typeof v === "string" && isTotalLabel(v)) return column;
  }
  return null;
}

export interface TotalRow {
  row: number;
  column: number;
  label: string;
}

/** One warning for all the total rows of the sheet, at the first one's label. */
export function totalRowsFinding(sheetName: string, totals: readonly TotalRow[]): Finding[] {
  if (totals.length === 0) return [];
  const [first] = totals;
  const rows = totals.map((t) => String(t.row));
  const which = totals.length === 1
    ? `Row ${first.row} ("${first.label}") is a total, not an indicator`
    : `${plural(totals.length, "row")} are totals, not indicators (rows ${joinAnd(rows.length > 10 ? [...rows.slice(0, 10), `${rows.length - 10} more`] : rows)}; the first is "${first.label}")`;
  return [finding("total-row", sheetName, a1(first.row, first.column),
    `${which}, so ${totals.length === 1 ? "it is" : "they are"} not rated, and counted in no partnership.`,
    "Nothing to do if it is a total: each partnership is added up from its indicators. If it is an indicator, give it a Ref and a title that is not a total's.")];
}
