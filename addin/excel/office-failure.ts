import { Finding } from "../../src/model";

// Office.js rejects a batch with an OfficeExtension.Error ("RichApi.Error") carrying a code. The user
// gets one plain sentence for it, never the stack or the code alone.

const SENTENCES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel is waiting for you to finish editing a cell. Press Enter or Esc, then try again.",
  EditModeCellEditConflict: "Excel is waiting for you to finish editing a cell. Press Enter or Esc, then try again.",
  AccessDenied: "Excel refused the change: the sheet or the workbook structure is protected. Unprotect it (Review > Unprotect), then try again.",
  ItemNotFound: "A sheet was renamed or deleted while the add-in was working. Try again.",
  RequestPayloadSizeLimitExceeded:
    "The workbook is too large for Excel on the web to send in one request. Open it in Excel on the desktop, or use the command line.",
  ResponsePayloadSizeLimitExceeded:
    "The workbook is too large for Excel on the web to send in one response. Open it in Excel on the desktop, or use the command line.",
  ApiNotFound: "This version of Excel lacks a feature the add-in needs. Update Office, or use Excel on the web.",
  // Documented codes (Microsoft, "Error handling with the application-specific JavaScript APIs").
  InactiveWorkbook: "Another workbook was brought to the front while the add-in was working. Click in this workbook, then try again.",
  RangeExceedsLimit: "The sheet has more cells than Excel lets an add-in read at once. Remove unused rows and columns, or use the command line.",
};

/** The Office.js error code, or "" for anything else. */
export function officeErrorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string") {
    return (error as { code: string }).code;
  }
  return "";
}

/** One plain sentence for a failed Excel request. */
export function failureSentence(error: unknown): string {
  const known = SENTENCES[officeErrorCode(error)];
  if (known) return known;
  // Excel's own message, first line only (no trace), as one sentence.
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0].replace(/\s+/g, " ").trim().replace(/\.$/, "");
  return `Excel could not complete the request: ${message || "no reason given"}.`;
}

/** A failed write as a finding on the sheet and cell it was aimed at. */
export function failureFinding(error: unknown, sheet: string, cell: string): Finding {
  return {
    severity: "error",
    sheet,
    cell,
    message: failureSentence(error),
    hint: "Nothing further was written. Fix the cause and refresh again.",
  };
}

/** `action` says what could not happen: "the refresh cannot write its status columns". */
export function protectedSheetFinding(sheet: string, cell: string, action = "the refresh cannot write its status columns"): Finding {
  return {
    severity: "error",
    sheet,
    cell,
    message: `The sheet ${sheet} is protected, so ${action}.`,
    hint: "Unprotect the sheet (Review > Unprotect Sheet), try again, then protect it again. Nothing was written.",
  };
}

export function protectedWorkbookFinding(sheet: string, action = `the refresh cannot rebuild the ${sheet} sheet`): Finding {
  return {
    severity: "error",
    sheet,
    cell: "A1",
    message: `The workbook's structure is protected, so ${action}.`,
    hint: "Unprotect the workbook (Review > Protect Workbook), try again, then protect it again. Nothing was written.",
  };
}
