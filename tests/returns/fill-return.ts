import ExcelJS from "exceljs";

// Fills a return as a lead's spreadsheet program would: opens it with exceljs (another tool than
// ours), types into the figure and note cells found by Ref and header, and saves it.

export interface Filling {
  figures?: Record<string, string | number>;
  notes?: Record<string, string>;
  commentary?: Record<string, string>;
  /** Change the rows before saving (re-sort, delete, add). */
  rows?: (sheet: ExcelJS.Worksheet) => void;
  /** Remove sheet protection, as a lead who knows how might. */
  unprotect?: boolean;
}

export async function fillReturn(bytes: Uint8Array, filling: Filling): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const figures = book.getWorksheet("Figures")!;
  const header = figures.getRow(1).values as (string | undefined)[];
  const col = (name: string) => header.findIndex((h) => typeof h === "string" && h.startsWith(name));
  const figure = col("Your figure");
  const note = col("Note");
  figures.eachRow((row, n) => {
    if (n === 1) return;
    const ref = String(row.getCell(1).value ?? "");
    if (filling.figures && ref in filling.figures) row.getCell(figure).value = filling.figures[ref];
    if (filling.notes && ref in filling.notes) row.getCell(note).value = filling.notes[ref];
  });
  const commentary = book.getWorksheet("Commentary")!;
  commentary.eachRow((row, n) => {
    const heading = String(row.getCell(1).value ?? "");
    if (n > 1 && filling.commentary && heading in filling.commentary) row.getCell(4).value = filling.commentary[heading];
  });
  filling.rows?.(figures);
  if (filling.unprotect) for (const sheet of book.worksheets) sheet.unprotect();
  return new Uint8Array(await book.xlsx.writeBuffer());
}
