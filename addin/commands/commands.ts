import { ExcelWorkbookSource } from "../excel/excel-source";
import { refreshWorkbook } from "../refresh-run";
import { outcomeOf } from "./outcome";
import { showOutcome } from "./show-outcome";

// The ribbon's Refresh scorecard button (ExecuteFunction in the FunctionFile commands.html): validates,
// refreshes when there are no errors, and tells the user the outcome without opening the pane.

export interface RibbonEvent {
  completed(): void;
}

export async function refreshScorecard(
  event: RibbonEvent,
  run = () => refreshWorkbook(new ExcelWorkbookSource()),
  show = showOutcome,
): Promise<void> {
  try {
    await show(outcomeOf(await run()));
  } catch {
    // Nothing left to tell: the outcome could not be shown. Excel must still hear we are done.
  } finally {
    // Excel keeps the button busy until this is called.
    event.completed();
  }
}

function register(): void {
  const handler = (event: Office.AddinCommands.Event) => void refreshScorecard(event);
  // Office.actions.associate where the host has it; the global name is the older FunctionFile contract.
  (globalThis as Record<string, unknown>).refreshScorecard = handler;
  if (typeof Office !== "undefined") {
    void Office.onReady(() => Office.actions?.associate?.("refreshScorecard", handler));
  }
}

register();
