import { Capabilities } from "./capabilities";
import { Runs, addressLists } from "./cell-runs";
import { excelColour } from "./cell-values";

/**
 * Queues fills and bold per run: with RangeAreas (ExcelApi 1.9) one call per colour, each call
 * naming every run of that colour; without it, one call per run.
 */
export function applyRuns(sheet: Excel.Worksheet, fills: Runs, bold: Runs, capabilities: Capabilities): void {
  for (const [fill, addresses] of fills) {
    for (const target of targets(sheet, addresses, capabilities)) target.format.fill.color = excelColour(fill);
  }
  for (const [isBold, addresses] of bold) {
    for (const target of targets(sheet, addresses, capabilities)) target.format.font.bold = isBold === "true";
  }
}

function targets(sheet: Excel.Worksheet, addresses: string[], capabilities: Capabilities): (Excel.Range | Excel.RangeAreas)[] {
  return capabilities.rangeAreas
    ? addressLists(addresses).map((list) => sheet.getRanges(list))
    : addresses.map((address) => sheet.getRange(address));
}
