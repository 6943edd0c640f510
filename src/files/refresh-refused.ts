import { PlainSentenceError } from "../errors";
import { Finding } from "../model";

// A refresh the file cannot take (a protected sheet, part of an array formula, no room for one more
// cell format): one plain sentence, said before anything is written.
export class RefreshRefused extends PlainSentenceError {
  /** The sheet at fault, where there is one, so the refusal can be a finding with its sheet. */
  constructor(message: string, readonly sheet?: string) {
    super(message);
    this.name = "RefreshRefused";
  }

  /** The refusal as an error at A1 of the sheet at fault: an adapter's refusal, so no rule's code (model.ts). */
  asFinding(scorecardSheet: string): Finding {
    return { severity: "error", sheet: this.sheet ?? scorecardSheet, cell: "A1", message: this.message, hint: "Nothing was written." };
  }
}
