import { CellWrite } from "../../src/refresh-plan";

// Office.js reads a string written to `values` as if typed (Range.values: a value starting with +, -
// or = is taken as a formula): "2008/09" would become a date, "TRUE" a boolean and "#N/A" an error.
// A leading apostrophe keeps such text as text, as it does when typed.
const RETYPED = /^(?:[=+\-@]|\s*[\d.,(£$€]|(?:true|false)$|#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|GETTING_DATA)$)/i;

/** The value to write for a planned cell: null leaves a cell untouched, "" clears it. */
export function excelValue(cell: CellWrite | null): string | number | null {
  if (cell === null) return null;
  if (cell.value === null) return "";
  if (typeof cell.value === "number") return cell.value;
  return RETYPED.test(cell.value) ? `'${cell.value}` : cell.value;
}

/** "C6EFCE" -> "#C6EFCE", as Office.js expects a fill colour. */
export function excelColour(fill: string): string {
  return fill.startsWith("#") ? fill : `#${fill}`;
}
