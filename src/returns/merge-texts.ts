import { partnershipKey } from "../keys";
import { returnFinding, ReturnFinding } from "../findings";
import { a1, gridSize, sheetCellRef, WorkbookGrids } from "../grid";
import { Analysis, CommentaryEntry } from "../model";
import { commentaryColumns } from "../read/papers";
import { findSheet } from "../read/sheets";
import { CellsWrite, MergePlan, MergeRefused, TextChange } from "./merge-model";
import { ReturnRead } from "./read-return";
import { RETURN_SECTIONS, RETURN_SHEETS } from "./return-book";

// The words of the returns into the Commentary sheet: a section the scorecard has no words for yet is
// added as a new row under the sheet's last; one whose words the return showed the lead, unchanged
// since, is replaced by the lead's update (the Commentary sheet keeps one period's words); one whose
// words changed after the return was made is a conflict, left as it is unless told to overwrite. A figure's note becomes a Data assurance paragraph
// that names its indicator and period, so the papers print it where a reader looks for a data caveat.

const NOTE_HEADING = RETURN_SECTIONS.find((s) => s.section === "dataAssurance")!.heading;
const HEADER = ["Partnership", "Section", "Text"];

interface Wanted {
  change: Omit<TextChange, "sheet" | "cell" | "outcome" | "old">;
  existing: CommentaryEntry | undefined;
  same: boolean;
  /** The lead saw the section's words as they still are, in one row, and wrote the update for them: it replaces them. */
  update: boolean;
}

export interface TextsPlan {
  changes: TextChange[];
  sheet: MergePlan["commentary"];
  findings: ReturnFinding[];
}

export function planTexts(analysis: Analysis, book: WorkbookGrids, reads: readonly ReturnRead[], overwrite: boolean): TextsPlan {
  const entries = analysis.papers.commentary;
  const wanted: Wanted[] = [];
  for (const read of reads) {
    const partnership = analysis.partnerships.find((p) => partnershipKey(p.name) === partnershipKey(read.identity!.partnership))!.name;
    const mine = entries.filter((e) => partnershipKey(e.partnership) === partnershipKey(partnership));
    for (const t of read.commentary) {
      const existing = mine.filter((e) => e.section === t.section);
      wanted.push({
        change: { partnership, heading: t.heading, kind: "section", text: t.text, file: read.file, returnCell: sheetCellRef(RETURN_SHEETS.commentary, t.cell) },
        existing: existing[0],
        same: existing.some((e) => e.text.trim() === t.text),
        // Last quarter's words, shown on the return beside the update, unchanged since: the update is this quarter's.
        update: existing.length === 1 && t.shown !== null && sameWords(t.shown, existing[0].text),
      });
    }
    for (const f of read.figures) {
      if (!f.note) continue;
      const text = `${f.ref}, ${read.identity!.period}: ${f.note}`;
      wanted.push({
        change: { partnership, heading: NOTE_HEADING, kind: "note", text, file: read.file, returnCell: sheetCellRef(RETURN_SHEETS.figures, f.noteCell) },
        existing: undefined,
        same: mine.some((e) => e.text.trim() === text),
        update: false,
      });
    }
  }
  const sheet = findSheet(book, "commentary");
  const sheetName = sheet?.name ?? "Commentary";
  if (!wanted.some((w) => !w.same)) return { changes: wanted.map((w) => ({ ...w.change, old: w.existing?.text ?? null, sheet: sheetName, cell: w.existing?.cell ?? "", outcome: "same" })), sheet: null, findings: [] };

  const columns = sheet ? commentaryColumns(sheet) : { headerRow: 1, partnership: 1, section: 2, text: 3 };
  if (sheet && !columns) {
    throw new MergeRefused(`The ${sheet.name} sheet has no header row with Partnership, Section and Text, so the returns' words cannot be added to it; add those headers in its first row, then merge again. Nothing was written.`);
  }
  const c = columns!;
  const writes: CellsWrite[] = sheet ? [] : HEADER.map((h, i) => ({ address: a1(1, i + 1), cell: { value: h, bold: true } }));
  let next = sheet ? Math.max(gridSize(sheet).rows, c.headerRow) + 1 : 2;
  const findings: ReturnFinding[] = [];
  const changes: TextChange[] = wanted.map((w) => {
    const old = w.existing?.text ?? null;
    if (w.same) return { ...w.change, old: w.change.text, sheet: sheetName, cell: w.existing?.cell ?? "", outcome: "same" };
    if (w.existing) {
      if (!overwrite && !w.update) {
        const [returnSheet, cell] = w.change.returnCell.split("!");
        findings.push(returnFinding("return-conflict", w.change.file, returnSheet, cell,
          `${w.change.partnership}, ${w.change.heading}: the scorecard already has other words (${sheetCellRef(sheetName, w.existing.cell)})`,
          "Not written; merge again with --overwrite to replace them with the return's, or copy what is wanted by hand"));
        return { ...w.change, old, sheet: sheetName, cell: w.existing.cell, outcome: "conflict" };
      }
      writes.push({ address: w.existing.cell, cell: { value: w.change.text } });
      return { ...w.change, old, sheet: sheetName, cell: w.existing.cell, outcome: "overwritten", ...(w.update ? { update: true as const } : {}) };
    }
    const row = next++;
    writes.push(
      { address: a1(row, c.partnership), cell: { value: w.change.partnership } },
      { address: a1(row, c.section), cell: { value: w.change.heading } },
      { address: a1(row, c.text), cell: { value: w.change.text } },
    );
    return { ...w.change, old: null, sheet: sheetName, cell: a1(row, c.text), outcome: "written" };
  });
  const any = writes.length > 0;
  return { changes, sheet: any ? { sheet: sheetName, isNew: !sheet, columnWidths: [30, 26, 90], writes } : null, findings };
}

/** Words compared as a reader would: spacing and line breaks aside (a save by another program may change them). */
function sameWords(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
}
