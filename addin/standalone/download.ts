// Saves bytes as a file the browser downloads: a Blob behind an <a download> link, clicked once.
// Works without a server round trip and without any permission prompt.

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A workbook's media type by its extension: a macro-enabled book is not a plain .xlsx. */
function workbookType(fileName: string): string {
  return /\.xlsm$/i.test(fileName) ? XLSM_TYPE : XLSX_TYPE;
}

export function downloadBytes(bytes: Uint8Array | Blob, fileName: string, type: string = workbookType(fileName)): void {
  // A copy into a fresh ArrayBuffer: Blob parts must not be views over shared or resizable memory.
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes.slice().buffer as ArrayBuffer], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
