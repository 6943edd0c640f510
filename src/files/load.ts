import { SheetGrid, WorkbookGrids } from "../grid";
import { openPackage, WorkbookBytes } from "./open-workbook";
import { readSharedStrings } from "./shared-strings";
import { readSheet } from "./sheet-read";
import { readCellFormats } from "./styles";
import { readWorkbookInfo, WorkbookKind, workbookKind } from "./workbook-part";
import { WorkbookFileError } from "./workbook-file-error";
import { XmlError } from "./xml";
import { ZipError } from "./zip";

// A workbook file opened for the engine: its sheets as grids, each read from its XML only when the
// engine first looks at it (a sheet of raw data nobody rates is never decompressed), and the bytes a
// refresh patches.

export interface LoadedWorkbook {
  readonly grids: WorkbookGrids;
  /** What the workbook part declares itself: a macro-enabled book refreshes to a macro-enabled book. */
  readonly kind: WorkbookKind;
  /** The bytes as opened; never modified. Every refresh starts again from them. */
  readonly bytes: Uint8Array;
  /** Parts already decoded, shared with the refresh so it does not inflate them twice. */
  readonly textCache: Map<string, string>;
}

/** The file extension a workbook of this kind must carry, with its dot: a macro-enabled book is ".xlsm". */
export function extensionOf(loaded: Pick<LoadedWorkbook, "kind">): string {
  return `.${loaded.kind}`;
}

export async function loadWorkbook(bytes: WorkbookBytes): Promise<LoadedWorkbook> {
  return loadWorkbookSync(bytes);
}

export function loadWorkbookSync(input: WorkbookBytes): LoadedWorkbook {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const textCache = new Map<string, string>();
  const pkg = openPackage(bytes, textCache);
  return guarded(() => {
    const info = readWorkbookInfo(pkg);
    const numFmts = readCellFormats(info.styles ? pkg.text(info.styles) : undefined).numFmts;
    let strings: string[] | undefined;
    const ctx = {
      sharedStrings: () => (strings ??= guarded(() => readSharedStrings(info.sharedStrings ? pkg.text(info.sharedStrings) : undefined))),
      numFmts,
      date1904: info.date1904,
    };
    const reads = new Map<string, SheetGrid>();
    const readOf = (name: string, part: string): SheetGrid => {
      let read = reads.get(name);
      if (!read) {
        read = guarded(() => readSheet(name, pkg.text(part) ?? "", ctx), name);
        reads.set(name, read);
      }
      return read;
    };
    const sheets = info.sheets.filter((s) => s.worksheet).map((s) => lazyGrid(s.name, () => readOf(s.name, s.part)));
    return { grids: { sheets }, kind: workbookKind(info), bytes, textCache };
  });
}

/**
 * A grid whose cells are read on first use; to the engine it is a plain SheetGrid. Once read, the
 * getters give way to plain properties: the engine looks at values and numFmts for every cell, and a
 * getter there costs a closure call and a map look-up each time.
 */
function lazyGrid(name: string, read: () => SheetGrid): SheetGrid {
  const grid = { name } as SheetGrid;
  const settle = (): SheetGrid => {
    const g = read(); // throws, and stays lazy, while the sheet cannot be read
    Object.defineProperties(grid, {
      values: { value: g.values, enumerable: true },
      numFmts: { value: g.numFmts, enumerable: true },
      merges: { value: g.merges, enumerable: true },
      hiddenColumns: { value: g.hiddenColumns, enumerable: true },
      formulas: { value: g.formulas, enumerable: true },
    });
    return g;
  };
  Object.defineProperties(grid, {
    values: { get: () => settle().values, enumerable: true, configurable: true },
    numFmts: { get: () => settle().numFmts, enumerable: true, configurable: true },
    merges: { get: () => settle().merges, enumerable: true, configurable: true },
    hiddenColumns: { get: () => settle().hiddenColumns, enumerable: true, configurable: true },
    formulas: { get: () => settle().formulas, enumerable: true, configurable: true },
  });
  return grid;
}

/** A part that cannot be read is a damaged file: one plain sentence, never a parser's message. */
function guarded<T>(run: () => T, sheet?: string): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof XmlError || e instanceof ZipError) {
      throw new WorkbookFileError(sheet ? `is damaged: the sheet "${sheet}" cannot be read` : "is damaged: a part of it cannot be read");
    }
    throw e;
  }
}
