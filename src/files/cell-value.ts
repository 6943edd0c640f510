import { CellValue, dateFromSerial, isDateOrTimeFormat } from "../grid";
import { unescapeExcel } from "./shared-strings";

// A cell's value as the engine takes it, from the cell's type (t), its text and its number format.

export interface ReadContext {
  sharedStrings(): readonly string[];
  /** Number format of each cell format index. */
  numFmts: readonly (string | null)[];
  date1904: boolean;
}

/** A cell's value as exceljs gave it to the engine: see tests/files/reader-matches-exceljs.test.ts. */
export function cellValue(type: string, raw: string, inline: boolean, numFmt: string | null, ctx: ReadContext): CellValue {
  switch (type) {
    case "s": {
      const text = ctx.sharedStrings()[Number(raw)];
      return text === undefined ? null : text;
    }
    case "inlineStr":
    case "str":
      return inline || type === "str" ? unescapeExcel(raw) : raw;
    case "b":
      return raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return { error: raw.trim() };
    case "d": {
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
      return Number.isNaN(date.getTime()) ? null : date;
    }
    default:
      return inline ? unescapeExcel(raw) : numberValue(raw, isDateFormat(numFmt), ctx.date1904);
  }
}

/** A number cell's text: a number, a date when its format is a date's, null when it is no number. */
export function numberValue(raw: string, date: boolean, date1904: boolean): CellValue {
  const n = Number(raw);
  // Number() reads blank text as 0; a blank <v> is no value. Only a 0 needs the (rarer) check.
  if (n === 0 && raw.trim() === "") return null;
  if (!Number.isFinite(n)) return null;
  return date ? dateFromSerial(n, date1904) : n;
}

// A book has a few dozen formats and a scorecard sheet tens of thousands of numbers: each format is
// tested for a date once.
const DATE_FORMATS = new Map<string, boolean>();

export function isDateFormat(numFmt: string | null): boolean {
  if (!numFmt) return false;
  let date = DATE_FORMATS.get(numFmt);
  if (date === undefined) DATE_FORMATS.set(numFmt, (date = isDateOrTimeFormat(numFmt)));
  return date;
}
