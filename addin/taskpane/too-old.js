// Plain ES5 on purpose, loaded before everything else: the pane's own bundle is ES2022, which an old
// Office web view (Internet Explorer 11, the EdgeHTML of Office 2016) cannot even parse, so it would
// sit at "Starting..." for ever. Object.hasOwn (ES2022) tells the two apart without running any new
// syntax. Nothing here may use syntax or calls newer than ES5 (a test parses it as ES5).
(function () {
  if (typeof Object.hasOwn === "function" && typeof Promise === "function") return;
  window.laaScorecardTooOld = true;
  function show() {
    var label = document.getElementById("workbook-label");
    if (label) {
      label.textContent =
        "This version of Office cannot run the LAA Scorecard add-in: its built-in web browser is too old. " +
        "Update Office, or use the add-in in Excel on the web, or open the pane's page in a current browser.";
    }
    var pane = document.getElementById("pane");
    if (pane) pane.setAttribute("aria-busy", "false");
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
