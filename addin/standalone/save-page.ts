import { downloadBytes, filesFromFragment } from "./download";

// save.html: opened in the user's own browser by the pane in Excel on Mac or iPad, whose web view
// cannot download. The files come in the address's fragment (never sent to a server); the page takes
// them out of the address at once, so they do not stay in the browser's history, and offers each one.

function show(): void {
  const files = filesFromFragment(location.hash);
  history.replaceState(null, "", location.pathname);
  const list = document.getElementById("files")!;
  const status = document.getElementById("save-status")!;
  if (files.length === 0) {
    status.textContent = "There is nothing to save here: choose the document again in the LAA Scorecard pane in Excel.";
    return;
  }
  for (const file of files) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "primary";
    button.textContent = `Save ${file.fileName}`;
    button.addEventListener("click", () => {
      downloadBytes(file.bytes, file.fileName, file.type);
      status.textContent = `${file.fileName}: handed to your browser to save (it decides where, usually Downloads).`;
    });
    const item = document.createElement("li");
    item.append(button);
    list.append(item);
  }
  // One file: start its download straight away, as the user asked for it in Excel.
  if (files.length === 1) list.querySelector("button")?.click();
}

show();
