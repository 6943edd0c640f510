import { annualReviewCommand } from "./annual-review";
import { Command } from "./command";
import { minutesCommand } from "./minutes";
import { refreshCommand } from "./refresh";
import { validateCommand } from "./validate";

// The command table: one line per command. A new command is a module exporting a Command
// (see command.ts) and one line here.
export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  refresh: refreshCommand,
  "annual-review": annualReviewCommand,
  minutes: minutesCommand,
};
