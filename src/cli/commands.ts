import { Command } from "./command";
import { refreshCommand } from "./refresh";
import { validateCommand } from "./validate";

// The command table: one line per command. A new command is a module exporting a Command
// (see command.ts) and one line here.
export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  refresh: refreshCommand,
};
