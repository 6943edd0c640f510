import { CommentarySection, Period } from "../model";

// A partner return as plain data: what the engine decides a lead's workbook holds, sheet by sheet and
// cell by cell, before src/files writes it as an .xlsx (docs/returns.md). Every cell is locked unless
// its style is an input style; each sheet but the identity sheet is protected without a password.

/** How a cell looks and whether the lead may type in it (only "input" and "inputText" are unlocked). */
export type ReturnStyle = "title" | "label" | "header" | "text" | "wrap" | "number" | "date" | "input" | "inputText" | "note";

export interface ReturnCell {
  value: string | number | Date | null;
  style?: ReturnStyle;
  /** An Excel number format for a figure ("0.0"), so it shows as the scorecard shows it; the style's own otherwise. */
  numFmt?: string;
}

/** Data validation on a column of input cells: a number (or blank), with what goes there. */
export interface ReturnValidation {
  /** A1 range ("H5:H12", or several separated by spaces). */
  range: string;
  min: number;
  max: number;
  title: string;
  prompt: string;
}

export interface ReturnSheet {
  name: string;
  rows: (ReturnCell | null)[][];
  /** Widths in characters by column from A. */
  columnWidths: number[];
  /** The identity sheet: hidden from the tabs (but not very hidden, which some tools drop). */
  hidden?: boolean;
  validations?: ReturnValidation[];
  /** Rows above this stay in view as the lead scrolls (1-based row of the first scrolling row). */
  freezeRow?: number;
}

export interface ReturnWorkbook {
  /** "Safer Essex - Q2 2009-10 return.xlsx": safe on every file system. */
  fileName: string;
  /** "Safer Essex: return for Q2 2009/10", the front sheet's title and the file's. */
  title: string;
  partnership: string;
  period: Period;
  sheets: ReturnSheet[];
}

/** The sheets of a return, by name: the merge finds them by these names. */
export const RETURN_SHEETS = { front: "About this return", figures: "Figures", commentary: "Commentary", identity: "Return identity" } as const;

/** The first cell of the identity sheet, which marks a workbook as one of our returns. */
export const RETURN_MARK = "LAA Scorecard return: this hidden sheet tells the merge whose return this is. Please leave it as it is.";

/** The identity keys, in the order written in column A of the identity sheet. */
export const IDENTITY_KEYS = { book: "Book", area: "Area", partnership: "Partnership", period: "Period", fingerprint: "Fingerprint", indicators: "Indicators" } as const;

/** The Commentary sections a lead writes in a return, in the order of the progress update. */
export const RETURN_SECTIONS: readonly { section: CommentarySection; heading: string; prompt: string }[] = [
  { section: "agreedUpdates", heading: "Agreed updates", prompt: "Progress on what was agreed at the last meeting." },
  { section: "goodNews", heading: "Achievements and good news", prompt: "What went well this period." },
  { section: "barriers", heading: "Barriers and risks", prompt: "What is in the way, and what is being done about it." },
  { section: "crossCutting", heading: "Cross-cutting opportunities", prompt: "Work with other partnerships that would help." },
  { section: "dataAssurance", heading: "Data assurance", prompt: "Where a figure is not yet available, how you know how it is going." },
  { section: "resources", heading: "Resource issues", prompt: "Resources, including the use of Performance Reward Grant." },
  { section: "locality", heading: "Locality and hotspot issues", prompt: "Places or groups where things differ from the county picture." },
];

/** The Figures sheet's column headers; the merge finds each column by its header, not its place. */
export const FIGURE_HEADERS = {
  ref: "Ref",
  title: "Indicator",
  polarity: "Good performance is",
  unit: "Unit",
  last: "Last figure",
  lastPeriod: "Last figure for",
  earlier: "Earlier figures",
  target: "Target",
  period: "Figure for",
  figure: "Your figure",
  note: "Note (reason for variance, data source)",
} as const;

/** The Commentary sheet's column of the scorecard's words when the return was made: the merge compares it with the words now. */
export const SHOWN_HEADER = "In the scorecard now";
