import { formatDate } from "../../src/format";

// "Print summary": the Summary on A4 pages for the board pack (print CSS in taskpane.css). The book,
// the period and the date go at the top of every page: in the page's margin where the browser lays
// out @page margin boxes (Chromium, so Excel on Windows and on the web), and at the head of the first
// page everywhere. Both are written through the CSS object model, which the page's
// Content-Security-Policy allows (an inline <style> it would refuse).

/** "LAA Scorecard: county.xlsx, as at Q2 2009/10. Printed 7 December 2026." */
export function printHeading(book: string, period: string | null, printed: Date): string {
  return `LAA Scorecard: ${book}${period ? `, as at ${period}` : ""}. Printed ${formatDate(printed)}.`;
}

/** Puts the heading on every printed page, then asks the browser to print. */
export function printSummary(doc: Document, book: string, period: string | null, printed = new Date()): void {
  const heading = printHeading(book, period, printed);
  doc.getElementById("print-heading")!.textContent = heading;
  const sheet = [...doc.styleSheets].find((s) => (s.ownerNode as HTMLElement | null)?.id === "pane-styles") ?? null;
  if (sheet) {
    // Replaced on each print: the heading of the last print only.
    for (let i = sheet.cssRules.length - 1; i >= 0; i--) if (sheet.cssRules[i].cssText.includes("@top-left")) sheet.deleteRule(i);
    const text = heading.replace(/["\\]/g, "\\$&");
    try {
      sheet.insertRule(`@page { @top-left { content: "${text}"; font: 9pt sans-serif; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; } }`, sheet.cssRules.length);
    } catch {
      // A browser without margin boxes: the heading at the head of the first page stands.
    }
  }
  doc.defaultView?.print();
}
