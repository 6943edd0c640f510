import { columnLetters } from "../grid";
import { cellColumn } from "./cell-address";

// A formula moved by rows and columns, as Excel fills it down or across: relative references move,
// absolute ($) ones stay, a reference pushed off the sheet becomes #REF!. Needed when a refresh
// overwrites the cell that holds a shared formula's text: the next cell of the group takes the text,
// written for its own position, so the cells that shared it keep their formula.

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(])/;
const COLUMNS = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!])/;
const ROWS = /^(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![0-9.])/;
const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\?]*/;
const NUMBER = /^\d+(\.\d*)?([Ee][+-]?\d+)?/;

export function shiftFormula(formula: string, rows: number, columns: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    const rest = formula.slice(i);
    if (ch === '"' || ch === "'") {
      // A text literal or a quoted sheet name: copied as is (a doubled quote is an escaped one).
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      // Structured references (Table1[[#This Row],[Target]]) and external book indexes: copied.
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "#") {
      const error = /^#[A-Za-z0-9/]+[!?]?/.exec(rest);
      out += error ? error[0] : ch;
      i += error ? error[0].length : 1;
      continue;
    }
    const previous = i > 0 ? formula[i - 1] : "";
    if (/[A-Za-z0-9_.\\]/.test(previous)) {
      out += ch;
      i++;
      continue;
    }
    const columnRange = COLUMNS.exec(rest);
    if (columnRange) {
      out += shiftColumn(columnRange[1], columnRange[2], columns) + ":" + shiftColumn(columnRange[3], columnRange[4], columns);
      i += columnRange[0].length;
      continue;
    }
    const rowRange = ROWS.exec(rest);
    if (rowRange) {
      out += shiftRow(rowRange[1], rowRange[2], rows) + ":" + shiftRow(rowRange[3], rowRange[4], rows);
      i += rowRange[0].length;
      continue;
    }
    const cell = CELL.exec(rest);
    if (cell && !/^[A-Za-z0-9_.]*!/.test(rest) ) {
      const column = shiftColumn(cell[1], cell[2], columns);
      const row = shiftRow(cell[3], cell[4], rows);
      out += column.startsWith("#") || row.startsWith("#") ? "#REF!" : column + row;
      i += cell[0].length;
      continue;
    }
    const token = NAME.exec(rest) ?? NUMBER.exec(rest);
    if (token) {
      // A function, a defined name, a sheet name before "!", TRUE/FALSE or a number: copied.
      out += token[0];
      i += token[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out.replace(/#REF!(?::#REF!)+/g, "#REF!");
}

function shiftColumn(dollar: string, letters: string, by: number): string {
  if (dollar) return dollar + letters;
  const column = cellColumn(letters) + by;
  return column < 1 || column > MAX_COLUMN ? "#REF!" : columnLetters(column);
}

function shiftRow(dollar: string, digits: string, by: number): string {
  if (dollar) return dollar + digits;
  const row = Number(digits) + by;
  return row < 1 || row > MAX_ROW ? "#REF!" : String(row);
}
