import { WorkbookGrids } from "../../src/grid";
import { Finding } from "../../src/model";
import { RefreshPlan } from "../../src/refresh-plan";
import { MergePlan } from "../../src/returns/merge-model";
import { SettingsValues } from "../settings-cells";

// What the standalone page asks of the opened workbook. In the browser a Web Worker answers
// (workbook-worker.ts), so a large book is read and written off the page's own thread and the pane
// stays responsive; the tests answer in-process with the same WorkbookFile.

export interface WorkbookBackend {
  /** Opens the bytes; rejects with OpenFailure. `kind` is the file's ("xlsx", "xlsm"), for the download's name. */
  open(bytes: Uint8Array): Promise<{ kind: string }>;
  read(): Promise<WorkbookGrids>;
  applyRefresh(plan: RefreshPlan): Promise<Finding[]>;
  writeSettings(values: SettingsValues): Promise<Finding[]>;
  /** Writes the partner returns' figures and words the merge planned (src/files/merge-package.ts). */
  applyMerge(plan: MergePlan): Promise<Finding[]>;
  bytes(): Promise<Uint8Array>;
  /** Lets the workbook go (the worker ends); the source is not used again. */
  close(): void;
}

/** Why a file did not open: `reason` completes "<file> ..." for a file that is not a workbook. */
export class OpenFailure extends Error {
  constructor(readonly reason: string | null) {
    super(reason ?? "The file could not be opened.");
  }
}

export type WorkerRequest =
  | { id: number; op: "open"; bytes: Uint8Array }
  | { id: number; op: "read" }
  | { id: number; op: "refresh"; plan: RefreshPlan }
  | { id: number; op: "settings"; values: SettingsValues }
  | { id: number; op: "merge"; plan: MergePlan }
  | { id: number; op: "bytes" };

/** A request without its id: Omit over a union would keep only the keys every member shares. */
type Unnumbered<T> = T extends unknown ? Omit<T, "id"> : never;

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; reason: string | null };

/** The backend over a Web Worker running workbook-worker.ts (one worker per opened file), answered by id. */
export function workerBackend(worker: Pick<Worker, "postMessage" | "addEventListener"> & { terminate?(): void }): WorkbookBackend {
  let next = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  worker.addEventListener("message", (event: Event) => {
    const reply = (event as MessageEvent<WorkerReply>).data;
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(new OpenFailure(reply.reason));
  });
  worker.addEventListener("error", () => {
    for (const pending of waiting.values()) pending.reject(new OpenFailure(null));
    waiting.clear();
  });
  const ask = <T>(request: Unnumbered<WorkerRequest>, transfer: Transferable[] = []): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++next;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id }, transfer);
    });
  return {
    open: (bytes) => ask({ op: "open", bytes }, [bytes.buffer]),
    read: () => ask({ op: "read" }),
    applyRefresh: (plan) => ask({ op: "refresh", plan }),
    writeSettings: (values) => ask({ op: "settings", values }),
    applyMerge: (plan) => ask({ op: "merge", plan }),
    bytes: () => ask({ op: "bytes" }),
    close: () => worker.terminate?.(),
  };
}
