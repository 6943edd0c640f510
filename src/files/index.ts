import { CellWrite, RefreshPlan } from "../refresh-plan";
import { FFLATE } from "./fflate-codec";
import { LoadedWorkbook } from "./load";
import { CellsTarget, refreshPackage, writeCellsPackage } from "./refresh-package";
import { useFallbackCodec } from "./zip";

// The file adapter: .xlsx/.xlsm bytes in, grids out; a refresh plan in, the refreshed file's bytes out,
// patched so that every part the refresh does not own is copied as it was (docs/file-refresh.md).
// Browser-safe (no fs, no Node Buffer): the CLI reads and writes paths through src/node/node-files, the
// standalone page calls the same functions, so both write the same parts for the same book. The page
// compresses with fflate; the command line does not import this module (it would load fflate) but the
// modules behind it, with Node's zlib.

useFallbackCodec(FFLATE);

export { extensionOf, loadWorkbook } from "./load";
export type { LoadedWorkbook } from "./load";
export type { WorkbookBytes } from "./open-workbook";
export type { WorkbookKind } from "./workbook-part";
export { RefreshRefused } from "./refresh-package";
export type { CellsTarget } from "./refresh-package";
export { WorkbookFileError } from "./workbook-file-error";
export { signedWorkbook } from "./signed-workbook";

/** The refreshed workbook's bytes; the loaded bytes are not touched, so a refusal changes nothing. */
export async function refreshedBytes(loaded: LoadedWorkbook, plan: RefreshPlan): Promise<Uint8Array> {
  return refreshPackage(loaded, plan);
}

/** The workbook with these cells written (Settings from the standalone page), as new bytes. */
export async function cellsWrittenBytes(loaded: LoadedWorkbook, target: CellsTarget, cells: readonly { address: string; cell: CellWrite }[]): Promise<Uint8Array> {
  return writeCellsPackage(loaded, target, cells);
}

export { returnFiles, returnPackage } from "./return-package";
export { mergedPackage } from "./merge-package";
