import { refreshScorecard, register } from "../../addin/commands/commands";
import { WorkbookReadError } from "../../addin/excel/excel-source";
import { outcomeOf } from "../../addin/commands/outcome";
import { DIALOG_WAIT_MS, outcomeUrl, showOutcome } from "../../addin/commands/show-outcome";
import { refreshWorkbook } from "../../addin/refresh-run";
import { CellValue } from "../../src/grid";
import { FakeSource } from "./fake-source";
import { scorecardGrids, scorecardValues } from "./scorecard-fixture";

function withErrors(): FakeSource {
  const values: CellValue[][] = scorecardValues(6);
  values[2][4] = "fifty"; // a target that is not a number
  values[3][5] = { error: "#N/A" }; // an Excel error value
  return new FakeSource({ sheets: [{ name: "Scorecard", values }] });
}

describe("the Refresh scorecard ribbon button", () => {
  test("a workbook with errors is not written, and the user is told how many errors and to open the pane", async () => {
    const source = withErrors();
    const outcome = outcomeOf(await refreshWorkbook(source));
    expect(source.plans).toEqual([]);
    expect(outcome.tone).toBe("problem");
    expect(outcome.message).toMatch(/^The workbook has 2 errors, so nothing was written\. Open the pane \(Home > Scorecard\)/);
  });

  test("a clean workbook is refreshed and the user is told the counts by status", async () => {
    const source = new FakeSource(scorecardGrids(7));
    const outcome = outcomeOf(await refreshWorkbook(source));
    expect(source.plans).toHaveLength(1);
    expect(outcome).toEqual({
      tone: "done",
      title: "Scorecard refreshed",
      message: "7 indicators rated: 3 Green, 2 Amber, 2 Red. Partnership Summary rebuilt for 5 partnerships.",
    });
  });

  test("Excel refusing the writes (a protected sheet) is told in the finding's own words", async () => {
    const refused = { severity: "error" as const, sheet: "Scorecard", cell: "G1", message: "The sheet Scorecard is protected.", hint: "Unprotect it." };
    const outcome = outcomeOf(await refreshWorkbook(new FakeSource(scorecardGrids(3), [refused])));
    expect(outcome).toMatchObject({ tone: "problem", message: "The sheet Scorecard is protected. Unprotect it." });
  });

  test("an unreadable workbook is one plain sentence", async () => {
    const source = new FakeSource(scorecardGrids(1));
    source.read = async () => {
      // What ExcelSource.read throws: Excel's failure already put into one plain sentence.
      throw new WorkbookReadError("Excel is waiting for you to finish editing a cell. Press Enter or Esc, then try again.");
    };
    expect(outcomeOf(await refreshWorkbook(source)).message).toBe("Excel is waiting for you to finish editing a cell. Press Enter or Esc, then try again.");
  });

  test("a fault of ours (a library's TypeError) is never shown raw: a plain sentence says what happened", async () => {
    const source = new FakeSource(scorecardGrids(1));
    source.read = async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'values')");
    };
    const message = outcomeOf(await refreshWorkbook(source)).message;
    expect(message).not.toMatch(/TypeError|Cannot read properties|undefined/);
    expect(message).toMatch(/^LAA Scorecard met a fault of its own, .*nothing was written\./);
  });

  test("event.completed() is called after the outcome is shown, and even when showing it fails", async () => {
    const calls: string[] = [];
    const event = { completed: () => calls.push("completed") };
    await refreshScorecard(event, () => refreshWorkbook(new FakeSource(scorecardGrids(2))), async (o) => {
      calls.push(`shown: ${o.title}`);
    });
    expect(calls).toEqual(["shown: Scorecard refreshed", "completed"]);

    calls.length = 0;
    await refreshScorecard(event, () => Promise.reject(new Error("boom")), async () => {
      calls.push("shown");
    });
    await refreshScorecard(event, () => refreshWorkbook(new FakeSource(scorecardGrids(2))), () => Promise.reject(new Error("no dialog")));
    expect(calls).toEqual(["completed", "completed"]);
  });

  test("the outcome dialog's address carries the message, on the add-in's own site", () => {
    const url = new URL(outcomeUrl({ tone: "done", title: "Scorecard refreshed", message: "7 indicators rated: 3 Green & more" }, "https://localhost:3000/commands.html"));
    expect(url.origin + url.pathname).toBe("https://localhost:3000/outcome.html");
    expect(url.searchParams.get("message")).toBe("7 indicators rated: 3 Green & more");
  });

  test("the button's function is associated as soon as the function file loads, not after Office.onReady", async () => {
    const associated = new Map<string, (event: { completed(): void }) => void>();
    let readyCalls = 0;
    const office = {
      actions: { associate: (id: string, fn: (event: { completed(): void }) => void) => associated.set(id, fn) },
      // An Office that never reports ready: the mapping must not wait for it, but onReady is still called.
      onReady: () => {
        readyCalls++;
        return new Promise(() => undefined);
      },
    };
    register(office as unknown as typeof Office);
    expect([...associated.keys()]).toEqual(["refreshScorecard"]);
    expect(readyCalls).toBe(1);
    // Outside Excel the refresh cannot read a workbook; the button must still tell Excel it is done.
    const completed = new Promise<void>((resolve) => associated.get("refreshScorecard")?.({ completed: resolve }));
    await expect(completed).resolves.toBeUndefined();
  });
});

describe("the ribbon button's outcome dialog", () => {
  const outcome = { tone: "done" as const, title: "Scorecard refreshed", message: "7 indicators rated." };
  let dialog: { closed: number; handlers: Map<string, () => void>; close(): void; addEventHandler(type: string, fn: () => void): void };

  beforeEach(() => {
    jest.useFakeTimers();
    dialog = {
      closed: 0,
      handlers: new Map(),
      close() {
        this.closed++;
      },
      addEventHandler(type, fn) {
        this.handlers.set(type, fn);
      },
    };
    (globalThis as Record<string, unknown>).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
      context: { ui: { displayDialogAsync: (_url: string, _options: unknown, callback: (r: unknown) => void) => callback({ status: "succeeded", value: dialog }) } },
    };
  });
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as Record<string, unknown>).Office;
  });

  async function settled(promise: Promise<void>): Promise<boolean> {
    let done = false;
    void promise.then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    return done;
  }

  test("OK closes it; the X needs no close", async () => {
    const ok = showOutcome(outcome, "https://localhost:3000/commands.html");
    dialog.handlers.get("message")?.();
    expect(await settled(ok)).toBe(true);
    expect(dialog.closed).toBe(1);

    const x = showOutcome(outcome, "https://localhost:3000/commands.html");
    dialog.handlers.get("event")?.();
    expect(await settled(x)).toBe(true);
    expect(dialog.closed).toBe(1);
  });

  test("a dialog nobody answers is closed before Office's 5-minute limit counted from the click, so completed() is reached", async () => {
    const calls: string[] = [];
    const run = refreshScorecard({ completed: () => calls.push("completed") }, () => refreshWorkbook(new FakeSource(scorecardGrids(2))), (o, deadline) =>
      showOutcome(o, "https://localhost:3000/commands.html", deadline),
    );
    await jest.advanceTimersByTimeAsync(4 * 60 * 1000);
    expect(calls).toEqual([]);
    await jest.advanceTimersByTimeAsync(DIALOG_WAIT_MS - 4 * 60 * 1000);
    await run;
    expect(calls).toEqual(["completed"]);
    expect(dialog.closed).toBe(1);
    expect(DIALOG_WAIT_MS).toBeLessThan(5 * 60 * 1000);
  });

  test("a refresh that took 3 minutes leaves the dialog only the rest of the time, not another 4½ minutes", async () => {
    const calls: string[] = [];
    let opened = -1;
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 3 * 60 * 1000));
      return refreshWorkbook(new FakeSource(scorecardGrids(2)));
    };
    const clicked = Date.now();
    const run = refreshScorecard({ completed: () => calls.push("completed") }, slow, (outcome, deadline) => {
      opened = Date.now() - clicked;
      return showOutcome(outcome, "https://localhost:3000/commands.html", deadline);
    });
    await jest.advanceTimersByTimeAsync(3 * 60 * 1000);
    expect(opened).toBeGreaterThanOrEqual(3 * 60 * 1000);
    await jest.advanceTimersByTimeAsync(DIALOG_WAIT_MS - 3 * 60 * 1000);
    await run;
    // Closed 4½ minutes after the click, 1½ minutes after it opened.
    expect(calls).toEqual(["completed"]);
    expect(dialog.closed).toBe(1);
  });

  test("no dialog is opened when the time is already up", async () => {
    let shown = false;
    (globalThis as unknown as { Office: { context: { ui: { displayDialogAsync: () => void } } } }).Office.context.ui.displayDialogAsync = () => (shown = true);
    await showOutcome({ tone: "done", title: "t", message: "m" }, "https://localhost:3000/commands.html", Date.now() + 500);
    expect(shown).toBe(false);
  });
});
