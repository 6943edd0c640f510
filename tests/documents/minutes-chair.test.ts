import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildMinutes } from "../../src/documents";
import { CellValue } from "../../src/grid";
import { Papers } from "../../src/model";
import { readPapers } from "../../src/read/papers";
import { saferEssex } from "./analysis-fixture";
import { ReadDocx, part, partText, readDocx } from "./read-docx";

// The chair in the minutes: marked once, where they are. A chair who sent apologies is listed under
// Apologies only; whoever the Attendance sheet says was in the chair comes first and signs; with
// nobody named, the signature line is left to the author. Read from sheets, as a user types them.

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/minutes.docx"));

const MEETING: CellValue[][] = [["Field", "Value"], ["Title", "LAA Performance Management Group"], ["Date", new Date(Date.UTC(2009, 9, 19))], ["Chair", "Peter Lowton"]];

function papersOf(attendance: CellValue[][], meeting: CellValue[][] | null = MEETING): Partial<Papers> {
  const sheets = [{ name: "Attendance", values: [["Name", "Organisation / role", "Attendance"], ...attendance] }];
  if (meeting) sheets.push({ name: "Meeting", values: meeting });
  return readPapers({ sheets }, null).papers;
}

async function minutes(papers: Partial<Papers>): Promise<ReadDocx> {
  const result = await buildMinutes(saferEssex(papers), TEMPLATE);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return readDocx(result.bytes);
}

/** The lines under a heading, up to the next heading. */
function under(doc: ReadDocx, heading: string): string[] {
  const start = doc.paragraphs.findIndex((p) => p.text === heading);
  const end = doc.paragraphs.findIndex((p, i) => i > start && /^Heading/.test(p.style ?? ""));
  return doc.paragraphs.slice(start + 1, end).map((p) => p.text);
}

const signature = (doc: ReadDocx) => doc.paragraphs[doc.paragraphs.findIndex((p) => p.text.startsWith("Signed:")) + 1].text;

describe("the chair in the minutes", () => {
  it("a chair who sent apologies is under Apologies only, and whoever was in the chair comes first and signs (book 9b)", async () => {
    const doc = await minutes(papersOf([
      ["Peter Lowton", "ACC Essex Police", "Apologies"],
      ["Alan Dawkes", "Safer Essex Lead", "Present"],
      ["Dan Gascoyne", "Essex Partnership Secretariat", "Present (Vice-chair, in the chair)"],
    ]));
    expect(under(doc, "Attendees")).toEqual(["Dan Gascoyne – Essex Partnership Secretariat (Vice-chair, in the chair)", "Alan Dawkes – Safer Essex Lead"]);
    expect(under(doc, "Apologies")).toEqual(["Peter Lowton – ACC Essex Police (Chair)"]);
    expect(doc.text.match(/Peter Lowton/g)).toHaveLength(1);
    expect(signature(doc)).toBe("Dan Gascoyne, in the chair");
  });

  it("with nobody named in the chair, the signature line is left to the author, never the absent chair", async () => {
    const doc = await minutes(papersOf([["Peter Lowton", "ACC Essex Police", "Apologies"], ["Alan Dawkes", "Safer Essex Lead", "Present"]]));
    expect(under(doc, "Attendees")).toEqual(["Alan Dawkes – Safer Essex Lead"]);
    expect(signature(doc)).toBe("Name of who chaired: the Chair, Peter Lowton, sent apologies (Attendance sheet: mark who was in the chair)");
    expect(doc.xml).toMatch(/<w:i\/>[\s\S]{0,200}Name of who chaired/);
    expect(partText(await part(doc, "word/header1.xml"))).toMatch(/^DRAFT/);
  });

  it("a chair who is present is listed first, marked once, and signs as Chair", async () => {
    const doc = await minutes(papersOf([["Alan Dawkes", "Safer Essex Lead", "Present"], ["Peter Lowton", "ACC Essex Police", "Present"]]));
    expect(under(doc, "Attendees")).toEqual(["Peter Lowton – ACC Essex Police (Chair)", "Alan Dawkes – Safer Essex Lead"]);
    expect(signature(doc)).toBe("Peter Lowton, Chair");
  });

  it("without a Meeting sheet, the chair is the one the Attendance sheet marks, and the signature never reads \"Chair, Chair\"", async () => {
    const marked = await minutes(papersOf([["Alan Dawkes", "Safer Essex Lead", "Present (Chair)"]], null));
    expect(under(marked, "Attendees")).toEqual(["Alan Dawkes – Safer Essex Lead (Chair)"]);
    expect(signature(marked)).toBe("Alan Dawkes, Chair");
    const unmarked = await minutes(papersOf([["Alan Dawkes", "Safer Essex Lead", "Present"]], null));
    expect(signature(unmarked)).toBe("Name of the chair (Meeting sheet: Chair)");
  });

  it("reads a note in brackets after the attendance as typed, and who it says chaired, without a warning", () => {
    const { papers, findings } = readPapers({ sheets: [{ name: "Attendance", values: [
      ["Name", "Organisation / role", "Attendance"],
      ["Dan Gascoyne", "Essex Partnership Secretariat", "Present (Vice-chair, in the chair)"],
      ["Kathryn Berry", "Sports Essex", "Present (Vice-chair)"],
      ["A Person", null, "Perhaps (later)"],
    ] }] }, null);
    expect(papers.attendance.slice(0, 2)).toEqual([
      { name: "Dan Gascoyne", organisation: "Essex Partnership Secretariat", attendance: "Present", note: "Vice-chair, in the chair", chairing: true },
      { name: "Kathryn Berry", organisation: "Sports Essex", attendance: "Present", note: "Vice-chair" },
    ]);
    expect(findings).toEqual([expect.objectContaining({ code: "unknown-attendance", cell: "C4" })]);
  });
});
