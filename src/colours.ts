import { OverallStatus, Status } from "./model";

// One palette for the workbook fills, the task pane and the Word tables, so a colour means the same everywhere.
// Light fills keep black text readable (WCAG AA) in print and on screen.
export const STATUS_FILL: Record<Status | OverallStatus, string> = {
  Green: "C6EFCE",
  Amber: "FFEB9C",
  Red: "FFC7CE",
  "No data": "D9D9D9",
  "No target": "D9D9D9",
};
