import type { Command } from "./command";

// The command table: one line per command. A new command is a module exporting a Command
// (see command.ts) and one line here. Each loads only when called, so validate and refresh
// do not pay for docx at start-up.
export const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./validate")).validateCommand,
  refresh: async () => (await import("./refresh")).refreshCommand,
  "annual-review": async () => (await import("./annual-review")).annualReviewCommand,
  "mid-year-report": async () => (await import("./mid-year-report")).midYearReportCommand,
  "progress-update": async () => (await import("./progress-update")).progressUpdateCommand,
  minutes: async () => (await import("./minutes")).minutesCommand,
  "board-report": async () => (await import("./board-report")).boardReportCommand,
  returns: async () => (await import("./returns")).returnsCommand,
  "merge-returns": async () => (await import("./merge-returns")).mergeReturnsCommand,
};
