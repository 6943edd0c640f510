// The outcome dialog's page: shows the title and message from its address, and asks the ribbon
// command to close it when the user presses OK.

function show(): void {
  const query = new URLSearchParams(location.search);
  const title = document.getElementById("outcome-title");
  const message = document.getElementById("outcome-message");
  if (title) title.textContent = query.get("title") ?? "LAA Scorecard";
  if (message) message.textContent = query.get("message") ?? "";
  document.body.dataset.tone = query.get("tone") ?? "done";
  const ok = document.getElementById("outcome-ok");
  ok?.addEventListener("click", () => {
    if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent("close");
    else window.close();
  });
  ok?.focus();
}

if (typeof Office !== "undefined") void Office.onReady(show);
else show();
