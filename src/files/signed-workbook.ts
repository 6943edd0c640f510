import { LoadedWorkbook } from "./load";
import { openPackage } from "./open-workbook";
import { isSigned } from "./signature";

/** Whether the opened book is digitally signed, so a refreshed copy (unsigned) must be said to be. */
export function signedWorkbook(loaded: Pick<LoadedWorkbook, "bytes" | "textCache">): boolean {
  return isSigned(openPackage(loaded.bytes, loaded.textCache));
}
