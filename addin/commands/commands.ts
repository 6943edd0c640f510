import { ExcelWorkbookSource } from "../excel/excel-source";
import { refreshWorkbook } from "../refresh-run";
import { outcomeOf } from "./outcome";
import { DIALOG_WAIT_MS, showOutcome } from "./show-outcome";

// The ribbon's Refresh scorecard button (ExecuteFunction in the FunctionFile commands.html): validates,
// refreshes when there are no errors, and tells the user the outcome without opening the pane.

export interface RibbonEvent {
  completed(): void;
}

export async function refreshScorecard(
  event: RibbonEvent,
  run = () => refreshWorkbook(new ExcelWorkbookSource()),
  show: (outcome: ReturnType<typeof outcomeOf>, deadline: number) => Promise<void> = (outcome, deadline) => showOutcome(outcome, location.href, deadline),
): Promise<void> {
  // Office's 5-minute limit on a function command runs from the click, not from when the dialog opens:
  // a slow refresh leaves the dialog that much less time.
  const deadline = Date.now() + DIALOG_WAIT_MS;
  try {
    await show(outcomeOf(await run()), deadline);
  } catch {
    // Nothing left to tell: the outcome could not be shown. Excel must still hear we are done.
  } finally {
    // Excel keeps the button busy, and queues further clicks, until this is called.
    event.completed();
  }
}

/**
 * Maps the manifest's FunctionName to the handler. Microsoft's function-command sample calls
 * Office.actions.associate at the top level of the function file, not inside Office.onReady, so the
 * mapping exists before Office invokes the button; the global name is the older FunctionFile contract.
 * Office.onReady is still called: "some Office application and platform combinations" wait for it or
 * Office.initialize before loading the add-in (Microsoft, Initialize your Office Add-in).
 */
export function register(office: typeof Office | undefined = typeof Office === "undefined" ? undefined : Office): void {
  const handler = (event: Office.AddinCommands.Event) => void refreshScorecard(event);
  (globalThis as Record<string, unknown>).refreshScorecard = handler;
  office?.actions?.associate?.("refreshScorecard", handler);
  void office?.onReady?.();
}

register();
