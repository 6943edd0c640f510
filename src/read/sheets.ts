import { SheetGrid, WorkbookGrids } from "../grid";
import { sheetKey } from "../keys";

/** The accepted names of each optional sheet, from the workbook spec. */
export const SHEET_NAMES = {
  scorecard: ["Scorecard", "LAA Scorecard", "Indicators", "Performance"],
  partnerships: ["Partnerships", "Thematic Partnerships", "Leads"],
  settings: ["Settings", "Config"],
  commentary: ["Commentary", "Narrative"],
  meeting: ["Meeting"],
  attendance: ["Attendance", "Attendees"],
  agenda: ["Agenda", "Items"],
  actions: ["Actions", "Action log"],
  forwardPlan: ["Forward plan", "Annex A"],
} as const;

export type SheetRole = keyof typeof SHEET_NAMES;

/** The first sheet whose name is one of the role's accepted names, in the order the names are listed. */
export function findSheet(workbook: WorkbookGrids, role: SheetRole): SheetGrid | undefined {
  for (const name of SHEET_NAMES[role]) {
    const found = workbook.sheets.find((s) => sheetKey(s.name) === sheetKey(name));
    if (found) return found;
  }
  return undefined;
}
