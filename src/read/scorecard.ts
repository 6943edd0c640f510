import { WorkbookGrids } from "../grid";
import { Finding, Scorecard } from "../model";

// SCAFFOLD (helper "reader" replaces this body): finds the scorecard sheet and header row, reads
// every indicator row, the Settings and Partnerships sheets, and returns every validation finding.
export function readScorecard(_workbook: WorkbookGrids): { scorecard: Scorecard | null; findings: Finding[] } {
  throw new Error("readScorecard: not written yet");
}
