import { readFileSync } from "node:fs";
import * as path from "node:path";
import { analyse } from "../../src/engine";
import { loadWorkbook } from "../../src/files";
import { CellValue, parseA1 } from "../../src/grid";
import { Analysis } from "../../src/model";

// The bundled sample, read by the real file adapter and engine, with a few cells changed as an
// officer would change them ("LAA Scorecard!I6": "2?", "Settings!B3": "2010/11").

const SAMPLE = readFileSync(path.join(__dirname, "..", "..", "templates", "sample-scorecard.xlsx"));

export async function sampleAnalysis(edits: Record<string, CellValue> = {}): Promise<Analysis> {
  const { grids } = await loadWorkbook(new Uint8Array(SAMPLE));
  for (const [where, value] of Object.entries(edits)) {
    const [sheetName, address] = where.split("!");
    const sheet = grids.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`The sample has no sheet ${sheetName}`);
    const { row, column } = parseA1(address);
    while (sheet.values.length < row) sheet.values.push([]);
    const cells = sheet.values[row - 1];
    while (cells.length < column) cells.push(null);
    cells[column - 1] = value;
  }
  return analyse(grids);
}
