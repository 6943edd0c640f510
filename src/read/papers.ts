import { namedPartnershipKeys, partnershipKey } from "../keys";
import { CellValue, SheetGrid, WorkbookGrids, a1, cellAt, cellText, gridSize, numFmtAt } from "../grid";
import { finding } from "../findings";
import { cellDate } from "../dates";
import { headerKey, headerMatcher } from "../headers";
import {
  ActionItem, AgendaItem, Attendance, Attendee, CommentaryEntry, CommentarySection, Finding, ForwardPlanItem, Meeting,
  PaperDate, Papers, Scorecard,
} from "../model";
import { plural, saysChair } from "../words";
import { SheetRole, findSheet } from "./sheets";

// The words around the numbers: Commentary and the meeting sheets (workbook spec, sheet table).
// Every one of them is optional; a problem in one is a warning naming its cell, never an error,
// because the papers do not change what a refresh writes.

/** Headers and field names are compared as the scorecard's are (src/headers.ts). */
const key = headerKey;

type Columns<K extends string> = Record<K, readonly string[]>;

interface Table<K extends string> {
  sheet: SheetGrid;
  headerRow: number;
  columns: Partial<Record<K, number>>;
}

/** The header row: the first row in the top ten that names every required column. */
function findTable<K extends string>(
  sheet: SheetGrid, columns: Columns<K>, required: NoInfer<K>[], findings: Finding[],
): Table<K> | null {
  const top = Math.min(10, sheet.values.length);
  const named = headerMatcher(columns);
  for (let row = 1; row <= top; row++) {
    const found: Partial<Record<K, number>> = {};
    const cells = sheet.values[row - 1] ?? [];
    cells.forEach((value, i) => {
      const name = named(cellText(value));
      if (name !== undefined && found[name] === undefined) found[name] = i + 1;
    });
    if (required.every((r) => found[r] !== undefined)) return { sheet, headerRow: row, columns: found };
  }
  findings.push(warn("paper-sheet-no-header", sheet.name, "A1", `The ${sheet.name} sheet has no header row with ${required.map((r) => columns[r][0]).join(", ")}`,
    `Put the headers ${Object.values<readonly string[]>(columns).map((c) => c[0]).join(", ")} in its first row; the sheet is left out of the papers until then`));
  return null;
}

const warn = finding;

/** Each data row under the header, skipping blank rows. */
interface Row<K extends string> {
  row: number;
  text: (k: K) => string;
  raw: (k: K) => CellValue;
  fmt: (k: K) => string | undefined;
}

function* rows<K extends string>(table: Table<K>): Generator<Row<K>> {
  const { rows: last } = gridSize(table.sheet);
  for (let row = table.headerRow + 1; row <= last; row++) {
    const col = (k: K) => table.columns[k];
    const raw = (k: K): CellValue => (col(k) ? cellAt(table.sheet, row, col(k)!) : null);
    const text = (k: K) => cellText(raw(k));
    const fmt = (k: K) => (col(k) ? numFmtAt(table.sheet, row, col(k)!) : undefined);
    const values = (table.sheet.values[row - 1] ?? []).map((v) => cellText(v));
    if (values.every((v) => v === "")) continue;
    yield { row, text, raw, fmt };
  }
}

// --- Dates and times as people type them ---

const TIME_FORMAT = /h|AM\/PM/i;

function stripFormat(fmt: string): string {
  return fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
}

/** A Date cell, a serial number with a date format, or text: a typed date (dd/mm/yyyy, yyyy-mm-dd, 20 Feb 2009) becomes a date, other text stays as typed. */
export function paperDate(value: CellValue, numFmt?: string): PaperDate {
  return cellDate(value, numFmt) ?? (cellText(value) || null);
}

function paperTime(value: CellValue, numFmt?: string): string | null {
  const hhmm = (minutes: number) => `${Math.floor(minutes / 60) % 24}:${String(minutes % 60).padStart(2, "0")}`;
  if (value instanceof Date) return hhmm(value.getUTCHours() * 60 + value.getUTCMinutes());
  if (typeof value === "number" && value < 1 && (!numFmt || TIME_FORMAT.test(stripFormat(numFmt)))) return hhmm(Math.round(value * 1440));
  return cellText(value) || null;
}

function orNull(text: string): string | null {
  return text === "" ? null : text;
}

// --- Commentary ---

/** Loose section names: case, dashes, brackets and the word "next" do not matter. */
const SECTION_NAMES: Record<CommentarySection, string[]> = {
  summary: ["summary", "introduction", "overview"],
  trends: ["underlying trends", "trends"],
  goodNews: ["good news", "success", "successes", "achievements", "areas of success and good news", "success and good news", "achievements and good news"],
  barriers: ["barriers", "risks", "barriers and risks", "barriers risks and actions needed", "barriers to delivery"],
  milestones6: ["milestones 6 months", "milestones 6", "milestones six months", "6 months"],
  milestones12: ["milestones 12 months", "milestones 12", "milestones twelve months", "12 months"],
  milestones18: ["milestones 18 months", "milestones 18", "milestones eighteen months", "18 months"],
  dataAssurance: ["data assurance", "assurance", "assurance where data is not available"],
  prg: ["prg", "performance reward grant", "reward", "reward grant"],
  agreedUpdates: ["agreed updates", "agreed updates from previous meetings", "updates from previous meetings", "matters arising"],
  crossCutting: ["cross cutting opportunities", "cross cutting", "crosscutting opportunities", "crosscutting", "cross cutting issues"],
  resources: ["resource issues", "resources", "resource issues including use of prg", "resourcing", "use of prg"],
  locality: ["locality and hotspot issues", "locality", "locality issues", "hotspots", "hotspot issues", "locality and hotspots", "hot spots"],
};

export function commentarySection(text: string): CommentarySection | null {
  const k = key(text).replace(/\bnext\b/g, " ").replace(/\s+/g, " ").trim();
  for (const [section, names] of Object.entries(SECTION_NAMES) as [CommentarySection, string[]][]) {
    if (names.includes(k)) return section;
  }
  return null;
}

const COMMENTARY_COLUMNS = {
  partnership: ["Partnership", "Thematic partnership", "Theme"],
  section: ["Section", "Heading"],
  text: ["Text", "Commentary", "Narrative"],
};

/** Where a Commentary sheet's header row and its three columns are (the merge of returns appends rows there); null without them. */
export function commentaryColumns(sheet: SheetGrid): { headerRow: number; partnership: number; section: number; text: number } | null {
  const table = findTable(sheet, COMMENTARY_COLUMNS, ["partnership", "section", "text"], []);
  return table ? { headerRow: table.headerRow, partnership: table.columns.partnership!, section: table.columns.section!, text: table.columns.text! } : null;
}

function readCommentary(sheet: SheetGrid, scorecard: Scorecard | null, findings: Finding[]): CommentaryEntry[] {
  const columns = COMMENTARY_COLUMNS;
  const table = findTable(sheet, columns, ["partnership", "section", "text"], findings);
  if (!table) return [];
  const known = namedPartnershipKeys(scorecard?.indicators ?? []);
  for (const p of scorecard?.partnerships ?? []) known.add(partnershipKey(p.name));
  const out: CommentaryEntry[] = [];
  // One warning per partnership name the scorecard does not know, at its first row: a renamed
  // partnership would otherwise give a warning for every paragraph written about it.
  const strays = new Map<string, { partnership: string; cells: string[] }>();
  for (const r of rows(table)) {
    const text = r.text("text");
    if (text === "") continue;
    const at = (k: "partnership" | "section") => a1(r.row, table.columns[k]!);
    const partnership = r.text("partnership");
    const section = commentarySection(r.text("section"));
    if (section === null) {
      findings.push(warn("unknown-section", sheet.name, at("section"), `Commentary section "${r.text("section")}" is not one of the papers' sections`,
        "Use Summary, Underlying trends, Good news, Barriers, Milestones – 6/12/18 months, Data assurance, PRG, Agreed updates, " +
        "Cross-cutting opportunities, Resource issues or Locality and hotspot issues; this paragraph is left out"));
      continue;
    }
    if (partnership === "" || (scorecard && !known.has(partnershipKey(partnership)))) {
      const key = partnershipKey(partnership);
      const stray = strays.get(key) ?? { partnership, cells: [] };
      stray.cells.push(at("partnership"));
      strays.set(key, stray);
      continue;
    }
    out.push({ partnership, section, text, cell: a1(r.row, table.columns.text!) });
  }
  for (const { partnership, cells } of strays.values()) {
    const what = partnership === "" ? "Commentary has no partnership" : `Commentary partnership "${partnership}" is not on the scorecard`;
    const more = cells.length === 1 ? "" : ` (here and in ${plural(cells.length - 1, "more row")})`;
    const left = cells.length === 1 ? "this paragraph is" : `these ${plural(cells.length, "paragraph")} are`;
    findings.push(warn("commentary-partnership", sheet.name, cells[0], `${what}${more}`,
      `Spell the partnership as the scorecard does; ${left} left out of the papers`));
  }
  return out;
}

// --- The meeting sheets ---

function readMeeting(sheet: SheetGrid): Meeting {
  const meeting: Meeting = { title: null, date: null, time: null, venue: null, chair: null, nextMeeting: null };
  const { rows: last } = gridSize(sheet);
  for (let row = 1; row <= last; row++) {
    const field = key(cellText(cellAt(sheet, row, 1)));
    const value = cellAt(sheet, row, 2);
    const fmt = numFmtAt(sheet, row, 2);
    if (field === "title" || field === "meeting") meeting.title = orNull(cellText(value));
    else if (field === "date") meeting.date = paperDate(value, fmt);
    else if (field === "time") meeting.time = paperTime(value, fmt);
    else if (["venue", "location", "place"].includes(field)) meeting.venue = orNull(cellText(value));
    else if (field === "chair") meeting.chair = orNull(cellText(value));
    else if (["next meeting", "date of next meeting", "next meeting date"].includes(field)) meeting.nextMeeting = paperDate(value, fmt);
    else if (field === "next meeting time") meeting.nextMeetingTime = paperTime(value, fmt);
    else if (["minutes status", "status", "minutes approved", "approved", "confirmed"].includes(field)) meeting.approved = approvedValue(value);
    else if (["next meeting venue", "next meeting location", "next meeting place", "next venue"].includes(field)) meeting.nextMeetingVenue = orNull(cellText(value));
  }
  return meeting;
}

/** "Approved", "Confirmed", "Agreed", "Signed", "Yes", TRUE or the date they were approved: the minutes are no longer a draft. */
function approvedValue(value: CellValue): boolean {
  if (value === true || value instanceof Date || (typeof value === "number" && value > 0)) return true;
  return /^(approved|confirmed|agreed|signed|yes|y|true)\b/i.test(cellText(value).trim());
}

const ATTENDANCE: Record<string, Attendance> = {
  present: "Present", attended: "Present", attending: "Present", yes: "Present", chair: "Present", "in the chair": "Present", chairing: "Present", "": "Present",
  apologies: "Apologies", apology: "Apologies", "sent apologies": "Apologies", absent: "Apologies",
  "in attendance": "In attendance", support: "In attendance", "support staff": "In attendance", officer: "In attendance",
};

function readAttendance(sheet: SheetGrid, findings: Finding[]): Attendee[] {
  const columns = {
    name: ["Name"],
    organisation: ["Organisation / role", "Organisation", "Role", "Representing"],
    attendance: ["Attendance", "Status", "Present"],
  };
  const table = findTable(sheet, columns, ["name"], findings);
  if (!table) return [];
  const out: Attendee[] = [];
  for (const r of rows(table)) {
    const name = r.text("name");
    if (name === "") continue;
    const said = r.text("attendance");
    // "Present (Vice-chair, in the chair)": the attendance, and a note that is kept and may say who chaired.
    const bracket = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(said);
    const note = bracket?.[2].trim() ?? "";
    let attendance = ATTENDANCE[key(bracket ? bracket[1] : said)];
    if (!attendance) {
      findings.push(warn("unknown-attendance", sheet.name, a1(r.row, table.columns.attendance!),
        `Attendance "${said}" for ${name} is not Present, Apologies or In attendance`, "Write Present, Apologies or In attendance; counted as Present"));
      attendance = "Present";
    }
    out.push({ name, organisation: orNull(r.text("organisation")), attendance, ...(note ? { note } : {}), ...(saysChair(said) ? { chairing: true } : {}) });
  }
  return out;
}

function readAgenda(sheet: SheetGrid, findings: Finding[]): AgendaItem[] {
  const columns = {
    no: ["No", "Number", "Item no", "#"],
    item: ["Item", "Title", "Agenda item"],
    discussion: ["Discussion", "Notes", "Minutes"],
    decision: ["Action / decision", "Actions / decisions", "Action", "Decision"],
  };
  const table = findTable(sheet, columns, ["item"], findings);
  if (!table) return [];
  const out: AgendaItem[] = [];
  for (const r of rows(table)) {
    if (r.text("item") === "") continue;
    out.push({
      no: r.text("no") || String(out.length + 1),
      item: r.text("item"),
      discussion: orNull(r.text("discussion")),
      decision: orNull(r.text("decision")),
    });
  }
  return out;
}

function readActions(sheet: SheetGrid, findings: Finding[]): ActionItem[] {
  const columns = {
    no: ["No", "Number", "Ref", "#"],
    action: ["Action"],
    owner: ["Owner", "Lead", "By whom", "Who"],
    due: ["Due", "Due date", "By when", "Deadline"],
    status: ["Status", "Progress"],
    item: ["Item", "Agenda item"],
  };
  const table = findTable(sheet, columns, ["action"], findings);
  if (!table) return [];
  const out: ActionItem[] = [];
  for (const r of rows(table)) {
    if (r.text("action") === "") continue;
    out.push({
      no: r.text("no") || String(out.length + 1),
      action: r.text("action"),
      owner: orNull(r.text("owner")),
      due: paperDate(r.raw("due"), r.fmt("due")),
      status: orNull(r.text("status")),
      item: orNull(r.text("item")),
    });
  }
  return out;
}

function readForwardPlan(sheet: SheetGrid, findings: Finding[]): ForwardPlanItem[] {
  const columns = {
    date: ["Date", "Date of meeting", "Meeting"],
    item: ["Item", "Items"],
    responsibility: ["Responsibility", "Responsible", "Lead", "Owner"],
  };
  const table = findTable(sheet, columns, ["date", "item"], findings);
  if (!table) return [];
  const out: ForwardPlanItem[] = [];
  for (const r of rows(table)) {
    if (r.text("item") === "" && r.text("date") === "") continue;
    out.push({ date: paperDate(r.raw("date"), r.fmt("date")), item: r.text("item"), responsibility: orNull(r.text("responsibility")) });
  }
  return out;
}

export function readPapers(workbook: WorkbookGrids, scorecard: Scorecard | null): { papers: Papers; findings: Finding[] } {
  const findings: Finding[] = [];
  const sheet = (role: SheetRole) => findSheet(workbook, role);
  const read = <T>(role: SheetRole, reader: (s: SheetGrid) => T[]): T[] => {
    const s = sheet(role);
    return s ? reader(s) : [];
  };
  const meetingSheet = sheet("meeting");
  const papers: Papers = {
    commentary: read("commentary", (s) => readCommentary(s, scorecard, findings)),
    meeting: meetingSheet ? readMeeting(meetingSheet) : null,
    attendance: read("attendance", (s) => readAttendance(s, findings)),
    agenda: read("agenda", (s) => readAgenda(s, findings)),
    actions: read("actions", (s) => readActions(s, findings)),
    forwardPlan: read("forwardPlan", (s) => readForwardPlan(s, findings)),
  };
  return { papers, findings };
}
