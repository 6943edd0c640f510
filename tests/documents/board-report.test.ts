import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import { STATUS_FILL } from "../../src/colours";
import { buildBoardReport } from "../../src/documents";
import { movement } from "../../src/documents/board-report";
import { Analysis, CommentaryEntry } from "../../src/model";
import { editedSample, runCli, SAMPLE, tempDir } from "../cli/run-cli";
import { commentary } from "./analysis-fixture";
import { ACTIONS, PAPERS, exceptionsAnalysis } from "./exception-fixture";
import { ReadDocx, headings, part, partText, readDocx, sections } from "./read-docx";
import { Q, Y, ratedAnalysis } from "./rated-fixture";

// The covering report for the group, read back as the group reads it: the front, the recommendations
// in the councils' form, the picture of every partnership with its chart, and the exceptions across
// the agreement with what is being done about each Red indicator and emerging concern.

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/board-report.docx"));

async function report(analysis: Analysis = exceptionsAnalysis()): Promise<ReadDocx> {
  const result = await buildBoardReport(analysis, TEMPLATE, { generated: new Date(Date.UTC(2009, 10, 2)) });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return readDocx(result.bytes);
}

const bullets = (doc: ReadDocx, from: string) => {
  const texts = doc.paragraphs.map((p) => p.text);
  const start = texts.indexOf(from);
  return texts.slice(start + 1, texts.indexOf("The LAA-wide picture"));
};

describe("the covering report for the group", () => {
  it("has a committee report's parts, in order, for the next meeting", async () => {
    const doc = await report();
    expect(headings(doc)).toEqual([
      "Title: LAA performance report",
      "Heading1: Purpose",
      "Heading1: Recommendations",
      "Heading1: The LAA-wide picture",
      "Heading1: Exceptions across the agreement",
      "Heading2: Achievements and good news",
      "Heading2: Barriers to delivery, risks and actions needed",
      "Heading2: Assurance where data is not available",
      "Heading2: Resource issues, including use of PRG",
    ]);
    expect(doc.text).toContain("Meeting:\tLAA Performance Management Group, Monday 16 November 2009, 9:30 to 11:00, Committee Room 2, County Hall");
    expect(doc.text).toContain("Compared with:\tQ1 2009/10");
  });

  it("recommends in the councils' form, each from its rule", async () => {
    expect(bullets(await report(), "The Group is asked to:")).toEqual([
      "note the position of the Local Area Agreement as at Q2 2009/10: 5 of 10 rated indicators on target (Green), 2 within tolerance (Amber) and 3 off target (Red);",
      "agree that NI 20 be put forward for a more stretching target at the LAA refresh;",
      "ask Safer Essex to report on NI 135 and NI 111 at the next meeting;",
      "ask GEPF to report on NI 152 at the next meeting;",
      "note the corrective action recorded on L17.1 (Action 1, Alan Dawkes, by 16 November 2009);",
      "note that the figure for NI 30 is awaited, and the assurance given meanwhile;",
      "note that £300,000 of the £300,000 Performance Reward Grant at stake is at risk.",
    ]);
  });

  it("asks a partnership by its short name to report on its emerging concern, as the seed minutes ask CWOP about NI 135", async () => {
    const CWOP = "Community Wellbeing and Older People (CWOP)";
    const analysis = ratedAnalysis([
      { ref: "NI 135", title: "Carers receiving needs assessment", partnership: CWOP, unit: "percent", targets: [[Y(2009), 0.2]], actuals: [[Y(2008), 0.238], [Q(2009, 1), 0.229], [Q(2009, 2), 0.218]] },
    ]);
    const said = bullets(await report(analysis), "The Group is asked to:");
    expect(said).toContain("ask CWOP to report on NI 135 at the next meeting.");
    // Past its target, but worse two periods running: a concern, so never also put forward for a stretching target.
    expect(said.join("\n")).not.toContain("agree that NI 135");
  });

  it("counts the agreement's position as a clerk writes it: none, never 0, within tolerance or on target", async () => {
    const figures = (ref: string, actual: number) => ({ ref, title: `Indicator ${ref}`, partnership: "Safer Essex", unit: "percent", targets: [[Y(2009), 0.5]], actuals: [[Q(2009, 1), actual], [Q(2009, 2), actual]] } as Parameters<typeof ratedAnalysis>[0][number]);
    const mixed = bullets(await report(ratedAnalysis([figures("L1", 0.6), figures("L2", 0.2)])), "The Group is asked to:");
    expect(mixed[0]).toBe("note the position of the Local Area Agreement as at Q2 2009/10: 1 of 2 rated indicators on target (Green), none within tolerance (Amber) and 1 off target (Red);");
    const allRed = bullets(await report(ratedAnalysis([figures("L1", 0.2), figures("L2", 0.1)])), "The Group is asked to:");
    expect(allRed[0]).toBe("note the position of the Local Area Agreement as at Q2 2009/10: none of the 2 rated indicators on target (Green), none within tolerance (Amber) and 2 off target (Red);");
  });

  it("pictures every partnership: status, movement since the period before, indicators on target, reward at stake and at risk, and one chart", async () => {
    const doc = await report();
    const [table] = doc.tables;
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["Partnership", "Status", "Since Q1 2009/10", "Indicators on target", "Reward at stake", "Reward at risk"],
      ["Safer Essex", "Amber", "No change", "5 of 956%", "£300,000", "£300,000"],
      ["Greater Essex Prosperity Forum (GEPF)", "Red", "No change", "0 of 10%", "–", "–"],
    ]);
    expect(table.rows[2][1].fill).toBe(STATUS_FILL.Red);
    const chart = await part(doc, "word/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect((chart.match(/<c:ser>/g) ?? []).length).toBe(3);
    expect(doc.xml).toMatch(/descr="Stacked bar chart of the rated indicators of each partnership by status, Q2 2009\/10\. Safer Essex: 5 Green, 2 Amber and 2 Red; Greater Essex Prosperity Forum \(GEPF\): 1 Red\."/);
  });

  it("says a partnership's movement in words", () => {
    expect(movement("Red", "Amber")).toBe("Down from Amber");
    expect(movement("Green", "Red")).toBe("Up from Red");
    expect(movement("Amber", "Amber")).toBe("No change");
    expect(movement("Amber", "No data")).toBe("No data before");
  });

  it("lists the exceptions across the agreement under the forward plan's headings, with corrective action, owner, date and note for each Red and emerging concern", async () => {
    const notes: CommentaryEntry[] = [commentary("Safer Essex", "barriers", "Youth offending: NI111 rose as two schemes closed; a new panel starts in January.")];
    const doc = await report(exceptionsAnalysis({ ...PAPERS, commentary: [...(PAPERS.commentary ?? []), ...notes], actions: ACTIONS }));
    const s = sections(doc);
    expect(s.get("Achievements and good news")).toContain("NI 20 Assault with injury crime rate\nSafer Essex\nGreen\nPast its target by more than the amber band");
    const rows = doc.tables.find((t) => t.rows[0][2]?.text === "Corrective action")!.rows.map((r) => r.map((c) => c.lines));
    const row = (ref: string) => rows.find((r) => r[0][0].startsWith(ref))!;
    expect(row("L17.1").slice(1)).toEqual([["Red", "and worse two periods running"], ["Report on the domestic violence target (L17.1)", "Action 1"], ["Alan Dawkes"], ["16 November 2009"], ["None recorded"]]);
    expect(row("NI 111")[5]).toEqual(["Youth offending: NI111 rose as two schemes closed; a new panel starts in January."]);
    expect(row("NI 135")[1]).toEqual(["Green", "emerging concern"]);
    // Where the book has no action or note, a prompt says so, and the report is a DRAFT until it is given.
    expect(s.get("Barriers to delivery, risks and actions needed")).toContain("No corrective action for NI 135, NI 111 and NI 152: add one on the Actions sheet");
    expect(partText(await part(doc, "word/header1.xml"))).toMatch(/^DRAFT: \d+ passages? in grey italics/);
  });

  it("names the contact officer from Settings, else prompts for one", async () => {
    const without = await report();
    expect(without.text).toContain("Contact officer:\tContact officer not set (Settings sheet: Contact officer");
    const named = await report(ratedAnalysis([{ ref: "NI 20", targets: [[Y(2009), 5]], actuals: [[Q(2009, 2), 5]] }], PAPERS, { contact: "Gill Butterworth, Essex Partnership Secretariat" }));
    expect(named.text).toContain("Contact officer:\tGill Butterworth, Essex Partnership Secretariat");
  });
});

describe("board-report BOOK --out FILE", () => {
  it("writes the covering report from the sample, with the contact officer typed in Settings", async () => {
    const dir = tempDir();
    const book = await editedSample(dir, "book.xlsx", (wb) => {
      const settings = wb.getWorksheet("Settings")!;
      settings.addRow(["Contact officer", "Gill Butterworth"]);
    });
    const out = path.join(dir, "board-report.docx");
    const r = await runCli(["board-report", book, "--out", out]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const doc = await readDocx(await fs.readFile(out));
    expect(doc.paragraphs[0]).toEqual({ style: "Title", text: "LAA performance report" });
    expect(doc.text).toContain("Contact officer:\tGill Butterworth");
    expect(doc.tables[0].rows.length).toBe(7); // a header and six partnerships
  });

  it("warns, and still writes, when Settings has no contact officer", async () => {
    const out = path.join(tempDir(), "board-report.docx");
    const r = await runCli(["board-report", SAMPLE, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("Warning: no contact officer in the Settings sheet (Contact officer); the report prompts for one.\n");
    await expect(fs.stat(out)).resolves.toBeTruthy();
  });
});
