import JSZip from "jszip";
import { loadWorkbook, WorkbookFileError } from "../../src/files";

// A file that is not a workbook gets one plain sentence that says what it is and what to do.
async function reason(bytes: Uint8Array): Promise<string> {
  try {
    await loadWorkbook(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookFileError);
    return (e as WorkbookFileError).sentenceFor("book.xlsx");
  }
  throw new Error("expected the file to be refused");
}

function ole(streamName: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < streamName.length; i++) bytes[1024 + i * 2] = streamName.charCodeAt(i);
  return bytes;
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
}

describe("files that are not workbooks", () => {
  test("a text file renamed .xlsx", async () => {
    expect(await reason(new TextEncoder().encode("Ref,Indicator\nNI 151,Employment\n"))).toBe(
      '"book.xlsx" is not an Excel workbook (.xlsx).',
    );
  });
  test("an empty file", async () => {
    expect(await reason(new Uint8Array())).toBe('"book.xlsx" is empty.');
  });
  test("an Excel 97-2003 workbook", async () => {
    expect(await reason(ole("Workbook"))).toMatch(/Excel 97-2003 workbook \(\.xls\); open it in Excel and save it/);
  });
  test("a password-protected workbook", async () => {
    expect(await reason(ole("EncryptionInfo"))).toMatch(/protected with a password/);
  });
  test("a Word document and a plain zip", async () => {
    expect(await reason(await zipOf({ "word/document.xml": "<w/>" }))).toMatch(/is a Word document/);
    expect(await reason(await zipOf({ "notes.txt": "hello" }))).toMatch(/is a zip archive, not an Excel workbook/);
  });
  test("a damaged workbook", async () => {
    expect(await reason(await zipOf({ "xl/workbook.xml": "<not-xml", "[Content_Types].xml": "<x" }))).toMatch(/is damaged/);
  });
});
