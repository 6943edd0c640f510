import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as f from "./features";
import { scorecardBook } from "./scorecard-book";

// The fixture books a file refresh is tested on: the Excel-shaped scorecard alone, with each thing
// offices keep in it, with all of them at once, as a macro-enabled book, and as LibreOffice saves it.
// Built by script (./scorecard-book.ts, ./features.ts); the LibreOffice one by make-libreoffice-book.ts.

export interface FixtureBook {
  name: string;
  /** The file name to give it ("notes.xlsx"). */
  file: string;
  bytes(): Uint8Array;
}

function built(name: string, file: string, features: f.Feature[]): FixtureBook {
  return {
    name,
    file,
    bytes: () => {
      const d = scorecardBook();
      for (const feature of features) feature(d);
      return d.bytes();
    },
  };
}

export const LIBREOFFICE_BOOK = path.join(__dirname, "..", "..", "fixtures", "books", "libreoffice-saved.xlsx");

/** Everything at once, except macros (a macro-enabled book is its own kind). */
export const EVERYTHING: f.Feature[] = [
  f.definedNames, f.notes, f.sparklines, f.validations, f.pageBreaks, f.printSetup, f.manualCalculation, f.spill,
  f.chart, f.image, f.table, f.pivotTable, f.protection, f.sensitivityLabel,
];

export const FIXTURE_BOOKS: FixtureBook[] = [
  built("shaped as Excel writes it (shared strings, shared formulas, a calculation chain, x14 extensions)", "excel-shaped.xlsx", []),
  built("defined names of every kind", "defined-names.xlsx", [f.definedNames]),
  built("a note on an empty cell and one on a status cell", "notes.xlsx", [f.notes]),
  built("sparklines", "sparklines.xlsx", [f.sparklines]),
  built("an x14 drop-down list and a whole-column validation", "validations.xlsx", [f.validations]),
  built("manual page breaks", "page-breaks.xlsx", [f.pageBreaks]),
  built("print and fit-to-page settings", "print-setup.xlsx", [f.printSetup]),
  built("manual calculation", "manual-calculation.xlsx", [f.manualCalculation]),
  built("a dynamic-array (spill) formula", "spill.xlsx", [f.spill]),
  built("a chart", "chart.xlsx", [f.chart]),
  built("an image", "image.xlsx", [f.image]),
  built("a table (ListObject)", "table.xlsx", [f.table]),
  built("a pivot table", "pivot-table.xlsx", [f.pivotTable]),
  built("sheet protection", "protection.xlsx", [f.protection]),
  built("a sensitivity label in the custom properties", "sensitivity-label.xlsx", [f.sensitivityLabel]),
  built("everything at once", "everything.xlsx", EVERYTHING),
  built("macros (.xlsm)", "macros.xlsm", [f.macros, f.chart]),
  { name: "saved by LibreOffice, with a protected sheet", file: "libreoffice-saved.xlsx", bytes: () => new Uint8Array(readFileSync(LIBREOFFICE_BOOK)) },
];
