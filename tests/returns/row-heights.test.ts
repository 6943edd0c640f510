import { openPackage } from "../../src/files/open-workbook";
import { readWorkbookInfo } from "../../src/files/workbook-part";
import { returnOf, sampleReturns } from "./sample-returns";

// LibreOffice Calc does not fit a row to its wrapped text on opening: without a height, the front
// sheet's instructions and a long indicator title overlap the row below (seen converting a return to
// PDF). Each row with wrapped text is written tall enough for its lines; a one-line row keeps the default.

async function rowHeights(sheet: string): Promise<Map<number, number | null>> {
  const pkg = openPackage(returnOf(await sampleReturns(), "Sustainable Essex").bytes);
  const part = readWorkbookInfo(pkg).sheets.find((s) => s.name === sheet)!.part;
  const rows = [...pkg.text(part)!.matchAll(/<row r="(\d+)"([^>]*)>/g)];
  return new Map(rows.map((m) => [Number(m[1]), /ht="([\d.]+)"/.test(m[2]) ? Number(/ht="([\d.]+)"/.exec(m[2])![1]) : null]));
}

test("a wrapped instruction or title gets a row tall enough for its lines; a one-line row is left to the default", async () => {
  const front = await rowHeights("About this return");
  // Instruction 1 (some 250 characters in a column 90 wide) takes three lines.
  expect(front.get(12)).toBeGreaterThanOrEqual(45);
  expect(front.get(3)).toBeNull();
  const figures = await rowHeights("Figures");
  // The header "Good performance is" wraps in its narrow column; NI 192's 70-character title in a column 44 wide.
  expect(figures.get(1)).toBeGreaterThanOrEqual(30);
  expect(figures.get(5)).toBeGreaterThanOrEqual(30);
  // NI 154 "Net additional homes provided": one line.
  expect(figures.get(2)).toBeNull();
});
