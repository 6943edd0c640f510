import ExcelJS from "exceljs";

/** Every cell of a sheet that holds something (a value, a style, a note), as comparable text, keyed by address. */
export function cellsOf(sheet: ExcelJS.Worksheet, skipColumns: number[]): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (skipColumns.includes(Number(cell.col))) return;
      // includeEmpty walks to the row's last cell; a blank unstyled cell there is no content of the user's.
      if (cell.value === null && Object.keys(cell.style ?? {}).length === 0 && !cell.note) return;
      cells.set(cell.address, JSON.stringify({ value: cell.value, formula: cell.formula, style: cell.style, note: cell.note }));
    }),
  );
  return cells;
}
