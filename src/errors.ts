// What a user reads when something fails. An error made by this project to tell the user something
// (a file that is not a workbook, a folder that cannot be written) carries one plain sentence and is
// shown as it is. Any other error (a library's TypeError, "Cannot read properties of undefined", a
// message meant for programmers) is a fault of ours, never the user's: they read a plain sentence
// that says so, never the raw text.

/** An error whose message is one plain sentence for the user. */
export class PlainSentenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The sentence to show for any error: a PlainSentenceError's own message, else `fallback`. */
export function userSentence(error: unknown, fallback: string): string {
  if (error instanceof PlainSentenceError && error.message.trim()) return error.message.trim();
  return fallback;
}

/** The sentence for a fault of the program itself, completed by what was (not) done: "nothing was written". */
export function internalFault(outcome: string): string {
  return `LAA Scorecard met a fault of its own, not a problem with your workbook, so ${outcome}. Please report it to whoever supports the tool.`;
}
