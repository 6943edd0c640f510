import { WorkbookFileError } from "../../src/files";
import { checkWorkbook } from "../refresh-run";
import { OpenFailure, WorkbookBackend } from "./workbook-backend";
import { WorkbookFile } from "./workbook-file";

/** The backend without a worker, for tests and for Node: the same WorkbookFile, called directly. */
export function inProcessBackend(): WorkbookBackend {
  let file: WorkbookFile | null = null;
  const open = () => {
    if (!file) throw new OpenFailure(null);
    return file;
  };
  return {
    async open(bytes) {
      try {
        file = await WorkbookFile.open(bytes);
      } catch (e) {
        throw new OpenFailure(e instanceof WorkbookFileError ? e.reason : null);
      }
      return { kind: file.kind };
    },
    read: async () => open().read(),
    check: () => checkWorkbook(() => open().read()),
    applyRefresh: (plan) => open().applyRefresh(plan),
    writeSettings: async (values) => open().writeSettings(values),
    applyMerge: (plan) => open().applyMerge(plan),
    bytes: () => open().bytes(),
    close: () => {
      file = null;
    },
  };
}
