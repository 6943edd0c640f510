import { Outcome } from "./outcome";

// Tells the user the outcome in a small dialog (Dialog API 1.1: Excel on Windows, Mac and the web).
// Resolves when the user closes it, or at once if no dialog can be shown, so the caller can always
// complete the ribbon event.

/**
 * A function command times out 5 minutes after the user selects the button (Microsoft's manifest
 * reference, Action element: "the add-in times out after 5 minutes if it hasn't completed by then"),
 * and a ribbon event left uncompleted keeps later clicks queued: an unanswered dialog is closed a
 * little before that, counted from the click, so event.completed() is always reached.
 */
export const DIALOG_WAIT_MS = 4.5 * 60 * 1000;

export function outcomeUrl(outcome: Outcome, base: string): string {
  const query = new URLSearchParams({ tone: outcome.tone, title: outcome.title, message: outcome.message });
  return new URL(`outcome.html?${query.toString()}`, base).toString();
}

/** Shows the outcome until the user answers it or `deadline` (a Date.now() time) passes. */
export function showOutcome(outcome: Outcome, base: string = location.href, deadline = Date.now() + DIALOG_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    // Too late to show it for any useful time: Excel must hear we are done first.
    if (typeof Office === "undefined" || !Office.context?.ui?.displayDialogAsync || deadline - Date.now() < 1000) {
      resolve();
      return;
    }
    Office.context.ui.displayDialogAsync(outcomeUrl(outcome, base), { height: 28, width: 32, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      const done = (close: boolean) => {
        clearTimeout(timer);
        if (close) dialog.close();
        resolve();
      };
      const timer = setTimeout(() => done(true), Math.max(0, deadline - Date.now()));
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => done(true));
      // The user closed it with its X.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => done(false));
    });
  });
}
