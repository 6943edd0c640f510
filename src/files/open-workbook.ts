import { WorkbookPackage } from "./package";
import { WorkbookFileError } from "./workbook-file-error";
import { ZipError } from "./zip";

// Opens .xlsx/.xlsm bytes as a package: first tells apart the files people mistake for a workbook
// (each gets one plain sentence). No `fs` and no Node Buffer here: the task pane's standalone mode
// runs this in a browser.

export type WorkbookBytes = Uint8Array | ArrayBuffer;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function openPackage(bytes: WorkbookBytes, textCache?: Map<string, string>): WorkbookPackage {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data.length === 0) throw new WorkbookFileError("is empty");
  if (startsWith(data, OLE2)) throw oleError(data);
  if (!startsWith(data, [0x50, 0x4b])) throw new WorkbookFileError("is not an Excel workbook (.xlsx)");

  let pkg: WorkbookPackage;
  try {
    pkg = new WorkbookPackage(data, textCache);
  } catch (e) {
    if (e instanceof ZipError) throw new WorkbookFileError("is damaged or is not an Excel workbook (.xlsx)");
    throw e;
  }
  const names = pkg.partNames;
  if (!names.some((n) => /^xl\/workbook\.xml$/i.test(n))) {
    if (names.some((n) => /^word\//i.test(n))) throw new WorkbookFileError("is a Word document, not an Excel workbook");
    if (names.some((n) => /^ppt\//i.test(n))) throw new WorkbookFileError("is a PowerPoint file, not an Excel workbook");
    if (names.some((n) => /^xl\/workbook\.bin$/i.test(n))) {
      throw new WorkbookFileError("is an Excel binary workbook (.xlsb); save it in Excel as an Excel Workbook (.xlsx)");
    }
    if (!pkg.has("[Content_Types].xml")) throw new WorkbookFileError("is a zip archive, not an Excel workbook (.xlsx)");
  }
  if (!pkg.has("[Content_Types].xml")) throw new WorkbookFileError("is damaged: it has no list of its parts ([Content_Types].xml)");
  return pkg;
}

function startsWith(data: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => data[i] === b);
}

/** An OLE2 compound file is either a pre-2007 .xls or an .xlsx encrypted with a password. */
function oleError(data: Uint8Array): WorkbookFileError {
  if (containsUtf16(data, "EncryptionInfo") || containsUtf16(data, "EncryptedPackage")) {
    return new WorkbookFileError(
      "is protected with a password; open it in Excel, remove the password (File > Info > Protect Workbook) and save it again",
    );
  }
  return new WorkbookFileError(
    "is an Excel 97-2003 workbook (.xls); open it in Excel and save it as an Excel Workbook (.xlsx)",
  );
}

function containsUtf16(data: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
