import { PlainSentenceError } from "../errors";

// A file we cannot open as a workbook is the user's everyday mistake (a .xls, a CSV, a password),
// not a bug: it carries one plain sentence and no stack trace reaches the user.
export class WorkbookFileError extends PlainSentenceError {
  constructor(
    /** Completes "<file> ...": "is not an Excel workbook (.xlsx)". */
    readonly reason: string,
  ) {
    super(`The file ${reason}.`);
    this.name = "WorkbookFileError";
  }

  /** One sentence naming the file: `"book.xls" is an Excel 97-2003 workbook ...`. */
  sentenceFor(fileName: string): string {
    return `"${fileName}" ${this.reason}.`;
  }
}
