import { FileProblem } from "../node/node-files";
import { CannotRun } from "./command";

/** A file the command could not write or read is its one plain sentence (exit 2); anything else is a bug. */
export function asCannotRun(e: unknown): never {
  if (e instanceof FileProblem) throw new CannotRun(e.message);
  throw e;
}
