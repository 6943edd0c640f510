import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildBoardReport, buildProgressUpdate } from "../../src/documents";
import { changesSince } from "../../src/dashboard-changes";
import { readDocx } from "./read-docx";
import { sampleAnalysis } from "./sample-book";

// At Q1 the period before is Q4 of last year. In the sample the only earlier actuals are the annual
// column "Actual 2008/09": the figures compared are the year's outturns, which count as its Q4 (docs/
// rules.md, rule 1), so every paper names them as the year, "the end of 2008/09", never "Q4 2008/09".

const template = (name: string) => readFileSync(path.join(__dirname, "../../templates", name));
const atQ1 = () => sampleAnalysis({ "Settings!B3": "Q1 2009/10" });

test("a Q1 progress update compares with the end of 2008/09, the year its outturns are for", async () => {
  const result = await buildProgressUpdate(await atQ1(), "Safer Essex", template("progress-update.docx"), { generated: new Date(Date.UTC(2009, 6, 20)) });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  const { text } = await readDocx(result.bytes);
  expect(text).toContain("Compared with:\tthe end of 2008/09");
  expect(text).toContain("comparing Q1 2009/10 with the end of 2008/09");
  expect(text).toMatch(/\((also \w+|\w+) at the end of 2008\/09\)/);
  expect(text).not.toContain("Q4 2008/09");
});

test("the board report and the pane's summary name the same period", async () => {
  const analysis = await atQ1();
  const result = await buildBoardReport(analysis, template("board-report.docx"), { generated: new Date(Date.UTC(2009, 6, 20)) });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  const { text } = await readDocx(result.bytes);
  expect(text).toContain("the end of 2008/09");
  expect(text).not.toContain("Q4 2008/09");
  expect(changesSince(analysis).card(analysis.partnerships[0], analysis.indicators).wasAt).toBe("the end of 2008/09");
});

test("where the book's figures are for Q4 (its column says Q4 2008/09), the update says Q4 2008/09", async () => {
  const analysis = await sampleAnalysis({ "Settings!B3": "Q1 2009/10", "LAA Scorecard!J3": "Q4 2008/09" });
  const result = await buildProgressUpdate(analysis, "Safer Essex", template("progress-update.docx"), { generated: new Date(Date.UTC(2009, 6, 20)) });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  expect((await readDocx(result.bytes)).text).toContain("Compared with:\tQ4 2008/09");
});
