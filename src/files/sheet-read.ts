import { a1, CellValue, columnRanges, SheetGrid } from "../grid";
import { cellColumn, cellRow } from "./cell-address";
import { ReadContext } from "./cell-value";
import { Cells } from "./sheet-cells";
import { XmlCursor, XmlError } from "./xml";

// One worksheet's cells as the engine's grid: values, number formats and merged ranges, read straight
// from the sheet's XML. Only cells that hold a value cost anything: an empty formatted cell is one tag
// skipped, and data validations, conditional formats and the rest of the sheet are never looked at.

export function readSheet(name: string, xml: string, ctx: ReadContext): SheetGrid {
  return cutAtLast(name, xml, ctx) ?? (readCells(name, xml, ctx, true) as SheetGrid);
}

/** The fast read; undefined also when the last "</sheetData>" was inside a comment the cut left open. */
function cutAtLast(name: string, xml: string, ctx: ReadContext): SheetGrid | undefined {
  try {
    return readCells(name, xml, ctx, false);
  } catch (e) {
    // A sheet truly broken is said so by the read from the front.
    if (e instanceof XmlError) return undefined;
    throw e;
  }
}

/**
 * The grid; undefined when the cells, cut at the last </sheetData> (almost always the only one, near the
 * end: a search from the front reads megabytes of cells), say they end at an earlier one, or there is
 * no </sheetData> spelt so: then the cells are walked to their end tag from the front.
 */
function readCells(name: string, xml: string, ctx: ReadContext, fromFront: boolean): SheetGrid | undefined {
  const cells = new Cells(ctx);
  const hidden: [number, number][] = [];
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  const cursor = new XmlCursor(xml);
  let prefix = "";
  while (cursor.next()) {
    if (cursor.is("worksheet") && cursor.kind === "open") prefix = cursor.name.slice(0, cursor.name.length - cursor.local.length);
    else if (cursor.is("sheetData") && cursor.kind === "open") {
      const open = cursor.end;
      let close = xml.lastIndexOf(`</${prefix}sheetData>`);
      if (fromFront) {
        // Walked to its end tag, whatever its spelling (</sheetData >) and whatever comments hold.
        cursor.skipElement();
        close = cursor.start;
      } else if (close < open) return undefined;
      if (!cells.readRows(xml.slice(open, close), prefix, !fromFront)) return undefined;
      cursor.moveTo(close);
    } else if (cursor.is("col") && cursor.kind !== "close") {
      const h = cursor.attr("hidden");
      if (h === "1" || h === "true") hidden.push([Number(cursor.attr("min")), Number(cursor.attr("max"))]);
    } else if (cursor.is("mergeCell") && cursor.kind !== "close") {
      const [from, to = from] = (cursor.attr("ref") ?? "").split(":");
      if (!from) continue;
      const m = { top: cellRow(from), left: cellColumn(from), bottom: cellRow(to), right: cellColumn(to) };
      if (m.top && m.left && m.bottom && m.right && (m.bottom > m.top || m.right > m.left)) merges.push(m);
    }
  }
  const grid = toGrid(name, cells.values, cells.numFmts, merges);
  if (hidden.length) grid.hiddenColumns = columnRanges(hidden);
  if (cells.formulas.length) grid.formulas = cells.formulas;
  return grid;
}

function toGrid(
  name: string,
  values: CellValue[][],
  numFmts: (string | null)[][],
  merges: { top: number; left: number; bottom: number; right: number }[],
): SheetGrid {
  // Excel shows a merged range's value in its first cell only; the Office.js adapter sees the same.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = values[r - 1];
      if (!row) continue;
      for (let c = m.left; c <= Math.min(m.right, row.length); c++) {
        if (r === m.top && c === m.left) continue;
        row[c - 1] = null;
        numFmts[r - 1][c - 1] = null;
      }
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      row.length = numFmts[r - 1].length = end;
    }
  }
  // Every row up to the last that holds a value; rows without one are empty.
  let last = values.length;
  while (last > 0 && !values[last - 1]?.length) last--;
  values.length = numFmts.length = last;
  for (let r = 0; r < last; r++) {
    values[r] ??= [];
    numFmts[r] ??= [];
  }
  const grid: SheetGrid = { name, values, numFmts };
  if (merges.length) {
    // In the order the old reader met them: by the first cell after the merge's own, row by row.
    const key = (m: (typeof merges)[number]) => (m.right > m.left ? [m.top, m.left + 1] : [m.top + 1, m.left]);
    const sorted = [...merges].sort((x, y) => key(x)[0] - key(y)[0] || key(x)[1] - key(y)[1]);
    grid.merges = sorted.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  }
  return grid;
}

