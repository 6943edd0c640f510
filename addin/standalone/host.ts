// Whether the pane runs inside Office. Outside it (a plain browser, or offline where office.js from
// Microsoft's CDN never loads) the pane offers standalone mode: open an .xlsx, download the result.

export type Host = "excel" | "none";

/** Resolves "excel" only when Office.onReady reports Excel; "none" when Office is absent, reports no host, or is silent. */
export function detectHost(timeoutMs = 3000): Promise<Host> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve("none");
  return new Promise((resolve) => {
    // office.js may load and never call back (blocked sibling scripts): do not leave the user waiting.
    const timer = setTimeout(() => resolve("none"), timeoutMs);
    office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve(info && info.host === office.HostType.Excel ? "excel" : "none");
      })
      .catch(() => {
        clearTimeout(timer);
        resolve("none");
      });
  });
}
