import ExcelJS from "exceljs";
import JSZip from "jszip";
import { recordMissingResults } from "./formula-results";
import { unsupportedParts } from "./unsupported-parts";
import { WorkbookFileError } from "./workbook-file-error";

// Opens .xlsx bytes: first tells apart the files people mistake for a workbook (each gets one plain
// sentence), then loads the workbook with exceljs. No `fs` here: the task pane's standalone mode runs
// this in a browser.

export type WorkbookBytes = Uint8Array | ArrayBuffer;

export interface OpenedWorkbook {
  book: ExcelJS.Workbook;
  /** Kinds of content a write through exceljs would lose, in plain words (see unsupported-parts.ts). */
  unsupported: string[];
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function openWorkbook(bytes: WorkbookBytes): Promise<OpenedWorkbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data.length === 0) throw new WorkbookFileError("is empty");
  if (startsWith(data, OLE2)) throw oleError(data);
  if (!startsWith(data, [0x50, 0x4b])) throw new WorkbookFileError("is not an Excel workbook (.xlsx)");

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new WorkbookFileError("is damaged or is not an Excel workbook (.xlsx)");
  }
  const names = Object.keys(zip.files);
  if (!names.some((n) => /^\/?xl\/workbook\.xml$/i.test(n))) {
    if (names.some((n) => /^\/?word\//i.test(n))) throw new WorkbookFileError("is a Word document, not an Excel workbook");
    if (names.some((n) => /^\/?ppt\//i.test(n))) throw new WorkbookFileError("is a PowerPoint file, not an Excel workbook");
    if (names.some((n) => /^\/?xl\/workbook\.bin$/i.test(n))) {
      throw new WorkbookFileError("is an Excel binary workbook (.xlsb); save it in Excel as an Excel Workbook (.xlsx)");
    }
    throw new WorkbookFileError("is a zip archive, not an Excel workbook (.xlsx)");
  }

  const book = new ExcelJS.Workbook();
  try {
    // exceljs types the argument as a node Buffer; it hands the bytes to JSZip, which takes any Uint8Array.
    await book.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookFileError("is damaged or uses a part of the Excel format this tool cannot read");
  }
  await recordMissingResults(book, zip);
  return { book, unsupported: unsupportedParts(names) };
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(book: ExcelJS.Workbook): Promise<Uint8Array> {
  keepPageNumbering(book);
  const out = await book.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

/**
 * exceljs reads an absent first page number as 1 and then writes useFirstPageNumber="1", turning the
 * user's "Auto" page numbering into "start at 1". Clearing it where it was not in use keeps "Auto".
 */
function keepPageNumbering(book: ExcelJS.Workbook): void {
  for (const sheet of book.worksheets) {
    const setup = sheet.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (setup && !setup.useFirstPageNumber) setup.firstPageNumber = undefined;
  }
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
