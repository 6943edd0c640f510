// A question in the page itself, not window.confirm: office.js replaces window.confirm with a function
// that throws ("Function window.confirm is not supported."), even in a plain browser, and a native
// prompt cannot be styled or labelled. Resolves true for the second choice, false for the first or Esc.

export function ask(doc: Document, question: string, keep: string, replace: string): Promise<boolean> {
  const dialog = doc.getElementById("confirm-dialog") as HTMLDialogElement;
  const keepButton = doc.getElementById("confirm-keep") as HTMLButtonElement;
  const replaceButton = doc.getElementById("confirm-replace") as HTMLButtonElement;
  doc.getElementById("confirm-text")!.textContent = question;
  keepButton.textContent = keep;
  replaceButton.textContent = replace;
  return new Promise((resolve) => {
    const finish = (answer: boolean) => {
      keepButton.removeEventListener("click", onKeep);
      replaceButton.removeEventListener("click", onReplace);
      dialog.removeEventListener("cancel", onCancel);
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
      resolve(answer);
    };
    const onKeep = () => finish(false);
    const onReplace = () => finish(true);
    const onCancel = (event: Event) => {
      event.preventDefault();
      finish(false);
    };
    keepButton.addEventListener("click", onKeep);
    replaceButton.addEventListener("click", onReplace);
    dialog.addEventListener("cancel", onCancel);
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    keepButton.focus();
  });
}
