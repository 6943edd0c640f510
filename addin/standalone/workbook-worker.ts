import { WorkbookFileError } from "../../src/files";
import { checkWorkbook } from "../refresh-run";
import { preparePapers, writePapers } from "../taskpane/paper-writer";
import { WorkerReply, WorkerRequest } from "./workbook-backend";
import { WorkbookFile } from "./workbook-file";

// The standalone page's Web Worker: holds the opened workbook and does every read and write of it, off
// the page's thread, checks it, and writes the pane's papers. A thin wrapper: each message is one call on
// WorkbookFile (over src/files) or on writePapers.

let file: WorkbookFile | null = null;
const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(reply: WorkerReply, transfer?: Transferable[]): void };

scope.onmessage = (event) => void answer(event.data);

async function answer(request: WorkerRequest): Promise<void> {
  try {
    const value = await handle(request);
    // Bytes are moved, not copied: the page gets them without a copy on its thread.
    const written = value as { files?: { bytes: Uint8Array }[]; papers?: { bytes: Uint8Array }[] } | undefined;
    const files = [...(written?.files ?? []), ...(written?.papers ?? [])];
    const transfer = value instanceof Uint8Array ? [value.buffer] : [...new Set(files.map((f) => f.bytes.buffer))];
    scope.postMessage({ id: request.id, ok: true, value }, transfer);
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, reason: error instanceof WorkbookFileError ? error.reason : null });
  }
}

async function handle(request: WorkerRequest): Promise<unknown> {
  if (request.op === "papers") return writePapers(request.asked, (progress) => scope.postMessage({ id: request.id, progress }));
  if (request.op === "prepare-papers") return preparePapers();
  if (request.op === "open") {
    file = await WorkbookFile.open(request.bytes);
    return { kind: file.kind };
  }
  if (!file) throw new Error("No workbook is open.");
  switch (request.op) {
    case "read":
      return file.read();
    case "check": {
      const open = file;
      return checkWorkbook(() => open.read());
    }
    case "refresh":
      return file.applyRefresh(request.plan);
    case "settings":
      return file.writeSettings(request.values);
    case "merge":
      return file.applyMerge(request.plan);
    case "bytes":
      return file.bytes();
  }
}
