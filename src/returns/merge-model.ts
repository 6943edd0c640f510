import { ReturnFinding } from "../findings";
import { Period } from "../model";
import { CellWrite } from "../refresh-plan";
import { PlainSentenceError } from "../errors";

// What a merge of partner returns decides, as plain data: every figure and text with what happens
// to it, the findings at the returns' cells, the chase list, and the cells to write. The file adapter
// (src/files/merge-package.ts) and the pane write exactly these cells and nothing else.

/** written: the book had nothing; same: it already held this; conflict: it holds another, kept; overwritten: replaced (--overwrite). */
export type Outcome = "written" | "same" | "conflict" | "overwritten";

export interface FigureChange {
  partnership: string;
  ref: string;
  title: string;
  /** The period the figure is for ("Q2 2009/10"). */
  period: string;
  /** The scorecard cell it goes into. */
  sheet: string;
  cell: string;
  /** The book's figure before (a fraction for a percentage), or null; and what the cell showed when it held words ("tbc"). */
  old: number | null;
  oldTyped?: string;
  /** The return's figure, on the engine's scale (a fraction for a percentage). */
  value: number;
  /** As the lead wrote it: "45%", "6.1". */
  shown: string;
  oldShown: string;
  file: string;
  returnCell: string;
  outcome: Outcome;
  queried: boolean;
  /** The scorecard cell holds a formula: never written, even with --overwrite. */
  formula?: boolean;
}

export interface TextChange {
  partnership: string;
  /** The Commentary section's heading as written into the book ("Barriers and risks"). */
  heading: string;
  /** A section of the return's Commentary sheet, or an indicator's note. */
  kind: "section" | "note";
  old: string | null;
  text: string;
  file: string;
  returnCell: string;
  /** The book's Commentary sheet by its own name ("Narrative"), and where in it the words go. */
  sheet: string;
  cell: string;
  outcome: Outcome;
  /** Overwritten as the lead's update of the words their return showed them, unchanged since (not for --overwrite). */
  update?: true;
}

export interface ChaseEntry {
  partnership: string;
  lead: string | null;
  deputy: string | null;
  /** The return taken for this partnership, or null when none came (or none could be taken). */
  returned: string | null;
  /** Figures due for the period and still not in the scorecard after the merge. */
  missing: { ref: string; title: string; period: string }[];
  queried: FigureChange[];
  conflicts: (FigureChange | TextChange)[];
  /** Figures of its return kept out for a finding (not a number, out of range ...). */
  refused: ReturnFinding[];
}

export interface CellsWrite {
  address: string;
  cell: CellWrite;
}

export interface MergePlan {
  period: Period;
  /** Every return read, in the order named, with whether it was taken. */
  returns: { file: string; partnership: string | null; taken: boolean }[];
  figures: FigureChange[];
  texts: TextChange[];
  findings: ReturnFinding[];
  chase: ChaseEntry[];
  scorecard: { sheet: string; writes: CellsWrite[] };
  /** Rows added to (or a new) Commentary sheet; null when there are no words to write. */
  commentary: { sheet: string; isNew: boolean; columnWidths: number[]; writes: CellsWrite[] } | null;
}

/** The merge cannot go ahead (no column for the period); the one sentence the officer reads. Nothing is written. */
export class MergeRefused extends PlainSentenceError {}
