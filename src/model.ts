import type { FindingCode } from "./findings";
import type { ColumnAccount } from "./columns";

// The domain's plain data: what the engine reads from a workbook and what it concludes.
// No Office.js, no file I/O, no DOM: the task pane, the ribbon button and the CLI all pass these around.

/** A financial year (April to March) is named by the calendar year it starts in: 2008/09 -> 2008. */
export type Period =
  | { kind: "year"; year: number }
  | { kind: "quarter"; year: number; quarter: 1 | 2 | 3 | 4 };

export type Polarity = "higher" | "lower";
export type Unit = "percent" | "number" | "rate" | "money";
export type Frequency = "annual" | "quarterly" | "monthly";

/** One figure of an indicator (a target or an actual) for one period, with the cell it came from. */
export interface PeriodValue {
  period: Period;
  /** Percentages are fractions (45% is 0.45); null means "no value" (blank, tbc, n/a ...). */
  value: number | null;
  /** A1 address in the scorecard sheet. */
  cell: string;
  /** What the cell said when it holds no figure ("tbc", "n/a"); absent for a blank cell or a figure. */
  typed?: string;
  /** The figure is the year to date at its quarter (a "YTD" or "Half year" column), not that quarter's own. */
  yearToDate?: boolean;
  /**
   * A target worked out, not typed: a cumulative count's profile of its annual target at a quarter
   * (src/profile.ts); this is that annual target, whose cell `cell` names.
   */
  profileOf?: PeriodValue;
}

export interface Indicator {
  /** As written, trimmed: "NI 151", "L18.1". */
  ref: string;
  /** For comparison: spaces removed, upper case: "NI151". */
  refKey: string;
  title: string;
  partnership: string;
  priority: string | null;
  leadOfficer: string | null;
  /** From the row, else the National Indicator catalogue; null when neither says. */
  polarity: Polarity | null;
  unit: Unit;
  /** The unit as the book writes it ("tonnes CO2 per head"), else as the catalogue does; null when neither says. */
  unitText?: string | null;
  frequency: Frequency | null;
  /**
   * Counted cumulatively through the year (its title, unit or frequency says "cumulative", "YTD"):
   * a quarter's figure is the year so far, rated against a profile of an annual target.
   */
  cumulative?: boolean;
  baseline: number | null;
  /** The most decimal places the number formats of its figure cells show ("0.0%": 1); absent when none says (General). */
  shownDecimals?: number;
  targets: PeriodValue[];
  actuals: PeriodValue[];
  /** Stretch targets ("Stretch target 2009/10"): shown beside the target, never rated as it. */
  stretchTargets: PeriodValue[];
  /** The row's own amber tolerance as a fraction, if it has one. */
  tolerance: number | null;
  rewardTarget: boolean;
  rewardValue: number | null;
  /** 1-based row in the scorecard sheet. */
  row: number;
}

export interface Settings {
  area: string | null;
  /** Explicit in Settings, else null (the engine then takes the latest period that has any actual). */
  reportingPeriod: Period | null;
  /** Calendar year the agreement's first financial year starts: 2008 for 2008/09. */
  agreementStart: number;
  amberTolerance: number;
  greenThreshold: number;
  redThreshold: number;
  prgMinimum: number;
}

export const DEFAULT_SETTINGS: Settings = {
  area: null,
  reportingPeriod: null,
  agreementStart: 2008,
  amberTolerance: 0.05,
  greenThreshold: 0.75,
  redThreshold: 0.25,
  prgMinimum: 0.6,
};

export interface Partnership {
  name: string;
  lead: string | null;
  deputy: string | null;
}

/** The refresh's own columns in the scorecard sheet, in the order they are appended. */
export const OWN_COLUMNS = ["Status", "Direction of travel", "Planned improvement achieved", "Status as at"] as const;
export type OwnColumn = (typeof OWN_COLUMNS)[number];

export interface Scorecard {
  /** Name of the scorecard sheet as the workbook spells it. */
  sheet: string;
  /** 1-based row of the header row. */
  headerRow: number;
  /** 1-based last used column of the sheet (own columns are appended after it when absent). */
  lastColumn: number;
  /** How every column of the header was read, in column order (src/columns.ts); absent on a scorecard made by hand. */
  columns?: ColumnAccount[];
  /** 1-based columns of the refresh's own columns that already exist, found by header. */
  ownColumns: Partial<Record<OwnColumn, number>>;
  indicators: Indicator[];
  /** From the Partnerships sheet; empty when there is none. */
  partnerships: Partnership[];
  /** Whether the workbook has a Partnerships sheet at all (no sheet: no "not listed" warnings). */
  hasPartnershipsSheet: boolean;
  settings: Settings;
}

export type Severity = "error" | "warning";

/** A problem with the workbook, named by its cell so the pane can select it and the CLI print it. */
export interface Finding {
  /** Which rule found it (src/findings.ts lists them all); absent only on an adapter's refusal. */
  code?: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address or range ("A3", "A1:Z20"); the cell at fault, or the empty cell where a value belongs. */
  cell: string;
  message: string;
  hint: string;
}

export type Status = "Green" | "Amber" | "Red" | "No data" | "No target";
export type OverallStatus = "Green" | "Amber" | "Red" | "No data";
export type Direction = "Improving" | "Worsening" | "No change" | "n/a";

export interface IndicatorRating {
  indicator: Indicator;
  status: Status;
  /** The latest actual at or before the reporting period. */
  latest: PeriodValue | null;
  /** The actual of the previous period of the same frequency, when there is one. */
  previous: PeriodValue | null;
  /** The target the latest actual is compared with. */
  target: PeriodValue | null;
  /** Tolerance applied (row, else Settings, else 5%). */
  tolerance: number;
  direction: Direction;
  /** (actual - baseline) / (target - baseline); null without a baseline or when target equals baseline. */
  improvement: number | null;
  /** The period of the latest actual. */
  asAt: Period | null;
}

export interface PartnershipRating {
  name: string;
  lead: string | null;
  deputy: string | null;
  indicators: number;
  green: number;
  amber: number;
  red: number;
  noData: number;
  noTarget: number;
  /** Green / rated, null when none is rated. */
  onTarget: number | null;
  overall: OverallStatus;
  prgAtStake: number;
  projectedReward: number;
  prgAtRisk: number;
}

// --- The papers: the words around the numbers (Commentary and the meeting sheets) ---

export type CommentarySection =
  | "summary"
  | "trends"
  | "goodNews"
  | "barriers"
  | "milestones6"
  | "milestones12"
  | "milestones18"
  | "dataAssurance"
  | "prg"
  // The progress update's own headings (the forward plan's standing item).
  | "agreedUpdates"
  | "crossCutting"
  | "resources"
  | "locality";

export interface CommentaryEntry {
  partnership: string;
  section: CommentarySection;
  text: string;
  /** A1 address of the Text cell. */
  cell: string;
}

/** Dates in the papers: a Date where the cell held one, else the text as typed ("tbc", "March 2010"). */
export type PaperDate = Date | string | null;

export interface Meeting {
  title: string | null;
  date: PaperDate;
  time: string | null;
  venue: string | null;
  chair: string | null;
  nextMeeting: PaperDate;
  /** The next meeting's time and venue, when the sheet gives them (the progress updates are for that meeting). */
  nextMeetingTime?: string | null;
  nextMeetingVenue?: string | null;
  /** The Meeting sheet says the minutes were approved by the next meeting (Minutes status: Approved); until then they are a draft. */
  approved?: boolean;
}

export type Attendance = "Present" | "Apologies" | "In attendance";

export interface Attendee {
  name: string;
  organisation: string | null;
  attendance: Attendance;
  /** Words in brackets after the attendance, as typed: "Present (Vice-chair, in the chair)". */
  note?: string;
  /** The attendance says this person chairs ("Chair", "Present (in the chair)", "Apologies (Chair)"). */
  chairing?: boolean;
}

export interface AgendaItem {
  no: string;
  item: string;
  discussion: string | null;
  decision: string | null;
}

export interface ActionItem {
  no: string;
  action: string;
  owner: string | null;
  due: PaperDate;
  status: string | null;
  item: string | null;
}

export interface ForwardPlanItem {
  date: PaperDate;
  item: string;
  responsibility: string | null;
}

export interface Papers {
  commentary: CommentaryEntry[];
  meeting: Meeting | null;
  attendance: Attendee[];
  agenda: AgendaItem[];
  actions: ActionItem[];
  forwardPlan: ForwardPlanItem[];
}

/** Everything the engine concludes from one workbook. */
export interface Analysis {
  findings: Finding[];
  /** Null when no scorecard sheet or header row could be found (there is then an error finding). */
  scorecard: Scorecard | null;
  /** Settings' reporting period, else the latest period holding any actual. */
  reportingPeriod: Period | null;
  indicators: IndicatorRating[];
  partnerships: PartnershipRating[];
  papers: Papers;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
