import { WorkbookGrids } from "../grid";
import { Finding, Papers, Scorecard } from "../model";

// SCAFFOLD (helper "documents" replaces this body): reads Commentary, Meeting, Attendance, Agenda,
// Actions and Forward plan sheets; unknown commentary sections or partnerships are warnings.
export function readPapers(_workbook: WorkbookGrids, _scorecard: Scorecard | null): { papers: Papers; findings: Finding[] } {
  throw new Error("readPapers: not written yet");
}
