import { WorkbookGrids } from "../../src/grid";
import { Finding } from "../../src/model";
import { RefreshPlan } from "../../src/refresh-plan";
import { MergePlan } from "../../src/returns/merge-model";
import type { CheckOutcome } from "../refresh-run";
import { SettingsValues } from "../settings-cells";
import { inPagePapers, PapersAsked, PapersProgress, PaperWriter } from "../taskpane/paper-writer";

// What the standalone page asks of the opened workbook. In the browser a Web Worker answers
// (workbook-worker.ts), so a large book is read and written off the page's own thread and the pane
// stays responsive; the tests answer in-process with the same WorkbookFile.

export interface WorkbookBackend {
  /** Opens the bytes; rejects with OpenFailure. `kind` is the file's ("xlsx", "xlsm"), for the download's name. */
  open(bytes: Uint8Array): Promise<{ kind: string }>;
  read(): Promise<WorkbookGrids>;
  /** Reads and checks the workbook beside it (in the worker): the pane receives only the analysis. */
  check(): Promise<CheckOutcome>;
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
  | { id: number; op: "check" }
  | { id: number; op: "refresh"; plan: RefreshPlan }
  | { id: number; op: "settings"; values: SettingsValues }
  | { id: number; op: "merge"; plan: MergePlan }
  | { id: number; op: "bytes" }
  /** Needs no workbook: the pane in Excel starts a worker for its papers alone. */
  | { id: number; op: "papers"; asked: PapersAsked }
  | { id: number; op: "prepare-papers" };

/** A request without its id: Omit over a union would keep only the keys every member shares. */
type Unnumbered<T> = T extends unknown ? Omit<T, "id"> : never;

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; reason: string | null }
  /** Said while the papers are written, before the answer. */
  | { id: number; progress: PapersProgress };

type WorkerLike = Pick<Worker, "postMessage" | "addEventListener"> & { terminate?(): void };

/** The backend over a Web Worker running workbook-worker.ts (one worker per opened file), answered by id. */
export function workerBackend(worker: WorkerLike): WorkbookBackend & { papers: PaperWriter } {
  let next = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; progress?(p: PapersProgress): void }>();
  worker.addEventListener("message", (event: Event) => {
    const reply = (event as MessageEvent<WorkerReply>).data;
    const pending = waiting.get(reply.id);
    if (!pending) return;
    if ("progress" in reply) return void pending.progress?.(reply.progress);
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(new OpenFailure(reply.reason));
  });
  worker.addEventListener("error", () => {
    for (const pending of waiting.values()) pending.reject(new OpenFailure(null));
    waiting.clear();
  });
  const ask = <T>(request: Unnumbered<WorkerRequest>, transfer: Transferable[] = [], progress?: (p: PapersProgress) => void): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++next;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, progress });
      worker.postMessage({ ...request, id }, transfer);
    });
  return {
    open: (bytes) => ask({ op: "open", bytes }, [bytes.buffer]),
    read: () => ask({ op: "read" }),
    check: () => ask({ op: "check" }),
    applyRefresh: (plan) => ask({ op: "refresh", plan }),
    writeSettings: (values) => ask({ op: "settings", values }),
    applyMerge: (plan) => ask({ op: "merge", plan }),
    bytes: () => ask({ op: "bytes" }),
    close: () => worker.terminate?.(),
    papers: {
      write: (asked, onProgress) => ask({ op: "papers", asked }, [], (p) => void onProgress(p)),
      prepare: () => void ask({ op: "prepare-papers" }).catch(() => undefined),
    },
  };
}

/**
 * The pane's papers written in a Web Worker of their own (the same script), started when first asked
 * for. Where the host refuses the worker, or it fails, the papers are written on the page instead:
 * slower to look at, but written.
 */
export function workerPapers(start: () => WorkerLike): PaperWriter {
  let papers: PaperWriter | null = null;
  return {
    prepare() {
      try {
        papers ??= workerBackend(start()).papers;
        papers.prepare?.();
      } catch {
        papers = inPagePapers;
      }
    },
    async write(asked, onProgress) {
      try {
        papers ??= workerBackend(start()).papers;
        return await papers.write(asked, onProgress);
      } catch {
        papers = inPagePapers;
        return inPagePapers.write(asked, onProgress);
      }
    },
  };
}
