import { Outcome } from "./outcome";

// Tells the user the outcome in a small dialog (Dialog API 1.1: Excel on Windows, Mac and the web).
// Resolves when the user closes it, or at once if no dialog can be shown, so the caller can always
// complete the ribbon event.

export function outcomeUrl(outcome: Outcome, base: string): string {
  const query = new URLSearchParams({ tone: outcome.tone, title: outcome.title, message: outcome.message });
  return new URL(`outcome.html?${query.toString()}`, base).toString();
}

export function showOutcome(outcome: Outcome, base: string = location.href): Promise<void> {
  return new Promise((resolve) => {
    if (typeof Office === "undefined" || !Office.context?.ui?.displayDialogAsync) {
      resolve();
      return;
    }
    Office.context.ui.displayDialogAsync(outcomeUrl(outcome, base), { height: 28, width: 32, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      // The user closed it with its X.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
