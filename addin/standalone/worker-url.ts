// The standalone page's Web Worker, built by webpack from workbook-worker.ts (webpack recognises this
// exact `new Worker(new URL(..., import.meta.url))` form and bundles the worker with its own chunks).
// Kept alone in this file: only the browser build reads import.meta.

export function newWorkbookWorker(): Worker {
  // @ts-expect-error -- import.meta is resolved by webpack; the type-check runs with CommonJS modules for Node and jest.
  return new Worker(/* webpackChunkName: "workbook-worker" */ new URL("./workbook-worker.ts", import.meta.url));
}
