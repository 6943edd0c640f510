import { sheetKey } from "../keys";
import { returnFinding, ReturnFinding } from "../findings";
import { a1, CellValue, cellAt, cellText, gridSize, numFmtAt, SheetGrid, WorkbookGrids } from "../grid";
import { headerKey } from "../headers";
import { CommentarySection } from "../model";
import { FIGURE_HEADERS, IDENTITY_KEYS, RETURN_MARK, RETURN_SECTIONS, RETURN_SHEETS, SHOWN_HEADER } from "./return-book";

// A return as it came back: read by sheet name and column header, never by position, so a return
// saved by LibreOffice or Google Sheets, re-sorted, or with columns widened still reads the same.

export interface ReturnIdentity {
  book: string;
  partnership: string;
  period: string;
  fingerprint: string | null;
  /** The Refs the return was made with, in order; empty when the identity sheet is gone. */
  refs: string[];
}

export interface ReturnedFigure {
  ref: string;
  /** 1-based row in the Figures sheet. */
  row: number;
  figure: CellValue;
  numFmt: string | undefined;
  figureCell: string;
  note: string;
  noteCell: string;
}

export interface ReturnedText {
  section: CommentarySection;
  heading: string;
  text: string;
  cell: string;
  /** The scorecard's words the return showed beside the update when it was made ("In the scorecard now"); null when it has no such column. */
  shown: string | null;
}

export interface ReturnRead {
  file: string;
  /** Null when the file is not a return (there is then an error finding). */
  identity: ReturnIdentity | null;
  figures: ReturnedFigure[];
  commentary: ReturnedText[];
  findings: ReturnFinding[];
}

const sheetOf = (grids: WorkbookGrids, name: string): SheetGrid | undefined => grids.sheets.find((s) => sheetKey(s.name) === sheetKey(name));
const key = (value: CellValue) => headerKey(cellText(value));

export function readReturn(file: string, grids: WorkbookGrids): ReturnRead {
  const findings: ReturnFinding[] = [];
  const figuresSheet = sheetOf(grids, RETURN_SHEETS.figures);
  const table = figuresSheet ? figureColumns(figuresSheet) : null;
  if (!figuresSheet || !table) {
    findings.push(returnFinding("return-not-recognised", file, figuresSheet?.name ?? grids.sheets[0]?.name ?? "", "A1",
      `${file} is not a return made by this tool: it has no ${RETURN_SHEETS.figures} sheet with a ${FIGURE_HEADERS.ref} column`,
      "Ask the lead to fill in the return they were sent (make them again with the returns command); nothing was taken from this file"));
    return { file, identity: null, figures: [], commentary: [], findings };
  }
  const identity = readIdentity(file, grids, findings);
  const figures: ReturnedFigure[] = [];
  const { rows } = gridSize(figuresSheet);
  for (let row = table.headerRow + 1; row <= rows; row++) {
    const ref = cellText(cellAt(figuresSheet, row, table.ref)).trim();
    if (ref === "") continue;
    figures.push({
      ref,
      row,
      figure: table.figure ? cellAt(figuresSheet, row, table.figure) : null,
      numFmt: table.figure ? numFmtAt(figuresSheet, row, table.figure) : undefined,
      figureCell: a1(row, table.figure ?? 1),
      note: table.note ? cellText(cellAt(figuresSheet, row, table.note)).trim() : "",
      noteCell: a1(row, table.note ?? 1),
    });
  }
  return { file, identity, figures, commentary: readCommentary(grids), findings };
}

/** The header row (in the top ten) and the columns of Ref, the figure and the note. */
function figureColumns(sheet: SheetGrid): { headerRow: number; ref: number; figure?: number; note?: number } | null {
  const want = (text: string) => headerKey(text);
  for (let row = 1; row <= Math.min(10, gridSize(sheet).rows); row++) {
    const cells = (sheet.values[row - 1] ?? []).map(key);
    const ref = cells.indexOf(want(FIGURE_HEADERS.ref));
    if (ref < 0) continue;
    const figure = cells.indexOf(want(FIGURE_HEADERS.figure));
    const note = cells.findIndex((c) => c.startsWith(want("Note")));
    return { headerRow: row, ref: ref + 1, ...(figure >= 0 ? { figure: figure + 1 } : {}), ...(note >= 0 ? { note: note + 1 } : {}) };
  }
  return null;
}

/** Column A's keys and column B's values of a sheet, by key. */
function keyedValues(sheet: SheetGrid): Map<string, { value: string; row: number }> {
  const out = new Map<string, { value: string; row: number }>();
  for (let row = 1; row <= gridSize(sheet).rows; row++) {
    const k = key(cellAt(sheet, row, 1));
    if (k && !out.has(k)) out.set(k, { value: cellText(cellAt(sheet, row, 2)).trim(), row });
  }
  return out;
}

function readIdentity(file: string, grids: WorkbookGrids, findings: ReturnFinding[]): ReturnIdentity | null {
  const sheet = sheetOf(grids, RETURN_SHEETS.identity);
  const k = IDENTITY_KEYS;
  if (sheet && cellText(cellAt(sheet, 1, 1)).trim() === RETURN_MARK) {
    const values = keyedValues(sheet);
    const get = (name: string) => values.get(headerKey(name))?.value ?? "";
    const listed = values.get(headerKey(k.indicators));
    const refs: string[] = [];
    if (listed) {
      for (let row = listed.row + 1; row <= gridSize(sheet).rows; row++) {
        const ref = cellText(cellAt(sheet, row, 1)).trim();
        if (ref) refs.push(ref);
      }
    }
    if (get(k.partnership) && get(k.period)) return { book: get(k.book), partnership: get(k.partnership), period: get(k.period), fingerprint: get(k.fingerprint) || null, refs };
  }
  // The identity sheet is gone (copied into a new book) or changed: the front sheet says the same, visibly.
  const front = sheetOf(grids, RETURN_SHEETS.front);
  const values = front ? keyedValues(front) : new Map<string, { value: string; row: number }>();
  const partnership = values.get(headerKey("Partnership"))?.value ?? "";
  const period = values.get(headerKey("Period"))?.value ?? "";
  const where = sheet?.name ?? front?.name ?? RETURN_SHEETS.figures;
  if (!partnership || !period) {
    findings.push(returnFinding("return-not-recognised", file, where, "A1", `${file} does not say whose return it is: its identity and front sheets are missing or changed`,
      "Ask the lead to fill in the return they were sent, without copying it into another workbook; nothing was taken from this file"));
    return null;
  }
  findings.push(returnFinding("return-no-identity", file, where, "A1", `${file} has lost its hidden identity sheet, so whether the scorecard's indicators have changed since it was made cannot be checked`,
    `Its partnership (${partnership}) and period (${period}) were read from its front sheet; figures are matched by Ref`));
  return { book: values.get(headerKey("Made from"))?.value ?? "", partnership, period, fingerprint: null, refs: [] };
}

function readCommentary(grids: WorkbookGrids): ReturnedText[] {
  const sheet = sheetOf(grids, RETURN_SHEETS.commentary);
  if (!sheet) return [];
  let headerRow = 0, textColumn = 0, shownColumn = 0;
  for (let row = 1; row <= Math.min(10, gridSize(sheet).rows) && !headerRow; row++) {
    const cells = (sheet.values[row - 1] ?? []).map(key);
    const at = cells.indexOf(headerKey("Your update"));
    if (cells.includes(headerKey("Section")) && at >= 0) [headerRow, textColumn, shownColumn] = [row, at + 1, cells.indexOf(headerKey(SHOWN_HEADER)) + 1];
  }
  if (!headerRow) return [];
  const out: ReturnedText[] = [];
  for (let row = headerRow + 1; row <= gridSize(sheet).rows; row++) {
    const heading = cellText(cellAt(sheet, row, 1)).trim();
    const section = RETURN_SECTIONS.find((s) => headerKey(s.heading) === headerKey(heading));
    const text = cellText(cellAt(sheet, row, textColumn)).trim();
    const shown = shownColumn ? cellText(cellAt(sheet, row, shownColumn)).trim() : null;
    if (section && text) out.push({ section: section.section, heading: section.heading, text, cell: a1(row, textColumn), shown });
  }
  return out;
}
