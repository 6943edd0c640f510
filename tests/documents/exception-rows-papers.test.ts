import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview, buildBoardReport, buildMidYearReport, buildProgressUpdate } from "../../src/documents";
import { Analysis, CommentaryEntry } from "../../src/model";
import { partnershipsWithPapers } from "../../src/rollup";
import { commentary } from "./analysis-fixture";
import { PAPERS, exceptionsAnalysis } from "./exception-fixture";
import { ReadDocx, readDocx } from "./read-docx";
import { sampleAnalysis } from "./sample-book";

// Pentana-style exception rows in every paper that lists a partnership's exceptions: for each Red
// indicator and each emerging concern, the corrective action, its owner, when improvement is
// expected and the latest note, the same in the progress update, the mid-year report, the annual
// review and the covering report (one set of facts, src/facts.ts), with a grey prompt where the
// book has none. Read back from the .docx, from the sample and from a fixture book.

const template = (name: string) => readFileSync(path.join(__dirname, "../../templates", name));
const T = { update: template("progress-update.docx"), midYear: template("mid-year-report.docx"), review: template("annual-review.docx"), board: template("board-report.docx") };
const GENERATED = { generated: new Date(Date.UTC(2009, 9, 12)) };

/** Each exception row by the indicator's ref: status, action, owner, improvement expected by, latest note (each cell's lines). */
function rowsOf(doc: ReadDocx): Map<string, string[][]> {
  const table = doc.tables.find((t) => t.rows[0][2]?.text === "Corrective action");
  const rows = new Map<string, string[][]>();
  // The indicator's cell starts with its ref: "NI 20 Assault with injury crime rate", "L17.1 Domestic abuse ...".
  for (const r of table?.rows.slice(1) ?? []) rows.set(/^(NI \d+|\S+)/.exec(r[0].lines[0])![1], r.slice(1).map((c) => c.lines));
  return rows;
}

async function read(result: Promise<{ ok: true; bytes: Uint8Array } | { ok: false }>): Promise<ReadDocx> {
  const r = await result;
  if (!r.ok) throw new Error("the template was refused");
  return readDocx(r.bytes);
}

/** A paragraph in grey italics (a prompt, counted by DRAFT) that says all of these. */
function isPrompt(doc: ReadDocx, ...words: string[]): boolean {
  return (doc.xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).some((p) => words.every((w) => p.includes(w)) && /<w:i\/>[\s\S]*<w:color w:val="595959"\/>/.test(p));
}

const NOTE: CommentaryEntry = commentary("Safer Essex", "barriers", "Youth offending: NI111 rose as two schemes closed; a new panel starts in January.");
const BOOKS: [string, () => Promise<Analysis>][] = [
  ["the sample", () => sampleAnalysis()],
  ["a fixture book with actions and a note", async () => exceptionsAnalysis({ ...PAPERS, commentary: [...(PAPERS.commentary ?? []), NOTE] })],
];

describe.each(BOOKS)("%s", (_, book) => {
  test("every paper prints the same row for each Red indicator and emerging concern, and prompts for what the book lacks", async () => {
    const analysis = await book();
    const board = rowsOf(await read(buildBoardReport(analysis, T.board, GENERATED)));
    expect(board.size).toBeGreaterThan(0);
    let compared = 0;
    for (const p of partnershipsWithPapers(analysis.partnerships)) {
      const papers = {
        "progress update": await read(buildProgressUpdate(analysis, p.name, T.update, GENERATED)),
        "mid-year report": await read(buildMidYearReport(analysis, p.name, T.midYear, GENERATED)),
        "annual review": await read(buildAnnualReview(analysis, p.name, T.review, GENERATED)),
      };
      const theirs = [...board].filter(([ref]) => analysis.indicators.some((r) => r.indicator.ref === ref && r.indicator.partnership === p.name));
      for (const [name, doc] of Object.entries(papers)) {
        // The same rows as the covering report's for this partnership's indicators, cell for cell.
        expect({ paper: `${name} of ${p.name}`, rows: [...rowsOf(doc)] }).toEqual({ paper: `${name} of ${p.name}`, rows: theirs });
        for (const [ref, [, action, , , note]] of theirs) {
          if (action[0] === "None recorded") expect({ ref, asked: isPrompt(doc, "No corrective action for ", ref) }).toEqual({ ref, asked: true });
          if (note[0] === "None recorded") expect({ ref, asked: isPrompt(doc, "No latest note for ", ref) }).toEqual({ ref, asked: true });
          compared++;
        }
      }
    }
    // Every row of the covering report was found in its partnership's three papers.
    expect(compared).toBe(board.size * 3);
  });
});

test("the fixture's rows say what the book says, and the prompts name what it lacks", async () => {
  const analysis = exceptionsAnalysis({ ...PAPERS, commentary: [...(PAPERS.commentary ?? []), NOTE] });
  const doc = await read(buildProgressUpdate(analysis, "Safer Essex", T.update, GENERATED));
  const rows = rowsOf(doc);
  expect(rows.get("L17.1")).toEqual([["Red", "and worse two periods running"], ["Report on the domestic violence target (L17.1)", "Action 1"], ["Alan Dawkes"], ["16 November 2009"], ["None recorded"]]);
  expect(rows.get("NI 111")?.[4]).toEqual([NOTE.text]);
  expect(rows.get("NI 135")?.slice(1)).toEqual([["None recorded"], ["Not recorded"], ["Not recorded"], ["None recorded"]]);
  // Only this partnership's indicators: NI 152 is the other partnership's, and in its papers.
  expect(isPrompt(doc, "No corrective action for NI 135 and NI 111: add one on the Actions sheet")).toBe(true);
  expect(isPrompt(doc, "No latest note for L17.1 and NI 135: add one in the Commentary sheet")).toBe(true);
});

test("a milestone still to come is not the latest note: 'district targets agreed' a year ahead read as done", async () => {
  const ahead = commentary("Safer Essex", "milestones12", "Youth offending panel for NI111 running in every district.");
  const analysis = exceptionsAnalysis({ ...PAPERS, commentary: [...(PAPERS.commentary ?? []), NOTE, ahead] });
  const rows = rowsOf(await read(buildProgressUpdate(analysis, "Safer Essex", T.update, GENERATED)));
  expect(rows.get("NI 111")?.[4]).toEqual([NOTE.text]);
});
