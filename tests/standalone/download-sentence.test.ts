import { downloadSentence } from "../../addin/standalone/standalone-page";

// What the page says after Download workbook: only what is true. A browser saves to its
// downloads folder (not beside the file opened), the sample has no file of the user's at all, and a
// copy whose statuses could not be refreshed says so.

test("a refreshed copy: asked of the browser (it decides where, usually Downloads); the file opened is unchanged", () => {
  expect(downloadSentence({ kind: "current" }, "Essex (refreshed).xlsx", false)).toBe(
    "Asked your browser to save Essex (refreshed).xlsx (usually to Downloads); the file you opened is unchanged.",
  );
  expect(downloadSentence({ kind: "current" }, "Essex (refreshed).xlsx", false)).not.toMatch(/beside|original/);
});

test("the sample: nothing about a file of the user's", () => {
  expect(downloadSentence({ kind: "current" }, "sample-scorecard (refreshed).xlsx", true)).toBe("Asked your browser to save sample-scorecard (refreshed).xlsx (usually to Downloads).");
});

test("statuses out of date are refreshed first, and the message says so", () => {
  const was = { kind: "stale" as const, statuses: [], columns: ["Status" as const], summary: true };
  expect(downloadSentence({ kind: "refreshed", was }, "Essex (refreshed).xlsx", false)).toBe(
    "Refreshed first, as its statuses were out of date. Asked your browser to save Essex (refreshed).xlsx (usually to Downloads); the file you opened is unchanged.",
  );
  expect(downloadSentence({ kind: "refreshed", was: { kind: "none" } }, "Essex (refreshed).xlsx", true)).toBe(
    "Refreshed first, as it had no statuses yet. Asked your browser to save Essex (refreshed).xlsx (usually to Downloads).",
  );
});

test("statuses that could not be refreshed: the message says what the file holds", () => {
  const why = "The workbook has errors, so its statuses could not be refreshed.";
  expect(downloadSentence({ kind: "not-refreshed", why, written: null }, "Essex (not refreshed).xlsx", false)).toBe(
    "The workbook has errors, so its statuses could not be refreshed. Asked your browser to save Essex (not refreshed).xlsx (usually to Downloads), with your settings but statuses not refreshed: it has no statuses yet; the file you opened is unchanged.",
  );
});
