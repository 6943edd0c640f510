#!/usr/bin/env node
import { parseArgs } from "node:util";
import { internalFault, PlainSentenceError, userSentence } from "../errors";
import { CannotRun, CliIo, Command, EXIT_CANNOT_RUN, EXIT_DONE, OptionValues } from "./command";
import { COMMANDS } from "./commands";

// laa-scorecard: the engine for a workbook file. Everything is caught here, so a user sees one plain
// sentence and an exit status (docs/cli.md), never a stack trace nor a library's raw error text.

export async function helpText(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const width = Math.max(...commands.map((c) => c.usage.length));
  const lines = commands.map((c) => `  laa-scorecard ${c.usage.padEnd(width)}  ${c.summary}`);
  return [
    "Usage:",
    ...lines,
    "",
    "Exit status: 0 done (warnings allowed); 1 the workbook has errors and nothing was written; 2 the command could not run.",
    "",
  ].join("\n");
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined) throw new CannotRun(`Name a command: ${Object.keys(COMMANDS).join(", ")} (laa-scorecard --help lists them).`);
    if (name === "--help" || name === "-h" || name === "help") {
      io.stdout(await helpText());
      return EXIT_DONE;
    }
    const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) throw new CannotRun(`Unknown command "${name}"; the commands are ${Object.keys(COMMANDS).join(", ")}.`);
    const command = await load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(`Usage: laa-scorecard ${command.usage}\n  ${command.summary}\n`);
      return EXIT_DONE;
    }
    const parsed = parseArguments(rest, command.options, command.usage);
    return await command.run({ ...parsed, io });
  } catch (e) {
    io.stderr(`${plainSentence(e)}\n`);
    if (process.env.LAA_SCORECARD_DEBUG && e instanceof Error && !(e instanceof PlainSentenceError)) io.stderr(`${e.stack}\n`);
    return EXIT_CANNOT_RUN;
  }
}

function parseArguments(args: string[], options: Command["options"], usage: string): { options: OptionValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { options: values, positionals };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new CannotRun(`Unknown option ${unknown[1]}: laa-scorecard ${usage}`);
    const missing = /Option '(-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message);
    if (missing) throw new CannotRun(`${missing[2]} needs a value: laa-scorecard ${usage}`);
    const noValue = /Option '(-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
    if (noValue) throw new CannotRun(`${noValue[2]} takes no value: laa-scorecard ${usage}`);
    throw new CannotRun(`Could not read the arguments (${message.split(".")[0]}): laa-scorecard ${usage}`);
  }
}

/** Our own sentence for a CannotRun (or any PlainSentenceError); a plain sentence of its own for anything else. */
function plainSentence(e: unknown): string {
  const debug = process.env.LAA_SCORECARD_DEBUG ? "" : " (Run it again with LAA_SCORECARD_DEBUG=1 to see the details.)";
  return userSentence(e, `${internalFault("it stopped and nothing was written")}${debug}`);
}

export function nodeIo(): CliIo {
  // A closed pipe (| head) is not an error worth a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** The process around main: one sentence for any stray failure, the user's folder, the exit status. */
export function runFromCommandLine(): void {
  // A failure outside main's await chain (a library's stray stream error) still ends in one sentence.
  const stop = (e: unknown) => {
    process.stderr.write(`${plainSentence(e)}\n`);
    process.exit(EXIT_CANNOT_RUN);
  };
  process.on("uncaughtException", stop);
  process.on("unhandledRejection", stop);
  // `npm run scorecard` runs in the project folder; the user's relative paths are from where they typed it.
  if (process.env.INIT_CWD) {
    try {
      process.chdir(process.env.INIT_CWD);
    } catch {
      // The folder has gone: paths are then read from the project folder, as before.
    }
  }
  void main(process.argv.slice(2), nodeIo()).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runFromCommandLine();
