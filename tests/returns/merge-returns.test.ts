import { analyse } from "../../src/engine";
import { cellsWrittenBytes, loadWorkbook } from "../../src/files";
import { MergeRefused } from "../../src/returns/merge-model";
import { fillReturn } from "./fill-return";
import { cellOf, merge, returnOf, SAMPLE_BYTES, sampleReturns, sampleWithCommentaryReworded } from "./sample-returns";

// The merge of returns filled by another program (exceljs): figures go to their indicator's row by
// Ref, in the period's column; what the scorecard already holds is never overwritten unasked; each
// doubt is a finding at the return's own cell. Sample rows: NI 20 in row 5, NI 18 row 7, NI 30 row 9;
// Q2 2009/10 is column L (12).

const L = 12;
const codes = (plan: { findings: { code: string }[] }) => plan.findings.map((f) => f.code);

async function safer(filling: Parameters<typeof fillReturn>[1], period?: Parameters<typeof sampleReturns>[1]) {
  const made = returnOf(await sampleReturns(SAMPLE_BYTES, period), "Safer Essex");
  return { file: made.file, bytes: await fillReturn(made.bytes, filling) };
}

describe("merging returns", () => {
  test("a figure for an empty cell is written into its row and the period's column; one the book holds differently is a conflict, kept", async () => {
    const { plan, bytes } = await merge([await safer({ figures: { "NI 30": 18, "NI 20": 6.1 } })]);
    expect(await cellOf(bytes, "LAA Scorecard", 9, L)).toBe(0.18);
    expect(await cellOf(bytes, "LAA Scorecard", 5, L)).toBe(5.9);
    const conflict = plan.figures.find((f) => f.ref === "NI 20")!;
    expect(conflict).toMatchObject({ outcome: "conflict", oldShown: "5.9", shown: "6.1", cell: "L5", returnCell: "Figures!J2" });
    expect(plan.findings.find((f) => f.code === "return-conflict")).toMatchObject({ file: "Safer Essex return Q2 2009-10.xlsx", sheet: "Figures", cell: "J2" });
  });

  test("a figure for a blank cell of the period's column is written there (the column is found by its header, not by the figures)", async () => {
    const cwop = returnOf(await sampleReturns(), "Community Wellbeing and Older People (CWOP)");
    const { plan, bytes } = await merge([{ file: cwop.file, bytes: await fillReturn(cwop.bytes, { figures: { "NI 136": 3100 } }) }]);
    const change = plan.figures.find((f) => f.ref === "NI 136")!;
    expect(change).toMatchObject({ outcome: "written", oldShown: "blank", cell: expect.stringMatching(/^L\d+$/) });
    expect(await cellOf(bytes, "LAA Scorecard", Number(change.cell.slice(1)), L)).toBe(3100);
    expect(plan.chase.find((c) => c.partnership === change.partnership)!.missing).toEqual([]);
  });

  test("--overwrite takes the return's figure over the book's", async () => {
    const { plan, bytes } = await merge([await safer({ figures: { "NI 20": 6.1 } })], { overwrite: true });
    expect(await cellOf(bytes, "LAA Scorecard", 5, L)).toBe(6.1);
    expect(plan.figures[0].outcome).toBe("overwritten");
  });

  test("a figure equal to the book's is already in: nothing is written", async () => {
    const { plan } = await merge([await safer({ figures: { "NI 20": 5.9 } })]);
    expect(plan.figures[0].outcome).toBe("same");
    expect(plan.scorecard.writes).toEqual([]);
  });

  test("words that are not a number, and percentages outside 0-100, are findings at the return's cell and are not taken", async () => {
    const { plan, bytes } = await merge([await safer({ figures: { "NI 30": "about 20", "L17.1": 140 } })]);
    expect(plan.findings.map((f) => [f.code, f.cell])).toEqual([["return-percent-out-of-range", "J5"], ["return-not-a-number", "J6"]]);
    // NI 30's Q2 cell keeps what it said: "tbc".
    expect(await cellOf(bytes, "LAA Scorecard", 9, L)).toBe("tbc");
  });

  test("a figure more than three times the last is taken as a query and on the chase list", async () => {
    const { plan, bytes } = await merge([await safer({ figures: { "NI 30": 18, "NI 18": 31 } })], { overwrite: true });
    expect(plan.findings.find((f) => f.code === "return-figure-queried")).toMatchObject({ severity: "query", cell: "J4" });
    expect(await cellOf(bytes, "LAA Scorecard", 7, L)).toBe(31);
    expect(plan.chase.find((c) => c.partnership === "Safer Essex")!.queried.map((q) => q.ref)).toEqual(["NI 18"]);
  });

  test("rows re-sorted, deleted or added by the lead are matched by Ref and reported", async () => {
    const filled = await safer({
      figures: { "NI 30": 18 },
      rows: (sheet) => {
        const values = [2, 3, 4, 5, 6, 7].map((r) => sheet.getRow(r).values as unknown[]);
        // Reverse the rows, drop NI 17's, and add a row of the lead's own.
        const kept = values.reverse().filter((v) => v[1] !== "NI 17");
        for (let r = 2; r <= 7; r++) sheet.getRow(r).values = [];
        kept.forEach((v, i) => (sheet.getRow(2 + i).values = v as ExcelJSRowValues));
        sheet.getRow(8).values = ["X 1", "Our own measure", "", "", "", "", "", "", "", 5];
      },
    });
    const { plan, bytes } = await merge([filled]);
    expect(await cellOf(bytes, "LAA Scorecard", 9, L)).toBe(0.18);
    expect(codes(plan).sort()).toEqual(["return-row-added", "return-row-deleted", "return-rows-resorted"]);
    expect(plan.findings.find((f) => f.code === "return-row-deleted")!.message).toMatch(/NI 17/);
  });

  test("a return whose protection was removed merges the same", async () => {
    const { plan, bytes } = await merge([await safer({ figures: { "NI 30": 18 }, unprotect: true })]);
    expect(plan.findings).toEqual([]);
    expect(await cellOf(bytes, "LAA Scorecard", 9, L)).toBe(0.18);
  });

  test("a return made before the indicators changed is flagged, and still matched by Ref", async () => {
    const loaded = await loadWorkbook(SAMPLE_BYTES);
    const renamed = await cellsWrittenBytes(loaded, { sheet: "LAA Scorecard" }, [{ address: "B5", cell: { value: "Assaults with injury per 1,000" } }]);
    const { plan, bytes } = await merge([await safer({ figures: { "NI 30": 18 } })], { book: renamed });
    expect(codes(plan)).toEqual(["return-older-scorecard"]);
    expect(await cellOf(bytes, "LAA Scorecard", 9, L)).toBe(0.18);
  });

  test("two returns for one partnership: the first is taken, the second reported", async () => {
    const first = await safer({ figures: { "NI 30": 18 } });
    const second = { file: "Safer Essex (2).xlsx", bytes: (await safer({ figures: { "NI 30": 19 } })).bytes };
    const { plan, bytes } = await merge([first, second]);
    expect(plan.findings.map((f) => [f.code, f.file])).toEqual([["return-duplicate", "Safer Essex (2).xlsx"]]);
    expect(await cellOf(bytes, "LAA Scorecard", 9, L)).toBe(0.18);
  });

  test("a return for another period is not taken", async () => {
    const old = await safer({ figures: { "NI 30": 18 } }, { kind: "quarter", year: 2009, quarter: 1 });
    const { plan, bytes } = await merge([old]);
    expect(codes(plan)).toEqual(["return-other-period"]);
    expect(plan.scorecard.writes).toEqual([]);
    expect(await cellOf(bytes, "LAA Scorecard", 9, L)).toBe("tbc");
  });

  test("a return for a later period says how to merge for that period, rather than to send this period's", async () => {
    const q3 = await safer({ figures: { "NI 30": 18 } }, { kind: "quarter", year: 2009, quarter: 3 });
    const { plan } = await merge([q3]);
    expect(plan.findings).toEqual([expect.objectContaining({ code: "return-other-period", hint: expect.stringContaining('--period "Q3 2009/10"') })]);
    expect(plan.findings[0].hint).not.toContain("this period's return");
  });

  test("no column for the period: one sentence saying which to add, and nothing written", async () => {
    const q3 = await safer({ figures: { "NI 30": 18 } }, { kind: "quarter", year: 2009, quarter: 3 });
    await expect(merge([q3], { period: { kind: "quarter", year: 2009, quarter: 3 } })).rejects.toThrow(MergeRefused);
    await expect(merge([q3], { period: { kind: "quarter", year: 2009, quarter: 3 } })).rejects.toThrow(/insert a new column after column L \("Q2 2009\/10"\) \(before Tolerance in M\), headed "Q3 2009\/10"/);
  });

  test("a lead's update replaces the section's words the return showed them, when the scorecard still has those words", async () => {
    const before = analyse((await loadWorkbook(SAMPLE_BYTES)).grids).papers.commentary.find((c) => c.partnership === "Safer Essex" && c.section === "barriers")!;
    const { plan, bytes } = await merge([await safer({ commentary: { "Barriers and risks": "Recruitment has caught up; the backlog is cleared." } })]);
    expect(plan.texts.find((t) => t.heading === "Barriers and risks")).toMatchObject({ outcome: "overwritten", update: true, cell: before.cell, old: before.text });
    expect(plan.findings).toEqual([]);
    const after = analyse((await loadWorkbook(bytes)).grids).papers.commentary.filter((c) => c.partnership === "Safer Essex" && c.section === "barriers");
    expect(after.map((c) => c.text)).toEqual(["Recruitment has caught up; the backlog is cleared."]);
  });

  test("notes and commentary go into the Commentary sheet as new rows; words changed in the scorecard since the return was made are a conflict", async () => {
    const { plan, bytes } = await merge([await safer({ notes: { "NI 30": "Police data, provisional" }, commentary: { "Barriers and risks": "New words", "Cross-cutting opportunities": "The same supervisor again." } })], { book: await sampleWithCommentaryReworded() });
    const analysis = analyse((await loadWorkbook(bytes)).grids);
    const safer2 = analysis.papers.commentary.filter((c) => c.partnership === "Safer Essex");
    expect(safer2.filter((c) => c.section === "dataAssurance").map((c) => c.text)).toContain("NI 30, Q2 2009/10: Police data, provisional");
    expect(safer2.filter((c) => c.section === "barriers").map((c) => c.text)).not.toContain("New words");
    expect(plan.texts.find((t) => t.heading === "Barriers and risks")!.outcome).toBe("conflict");
    // No new warnings: every row written reads as a known section of a known partnership.
    expect(analysis.findings.length).toBe(analyse((await loadWorkbook(await sampleWithCommentaryReworded())).grids).findings.length);
  });

  test("the chase list names returns not received, figures missing and what was queried, per partnership and lead", async () => {
    const { plan } = await merge([await safer({ figures: { "NI 30": 18 } })]);
    const safer2 = plan.chase.find((c) => c.partnership === "Safer Essex")!;
    expect(safer2).toMatchObject({ lead: "Alan Dawkes", returned: "Safer Essex return Q2 2009-10.xlsx", missing: [] });
    const cwop = plan.chase.find((c) => c.partnership.startsWith("Community Wellbeing"))!;
    expect(cwop).toMatchObject({ lead: "Charlotte Ball", returned: null });
    expect(cwop.missing.map((m) => m.ref)).toEqual(["NI 136"]);
  });
});

type ExcelJSRowValues = import("exceljs").CellValue[];
