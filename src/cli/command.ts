import type { ParseArgsConfig } from "node:util";
import { PlainSentenceError } from "../errors";

// What every CLI command is: a usage line, its options for node:util parseArgs, and a run function
// that returns the exit status. Commands print through CliIo so tests can capture the output.

export const EXIT_DONE = 0;
/** The workbook has errors; nothing was written. */
export const EXIT_WORKBOOK_ERRORS = 1;
/** The command could not run: no such file, not a workbook, bad arguments. */
export const EXIT_CANNOT_RUN = 2;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Progress is shown on standard error only when it is a terminal. */
  stderrIsTTY: boolean;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandInput {
  positionals: string[];
  options: OptionValues;
  io: CliIo;
}

export interface Command {
  /** "refresh BOOK --out FILE [--json]" */
  usage: string;
  /** One line for the help text. */
  summary: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  run(input: CommandInput): Promise<number>;
}

/** The command cannot run; the message is the one plain sentence the user reads (exit 2). */
export class CannotRun extends PlainSentenceError {
  constructor(message: string) {
    super(message);
    this.name = "CannotRun";
  }
}

/** The one workbook path a command takes. */
export function bookArgument(input: CommandInput, usage: string): string {
  if (input.positionals.length === 0) throw new CannotRun(`Name the workbook to read: laa-scorecard ${usage}`);
  if (input.positionals.length > 1) {
    throw new CannotRun(`Name one workbook only (got ${input.positionals.length}): laa-scorecard ${usage}`);
  }
  return input.positionals[0];
}

/** A string option's value; `required` makes its absence a usage error. */
export function stringOption(input: CommandInput, name: string, usage: string, required: true): string;
export function stringOption(input: CommandInput, name: string, usage: string, required?: false): string | undefined;
export function stringOption(input: CommandInput, name: string, usage: string, required = false): string | undefined {
  const value = input.options[name];
  if (typeof value === "string" && value.trim() !== "") return value;
  if (required) throw new CannotRun(`Give --${name}: laa-scorecard ${usage}`);
  return undefined;
}

/** Progress for long work, on standard error and only when someone is watching a terminal. */
export function progress(io: CliIo, text: string): void {
  if (io.stderrIsTTY) io.stderr(`${text}\n`);
}
